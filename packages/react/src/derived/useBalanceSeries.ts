'use client'

import {
  createBalanceSeries,
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
 * for every entry. The series (core's `createBalanceSeries`, the one `BalanceChart` draws) is
 * built once per entries array; a new `points` only samples it again, handing out the same point
 * objects where the samples share a point.
 */
export function useBalanceSeries(
  ledger: { entries: readonly LedgerEntry[] },
  { points = 1000 }: UseBalanceSeriesOptions = {},
): BalancePoint[] {
  const { entries } = ledger
  const series = useMemo(() => createBalanceSeries(toBalanceColumns(entries)), [entries])
  return useMemo(() => series.sample(Math.max(1, Math.floor(points))), [series, points])
}
