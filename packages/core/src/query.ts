import { ENTRY_KINDS, type EntryKind, type LedgerEntry } from './model.js'
import { EARLIEST_UTC, LATEST_UTC, toUtcIsoLoose } from './time.js'

/** What a user filters the ledger by. Every part is optional; absent parts do not filter. */
export interface LedgerQuery {
  /** Only entries of these kinds. */
  kinds?: EntryKind[]
  /** Inclusive lower bound on `occurredAt` (ISO-8601 date or date-time; a date is 00:00 UTC). */
  from?: string
  /** Inclusive upper bound on `occurredAt` (ISO-8601 date or date-time). */
  to?: string
  /** Only entries whose `category` is one of these. */
  categories?: string[]
  /** Case-insensitive text found in the description, category, metric or id. */
  search?: string
}

/**
 * The canonical form of a query: kinds in `ENTRY_KINDS` order, categories sorted and unique,
 * dates as canonical UTC, search trimmed, empty parts removed. Two queries that filter the same
 * way normalize to equal objects, which keeps cache keys stable.
 * @throws RangeError for an unknown kind, an unreadable date or one outside years 0000-9999 in UTC,
 * or `from` after `to`.
 */
export function normalizeQuery(query: LedgerQuery = {}): LedgerQuery {
  const out: LedgerQuery = {}
  if (query.kinds && query.kinds.length > 0) {
    for (const kind of query.kinds) {
      if (!ENTRY_KINDS.includes(kind)) throw new RangeError(`Unknown entry kind "${String(kind)}"`)
    }
    out.kinds = ENTRY_KINDS.filter((kind) => query.kinds?.includes(kind))
  }
  if (query.from !== undefined && query.from !== '') out.from = readDate('from', query.from)
  if (query.to !== undefined && query.to !== '') out.to = readDate('to', query.to)
  if (out.from && out.to && out.from > out.to) {
    throw new RangeError(`LedgerQuery.from (${out.from}) is after LedgerQuery.to (${out.to})`)
  }
  const categories = [...new Set((query.categories ?? []).map((c) => c.trim()).filter(Boolean))]
  if (categories.length > 0) out.categories = categories.sort()
  const search = query.search?.trim()
  if (search) out.search = search
  return out
}

function readDate(part: 'from' | 'to', value: string): string {
  const iso = toUtcIsoLoose(value)
  if (iso === null) {
    throw new RangeError(
      `LedgerQuery.${part} "${value}" is not an ISO-8601 date or date-time from ${EARLIEST_UTC} to ${LATEST_UTC}`,
    )
  }
  return iso
}

/** True when the query filters nothing. */
export function isQueryEmpty(query: LedgerQuery): boolean {
  return (
    !query.kinds?.length && !query.from && !query.to && !query.categories?.length && !query.search
  )
}

/** A predicate for a normalized query, with its parts prepared once rather than per entry. */
export function createEntryMatcher(query: LedgerQuery): (entry: LedgerEntry) => boolean {
  const kinds = query.kinds?.length ? new Set(query.kinds) : null
  const categories = query.categories?.length ? new Set(query.categories) : null
  const { from, to } = query
  const needle = query.search?.toLowerCase() ?? null
  return (entry) =>
    (kinds === null || kinds.has(entry.kind)) &&
    (from === undefined || entry.occurredAt >= from) &&
    (to === undefined || entry.occurredAt <= to) &&
    (categories === null || (entry.category !== null && categories.has(entry.category))) &&
    (needle === null || matchesText(entry, needle))
}

/**
 * The text a search looks in. The grant an entry draws from (`grantId`) counts as one of its
 * IDs: searching a grant's id finds the grant and every usage and expiration drawn from it,
 * which is how a grants list narrows the ledger to one grant's entries.
 */
function matchesText(entry: LedgerEntry, needle: string): boolean {
  return [entry.description, entry.category, entry.metric, entry.id, entry.grantId].some(
    (field) => field !== null && field.toLowerCase().includes(needle),
  )
}

/** The entries that match a query, in their order. */
export function applyQuery(entries: readonly LedgerEntry[], query: LedgerQuery): LedgerEntry[] {
  return isQueryEmpty(query) ? entries.slice() : entries.filter(createEntryMatcher(query))
}
