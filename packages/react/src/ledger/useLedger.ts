'use client'

import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { LedgerEntry, LedgerError } from '@usage-kit/core'
import { useCallback, useMemo, useState } from 'react'
import { flattenPages } from './entries.js'
import { asLedgerError } from './errors.js'
import { keyQuery, sourceKey } from './keys.js'
import {
  DEFAULT_PAGE_SIZE,
  ledgerInfiniteQueryOptions,
  ledgerQueryOptions,
  type LedgerOptionsInput,
} from './options.js'

/** How pages are reached: one after another (infinite scroll) or by number (a pager). */
export type LedgerPagination = 'infinite' | 'offset'

export interface UseLedgerOptions extends LedgerOptionsInput {
  /**
   * Infinite (load more as the user nears the end) or offset (one page at a time, by index).
   * Fixed for the life of the component.
   * @default 'infinite'
   */
  pagination?: LedgerPagination
  /**
   * Refetch every so many milliseconds, for live balances; false to never poll.
   * @default false
   */
  refetchInterval?: number | false
  /**
   * Set false to hold the request (for example until the user has signed in).
   * @default true
   */
  enabled?: boolean
}

/** What both modes return. */
export interface LedgerResultBase {
  /** Entries to show: every loaded page (infinite) or the current page (offset), newest first. */
  entries: LedgerEntry[]
  status: 'pending' | 'error' | 'success'
  /** Why the last read failed, in the kit's terms. */
  error: LedgerError | null
  /** Entries matching the query, where the provider or a full read says. */
  total: number | null
  /**
   * False when a loaded page says the read behind it was cut short (`complete: false` on a reader
   * page: a read cap, or a provider that did not say whether more entries exist), so the history
   * may be missing entries; true otherwise, including before the first page arrives.
   */
  complete: boolean
  /** Any request in flight, including background refreshes. */
  isFetching: boolean
  /** The entries belong to the previous query while the new one loads. */
  isPlaceholderData: boolean
  refetch: () => Promise<unknown>
}

export interface InfiniteLedgerResult extends LedgerResultBase {
  pagination: 'infinite'
  hasNextPage: boolean
  fetchNextPage: () => Promise<unknown>
  isFetchingNextPage: boolean
}

export interface OffsetLedgerResult extends LedgerResultBase {
  pagination: 'offset'
  /** Zero-based. */
  pageIndex: number
  setPageIndex: (pageIndex: number) => void
  /** Null while the provider has not said how many entries there are. */
  pageCount: number | null
  hasNextPage: boolean
  hasPreviousPage: boolean
}

export type LedgerResult = InfiniteLedgerResult | OffsetLedgerResult

/**
 * The ledger of one source, filtered, page by page: a thin binding of core's reader to
 * react-query. Changing the query aborts requests in flight and keeps the previous entries on
 * screen until the new ones arrive.
 */
export function useLedger(options: UseLedgerOptions & { pagination: 'offset' }): OffsetLedgerResult
export function useLedger(
  options: UseLedgerOptions & { pagination?: 'infinite' },
): InfiniteLedgerResult
export function useLedger(options: UseLedgerOptions): LedgerResult
export function useLedger(options: UseLedgerOptions): LedgerResult {
  const { pagination = 'infinite', refetchInterval = false, enabled = true } = options
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE
  const offset = pagination === 'offset'

  // The page index belongs to one (source, query, page size); a new one starts at the first page.
  const identity = JSON.stringify([sourceKey(options.source), keyQuery(options.query), pageSize])
  const [page, setPage] = useState({ identity, index: 0 })
  const pageIndex = page.identity === identity ? page.index : 0

  // Both hooks always run (hooks keep their order); only the active one is enabled.
  const infinite = useInfiniteQuery({
    ...ledgerInfiniteQueryOptions(options),
    enabled: enabled && !offset,
    refetchInterval,
  })
  const single = useQuery({
    ...ledgerQueryOptions({ ...options, pageIndex }),
    enabled: enabled && offset,
    refetchInterval,
  })

  const pages = infinite.data?.pages
  const infiniteEntries = useMemo(() => (pages ? flattenPages(pages) : []), [pages])
  const setPageIndex = useCallback(
    (next: number) => setPage({ identity, index: Math.max(0, Math.floor(next)) }),
    [identity],
  )

  if (offset) {
    const data = single.data
    const pageCount = data?.pageCount ?? null
    return {
      pagination: 'offset',
      entries: data?.entries ?? EMPTY,
      status: single.status,
      error: asLedgerError(single.error),
      total: data?.total ?? null,
      complete: data?.complete !== false,
      isFetching: single.isFetching,
      isPlaceholderData: single.isPlaceholderData,
      refetch: single.refetch,
      pageIndex,
      setPageIndex,
      pageCount,
      hasNextPage:
        pageCount === null ? (data?.entries.length ?? 0) === pageSize : pageIndex < pageCount - 1,
      hasPreviousPage: pageIndex > 0,
    }
  }
  return {
    pagination: 'infinite',
    entries: infiniteEntries,
    status: infinite.status,
    error: asLedgerError(infinite.error),
    // A filtered walk learns its total only by reaching the end.
    total: pages?.[0]?.total ?? (pages && !infinite.hasNextPage ? infiniteEntries.length : null),
    complete: pages?.every((loaded) => loaded.complete !== false) ?? true,
    isFetching: infinite.isFetching,
    isPlaceholderData: infinite.isPlaceholderData,
    refetch: infinite.refetch,
    hasNextPage: infinite.hasNextPage,
    fetchNextPage: infinite.fetchNextPage,
    isFetchingNextPage: infinite.isFetchingNextPage,
  }
}

const EMPTY: LedgerEntry[] = []
