import { ENTRY_KINDS, type LedgerEntry } from '@usage-kit/core'
import type { LedgerSort } from './columns.js'
import { numericOrder } from './numericOrder.js'

/**
 * The display order of a ledger as positions into `entries`. Sorting an index array (never the
 * entries, never table-core rows) keeps a 100,000-row sort to one typed-array sort over
 * precomputed keys: no row objects, no per-compare property lookups, no locale compares.
 *
 * Ties keep the entries' own order (core hands them over newest first with a stable tie-break),
 * and empty values sort last in both directions, so a column of mostly blanks never opens on them.
 */
export function sortLedgerOrder(
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale?: string,
): Uint32Array {
  const count = entries.length
  const order = new Uint32Array(count)
  for (let i = 0; i < count; i++) order[i] = i
  if (!sort || count < 2) return order
  // The usual case, checked before any key is built: a ledger handed over newest first (as core
  // orders it) shown newest first. One pass over the dates, no key array, no comparator calls.
  if (sort.id === 'date' && sort.desc && isNewestFirst(entries)) return order
  const keys = sortKeys(entries, sort.id, locale)
  if (!keys) return order
  const after = sort.desc ? -1 : 1
  const compare =
    keys instanceof Float64Array
      ? (a: number, b: number) => {
          const ka = keys[a] as number
          const kb = keys[b] as number
          // NaN marks an empty value.
          const emptyA = ka !== ka
          const emptyB = kb !== kb
          if (emptyA || emptyB) return emptyA === emptyB ? a - b : emptyA ? 1 : -1
          return ka < kb ? -after : ka > kb ? after : a - b
        }
      : (a: number, b: number) => {
          const ka = keys[a]
          const kb = keys[b]
          if (ka === undefined || kb === undefined) {
            return ka === kb ? a - b : ka === undefined ? 1 : -1
          }
          return ka < kb ? -after : ka > kb ? after : a - b
        }
  // Ledgers arrive newest first, which is the default sort: one linear check then saves the
  // n log n sort on every first paint and every filter change.
  if (isAscending(count, compare)) return order
  if (keys instanceof Float64Array) return numericOrder(keys, sort.desc)
  order.sort(compare)
  return order
}

function isNewestFirst(entries: readonly LedgerEntry[]): boolean {
  let previous = (entries[0] as LedgerEntry).occurredAt
  for (let i = 1; i < entries.length; i++) {
    const current = (entries[i] as LedgerEntry).occurredAt
    if (current > previous) return false
    previous = current
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
  const count = entries.length
  switch (column) {
    case 'date':
      // Core guarantees one ISO-8601 UTC shape, so plain string order is time order.
      return entries.map((entry) => entry.occurredAt)
    case 'expires':
      return entries.map((entry) => entry.expiresAt ?? undefined)
    case 'amount': {
      const keys = new Float64Array(count)
      for (let i = 0; i < count; i++) {
        const entry = entries[i] as LedgerEntry
        // One ledger has one provider, so credits or money minor units is one unit per table.
        keys[i] = entry.credits ?? entry.money?.amountMinor ?? NaN
      }
      return keys
    }
    case 'balance': {
      const keys = new Float64Array(count)
      for (let i = 0; i < count; i++) keys[i] = (entries[i] as LedgerEntry).balanceAfter ?? NaN
      return keys
    }
    case 'type': {
      const keys = new Float64Array(count)
      for (let i = 0; i < count; i++) {
        const entry = entries[i] as LedgerEntry
        keys[i] = ENTRY_KINDS.indexOf(entry.kind) * 2 + (entry.pending ? 1 : 0)
      }
      return keys
    }
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
  const distinct = new Map<string, number>()
  for (const entry of entries) {
    if (entry.description !== null) distinct.set(entry.description, 0)
  }
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })
  const sorted = [...distinct.keys()].sort(collator.compare)
  sorted.forEach((text, rank) => distinct.set(text, rank))
  const keys = new Float64Array(entries.length)
  entries.forEach((entry, i) => {
    keys[i] = entry.description === null ? NaN : (distinct.get(entry.description) ?? NaN)
  })
  return keys
}
