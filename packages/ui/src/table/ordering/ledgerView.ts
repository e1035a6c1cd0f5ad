import type { LedgerEntry, LedgerError } from '@usage-kit/core'
import type { InfiniteLedgerResult, LedgerResult, OffsetLedgerResult } from '@usage-kit/react'

/** What the table shows as a whole. `@selector [data-state="loading" | ...]` on the root. */
export type LedgerTableState = 'loading' | 'empty' | 'error' | 'ready'

/** Infinite mode: what scrolling and "Load more" need. */
export type InfiniteControls = Pick<
  InfiniteLedgerResult,
  'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
>

/** Offset mode: what the pager needs. */
export type OffsetControls = Pick<
  OffsetLedgerResult,
  'pageIndex' | 'pageCount' | 'hasNextPage' | 'hasPreviousPage' | 'setPageIndex'
>

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
  const rows = ledger ? ledger.entries : (entries ?? NO_ENTRIES)
  const empty = rows.length === 0
  const error = ledger?.error ?? null
  return {
    entries: rows,
    state:
      ledger?.status === 'pending' && empty
        ? 'loading'
        : error && empty
          ? 'error'
          : empty
            ? 'empty'
            : 'ready',
    error,
    isFetching: ledger?.isFetching ?? false,
    stale: ledger?.isPlaceholderData ?? false,
    total: ledger ? ledger.total : rows.length,
    infinite: ledger?.pagination === 'infinite' ? ledger : null,
    offset: ledger?.pagination === 'offset' ? ledger : null,
    retry: onRetry ?? (ledger && (() => void ledger.refetch())),
  }
}
