/**
 * The chart's view of the balance series: core's columns (typed arrays, no object per point) and
 * `BalancePoint` objects made only for what is drawn, marked, navigated or tabled. Everything here
 * depends on the entries alone, never on the width, so a resize reuses it.
 */
import {
  balancePointAt,
  downsampleColumns,
  toBalanceColumns,
  type BalanceColumns,
  type BalancePoint,
  type LedgerEntry,
} from '@usage-kit/core'

/** What the axes need to know about the whole series. */
export interface SeriesStats {
  first: BalancePoint
  last: BalancePoint
  min: number
  max: number
}

export interface ChartSeries {
  columns: BalanceColumns
  /** Null when no entry carries a balance. */
  stats: SeriesStats | null
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
  const sample = (maxPoints: number) => Array.from(downsampleColumns(columns, maxPoints), point)
  // Four points, one bucket: the series' ends, its lowest and its highest balance.
  const ends = sample(4)
  const balances = ends.map((end) => end.balance)
  const first = ends[0]
  const last = ends[ends.length - 1]
  return {
    columns,
    stats:
      first && last
        ? { first, last, min: Math.min(...balances), max: Math.max(...balances) }
        : null,
    point,
    sample,
  }
}

/**
 * `make` remembered per point: points keep their identity across resizes (see
 * `ChartSeries.point`), so what is worked out from one (its words, a marker's name) is worked out
 * once, not on every resize and pointer move.
 */
export function rememberPerPoint<T>(make: (point: BalancePoint) => T): (point: BalancePoint) => T {
  const remembered = new WeakMap<BalancePoint, T>()
  return (point) => {
    let value = remembered.get(point)
    if (value === undefined) {
      value = make(point)
      remembered.set(point, value)
    }
    return value
  }
}
