import type { LedgerEntry } from '@usage-kit/core'
import { useState } from 'react'
import type { LedgerSort } from './columns.js'
import { narrowFacts } from './ledgerFacts.js'
import { narrowOrder, positionsIn } from './narrowOrder.js'
import { sortLedgerOrder } from './sortOrder.js'

interface SortedLedger {
  entries: readonly LedgerEntry[]
  sortKey: string
  order: Uint32Array | null
}

/**
 * The display order of `entries` (see `sortLedgerOrder`), worked out again only when the entries
 * or the sort change. Entries that are the previous ones filtered keep the previous order (and
 * ledger facts), narrowed, instead of being sorted (and read) again: a filter then costs linear
 * passes over positions, not a sort.
 */
export function useLedgerOrder(
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale: string,
): Uint32Array | null {
  const sortKey = sort ? `${sort.id}|${sort.desc}|${locale}` : ''
  const [sorted, setSorted] = useState<SortedLedger>(() => ({
    entries,
    sortKey,
    order: sortLedgerOrder(entries, sort, locale),
  }))
  if (sorted.entries === entries && sorted.sortKey === sortKey) return sorted.order

  const positions = sorted.sortKey === sortKey ? positionsIn(sorted.entries, entries) : null
  if (positions) narrowFacts(sorted.entries, entries, positions)
  let order: Uint32Array | null
  if (!positions) order = sortLedgerOrder(entries, sort, locale)
  // Fewer of entries that were in order are in order still.
  else order = sorted.order ? narrowOrder(sorted.order, positions) : null
  // Adjusting state while rendering: React renders again at once, before committing.
  setSorted({ entries, sortKey, order })
  return order
}
