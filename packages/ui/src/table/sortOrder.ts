import { ENTRY_KINDS, type LedgerEntry } from '@usage-kit/core'
import type { LedgerSort } from './columns.js'
import { numericOrder } from './numericOrder.js'

/**
 * The display order of a ledger as positions into `entries`, or null when the entries are in that
 * order already. Sorting an index array (never the entries, never table-core rows) keeps a
 * 100,000-row sort to one typed-array sort over precomputed keys: no row objects, no per-compare
 * property lookups, no locale compares.
 *
 * Ties keep the entries' own order (core hands them over newest first with a stable tie-break),
 * and empty values sort last in both directions, so a column of mostly blanks never opens on them.
 */
export function sortLedgerOrder(
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale?: string,
): Uint32Array | null {
  const count = entries.length
  if (!sort || count < 2) return null
  // The usual case, checked before any key is built: a ledger handed over newest first (as core
  // orders it) shown newest first. One pass over the dates, no key array, no comparator calls.
  if (sort.id === 'date' && sort.desc && isNewestFirst(entries)) return null
  const keys = sortKeys(entries, sort.id, locale)
  if (!keys) return null
  const after = sort.desc ? -1 : 1
  // An empty value is NaN among numbers and undefined among dates.
  const isEmpty = (key: unknown) => key === undefined || key !== key
  const compare = (a: number, b: number) => {
    const ka = keys[a] as number | string
    const kb = keys[b] as number | string
    const emptyA = isEmpty(ka)
    if (emptyA || isEmpty(kb)) return emptyA === isEmpty(kb) ? a - b : emptyA ? 1 : -1
    return ka < kb ? -after : ka > kb ? after : a - b
  }
  // One linear check saves the n log n sort for a ledger already in this order.
  if (isAscending(count, compare)) return null
  if (keys instanceof Float64Array) return numericOrder(keys, sort.desc)
  const order = new Uint32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  return order.sort(compare)
}

function isNewestFirst(entries: readonly LedgerEntry[]): boolean {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i] as LedgerEntry).occurredAt > (entries[i - 1] as LedgerEntry).occurredAt) {
      return false
    }
  }
  return true
}

/** True when the positions 0..count-1 are already in `compare` order. */
function isAscending(count: number, compare: (a: number, b: number) => number): boolean {
  for (let i = 1; i < count; i++) if (compare(i - 1, i) > 0) return false
  return true
}

/** Sort keys per entry: numbers (NaN = empty) or ISO strings that order chronologically. */
function sortKeys(
  entries: readonly LedgerEntry[],
  column: LedgerSort['id'],
  locale: string | undefined,
): Float64Array | (string | undefined)[] | null {
  const numbers = (key: (entry: LedgerEntry) => number | null) => {
    const keys = new Float64Array(entries.length)
    for (let i = 0; i < entries.length; i++) keys[i] = key(entries[i] as LedgerEntry) ?? NaN
    return keys
  }
  switch (column) {
    case 'date':
      // Core guarantees one ISO-8601 UTC shape, so plain string order is time order.
      return entries.map((entry) => entry.occurredAt)
    case 'expires':
      return entries.map((entry) => entry.expiresAt ?? undefined)
    case 'amount':
      // One ledger has one provider, so credits or money minor units is one unit per table.
      return numbers((entry) => entry.credits ?? entry.money?.amountMinor ?? null)
    case 'balance':
      return numbers((entry) => entry.balanceAfter)
    case 'type':
      return numbers((entry) => ENTRY_KINDS.indexOf(entry.kind) * 2 + (entry.pending ? 1 : 0))
    case 'description':
      return textRanks(entries, locale)
    default:
      return null
  }
}

/**
 * Descriptions as ranks: the distinct texts are collated once (locale-aware, numeric), then every
 * entry gets its text's rank, so the big sort compares numbers instead of calling the collator.
 */
function textRanks(entries: readonly LedgerEntry[], locale: string | undefined): Float64Array {
  const ranks = new Map<string, number>()
  for (const entry of entries) if (entry.description !== null) ranks.set(entry.description, 0)
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })
  const sorted = [...ranks.keys()].sort(collator.compare)
  sorted.forEach((text, rank) => ranks.set(text, rank))
  return Float64Array.from(entries, (entry) =>
    entry.description === null ? NaN : (ranks.get(entry.description) as number),
  )
}
