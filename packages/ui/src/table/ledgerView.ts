import type { LedgerEntry, LedgerError } from '@usage-kit/core'
import type { LedgerResult } from '@usage-kit/react'

/** What the table shows as a whole. `@selector [data-state="loading" | ...]` on the root. */
export type LedgerTableState = 'loading' | 'empty' | 'error' | 'ready'

/** Infinite mode: what scrolling and "Load more" need. */
export interface InfiniteControls {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => Promise<unknown>
}

/** Offset mode: what the pager needs. */
export interface OffsetControls {
  pageIndex: number
  pageCount: number | null
  hasNextPage: boolean
  hasPreviousPage: boolean
  setPageIndex: (pageIndex: number) => void
}

/** The table's reading of either input (a `useLedger` result or plain entries). */
export interface LedgerView {
  entries: readonly LedgerEntry[]
  state: LedgerTableState
  /** The failure to explain: the whole body when `state` is 'error', else a banner over the rows. */
  error: LedgerError | null
  isFetching: boolean
  /** The rows on screen belong to the previous query while a new one loads. */
  stale: boolean
  total: number | null
  infinite: InfiniteControls | null
  offset: OffsetControls | null
  retry: (() => void) | undefined
}

const NO_ENTRIES: readonly LedgerEntry[] = []

/** Reads a ledger result (or plain entries) into what the table renders. */
export function ledgerView(
  ledger: LedgerResult | undefined,
  entries: readonly LedgerEntry[] | undefined,
  onRetry: (() => void) | undefined,
): LedgerView {
  if (!ledger) {
    const rows = entries ?? NO_ENTRIES
    return {
      entries: rows,
      state: rows.length === 0 ? 'empty' : 'ready',
      error: null,
      isFetching: false,
      stale: false,
      total: rows.length,
      infinite: null,
      offset: null,
      retry: onRetry,
    }
  }
  const rows = ledger.entries
  const empty = rows.length === 0
  const state: LedgerTableState =
    ledger.status === 'pending' && empty
      ? 'loading'
      : ledger.error && empty
        ? 'error'
        : empty
          ? 'empty'
          : 'ready'
  return {
    entries: rows,
    state,
    error: ledger.error,
    isFetching: ledger.isFetching,
    stale: ledger.isPlaceholderData,
    total: ledger.total,
    infinite:
      ledger.pagination === 'infinite'
        ? {
            hasNextPage: ledger.hasNextPage,
            isFetchingNextPage: ledger.isFetchingNextPage,
            fetchNextPage: ledger.fetchNextPage,
          }
        : null,
    offset:
      ledger.pagination === 'offset'
        ? {
            pageIndex: ledger.pageIndex,
            pageCount: ledger.pageCount,
            hasNextPage: ledger.hasNextPage,
            hasPreviousPage: ledger.hasPreviousPage,
            setPageIndex: ledger.setPageIndex,
          }
        : null,
    retry: onRetry ?? (() => void ledger.refetch()),
  }
}
