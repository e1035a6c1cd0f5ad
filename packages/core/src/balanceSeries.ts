/**
 * The balance series as a chart reads it: the columns (typed arrays, no object per point), the
 * extent for the axes, and `BalancePoint` objects made only for what is drawn, marked, navigated
 * or tabled. One pipeline for `useBalanceSeries` (@usage-kit/react) and `BalanceChart`
 * (@usage-kit/ui). Nothing here depends on a width, so a resize reuses it.
 */
import {
  balancePointAt,
  downsampleColumns,
  type BalanceColumns,
  type BalancePoint,
} from './series.js'

/** What the axes need to know about the whole series. */
export interface BalanceSeriesStats {
  /** The oldest point. */
  first: BalancePoint
  /** The newest point. */
  last: BalancePoint
  /** The lowest balance. */
  min: number
  /** The highest balance. */
  max: number
}

/** A balance series over columns; see `createBalanceSeries`. */
export interface BalanceSeries {
  columns: BalanceColumns
  /** Null when no entry carries a balance. */
  stats: BalanceSeriesStats | null
  /**
   * The point at a position (oldest first), the same object on every call: an active point and
   * a data table's rows keep their identity when a resize samples the series again.
   */
  point: (index: number) => BalancePoint
  /**
   * At most `maxPoints` points (M4 downsampling, see `downsampleColumns`), oldest first, each the
   * object `point` hands out for its position.
   */
  sample: (maxPoints: number) => BalancePoint[]
}

/**
 * The balance series of `columns` (from `toBalanceColumns(entries)`). Its points are made on
 * demand and remembered per position, so create one per entries array (memoize it on the array)
 * and sample it as often as the width changes.
 */
export function createBalanceSeries(columns: BalanceColumns): BalanceSeries {
  // A Map: a 100,000-slot holey array is slower.
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
