import {
  balancePointAt,
  downsampleColumns,
  toBalanceColumns,
  type BalancePoint,
  type LedgerEntry,
} from '@usage-kit/core'
import { useMemo } from 'react'

export interface UseBalanceSeriesOptions {
  /**
   * The most points to return: a chart's width in pixels is the right number.
   * @default 1000
   */
  points?: number
}

/**
 * The balance over time (oldest first) for the entries a ledger hook returned, downsampled to at
 * most `points`: `downsampleSeries(toBalanceSeries(entries), points)`, without making an object
 * for every entry. Recomputed only when the entries or the point count change.
 */
export function useBalanceSeries(
  ledger: { entries: readonly LedgerEntry[] },
  { points = 1000 }: UseBalanceSeriesOptions = {},
): BalancePoint[] {
  const { entries } = ledger
  const columns = useMemo(() => toBalanceColumns(entries), [entries])
  return useMemo(
    () =>
      Array.from(downsampleColumns(columns, Math.max(1, Math.floor(points))), (index) =>
        balancePointAt(columns, index),
      ),
    [columns, points],
  )
}
