/**
 * The chart's view of the balance series: core's columns (typed arrays, no object per point),
 * their extent and marker candidates found in one pass, and `BalancePoint` objects made only for
 * what is drawn, navigated or tabled. Everything here depends on the entries alone, never on the
 * width, so a resize reuses it.
 */
import {
  balancePointAt,
  downsampleColumns,
  ENTRY_KINDS,
  toBalanceColumns,
  type BalanceColumns,
  type BalancePoint,
  type LedgerEntry,
} from '@usage-kit/core'
import type { SeriesStats } from './frame.js'
import type { MarkerKind } from './paths.js'

/** The kinds that get markers, as `BalanceColumns.kind` codes. */
const GRANT = ENTRY_KINDS.indexOf('grant')
const EXPIRATION = ENTRY_KINDS.indexOf('expiration')

export interface ChartSeries {
  columns: BalanceColumns
  /** Points in the whole series (not downsampled). */
  length: number
  /** Null when no entry carries a balance. */
  stats: SeriesStats | null
  /** Positions (oldest first) of the grants and of the expirations: the points that may get a marker. */
  candidates: Record<MarkerKind, Uint32Array>
  /**
   * The point at a position, the same object on every call: the active point and the data
   * table's rows keep their identity when a resize samples the series again.
   */
  point: (index: number) => BalancePoint
  /** At most `maxPoints` points (M4 downsampling, see `downsampleColumns`), oldest first. */
  sample: (maxPoints: number) => BalancePoint[]
}

/**
 * Series by entries array: a chart that remounts, or a second chart over the same entries (the
 * drop-in's), reads 100,000 entries once. Weak, so a dropped array takes its series with it.
 */
const cache = new WeakMap<readonly LedgerEntry[], ChartSeries>()

/** The chart series of entries (newest first, as the hooks return them), cached per array. */
export function chartSeries(entries: readonly LedgerEntry[]): ChartSeries {
  let series = cache.get(entries)
  if (!series) {
    series = createChartSeries(toBalanceColumns(entries))
    cache.set(entries, series)
  }
  return series
}

function createChartSeries(columns: BalanceColumns): ChartSeries {
  const { length, balance, kind } = columns
  // Only points drawn, marked or navigated are made (a Map: a 100,000-slot holey array is slower).
  const points = new Map<number, BalancePoint>()
  const point = (index: number) => {
    let found = points.get(index)
    if (!found) {
      found = balancePointAt(columns, index)
      points.set(index, found)
    }
    return found
  }

  let min = Infinity
  let max = -Infinity
  let grants = 0
  let expirations = 0
  const grant = new Uint32Array(length)
  const expiration = new Uint32Array(length)
  for (let i = 0; i < length; i++) {
    const value = balance[i] as number
    if (value < min) min = value
    if (value > max) max = value
    if (kind[i] === GRANT) grant[grants++] = i
    else if (kind[i] === EXPIRATION) expiration[expirations++] = i
  }

  return {
    columns,
    length,
    stats:
      length === 0 ? null : { first: point(0), last: point(length - 1), min, max, count: length },
    candidates: {
      grant: grant.subarray(0, grants),
      expiration: expiration.subarray(0, expirations),
    },
    point,
    sample: (maxPoints) => Array.from(downsampleColumns(columns, maxPoints), point),
  }
}
