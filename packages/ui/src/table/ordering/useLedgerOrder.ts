'use client'

import type { LedgerEntry } from '@usage-kit/core'
import { useIsomorphicLayoutEffect } from '@usage-kit/react'
import { useMemo, useRef } from 'react'
import type { LedgerSort } from '../columns.js'
import { ledgerFacts, narrowFacts, type LedgerFacts } from './ledgerFacts.js'
import { narrowOrder, positionsIn } from './narrowOrder.js'
import { sortLedgerOrder } from './sortOrder.js'

/** A ledger in display order, with what one pass over it tells the table. */
export interface LedgerOrdering {
  entries: readonly LedgerEntry[]
  /** Positions into `entries` in display order; null for the entries' own order. */
  order: Uint32Array | null
  facts: LedgerFacts
  /** The sort and locale the order is for. */
  sortKey: string
}

/**
 * The ordering of `entries` under `sort`, given the one shown before (`previous`, or null): a
 * pure function. Entries that are the previous ones filtered keep the previous order and facts,
 * narrowed, instead of being sorted (and read) again: a filter then costs linear passes over
 * positions, not a sort. Narrowing gives what a fresh sort gives (narrowOrder's property test),
 * so `previous` decides the cost only, never the result.
 */
export function nextLedgerOrdering(
  previous: LedgerOrdering | null,
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale: string,
): LedgerOrdering {
  const sortKey = sort ? `${sort.id}|${sort.desc}|${locale}` : ''
  if (previous?.entries === entries) {
    if (previous.sortKey === sortKey) return previous
    const { facts } = previous
    return { entries, facts, sortKey, order: sortLedgerOrder(entries, sort, locale, facts) }
  }
  const positions = previous?.sortKey === sortKey ? positionsIn(previous.entries, entries) : null
  if (!previous || !positions) {
    const facts = ledgerFacts(entries)
    return { entries, facts, sortKey, order: sortLedgerOrder(entries, sort, locale, facts) }
  }
  // Fewer of entries that were in order are in order still.
  const order = previous.order ? narrowOrder(previous.order, positions) : null
  return { entries, facts: narrowFacts(previous.facts, positions), sortKey, order }
}

/**
 * The display order of `entries` (see `sortLedgerOrder`) and their facts, worked out again only
 * when the entries or the sort change, from the ordering last committed to the screen. Nothing is
 * set or stored while rendering: the last committed ordering is kept after the commit.
 */
export function useLedgerOrder(
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale: string,
): LedgerOrdering {
  const committed = useRef<LedgerOrdering | null>(null)
  const sortKey = sort ? `${sort.id}|${sort.desc}|${locale}` : ''
  const ordering = useMemo(
    // Read, never written, here: it changes the cost of the work, not its result (see above).
    // eslint-disable-next-line react-hooks/refs
    () => nextLedgerOrdering(committed.current, entries, sort, locale),
    // `sort` by its key: a new array with the same sort must not sort again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [entries, sortKey, locale],
  )
  useIsomorphicLayoutEffect(() => {
    committed.current = ordering
  }, [ordering])
  return ordering
}
