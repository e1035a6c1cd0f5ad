/**
 * What the chart draws inside its frame: the step line, the area under it and the markers. Pure,
 * so it is memoized on (frame, points) and tested without a DOM.
 */
import {
  ENTRY_KINDS,
  firstAtOrAfter,
  type BalancePoint,
  type BalanceSeries,
  type EntryKind,
} from '@usage-kit/core'
import type { ChartFrame } from './frame.js'

/** The entry kinds that get a marker on the line. */
export type MarkerKind = Extract<EntryKind, 'grant' | 'expiration'>

export interface ChartMarker {
  kind: MarkerKind
  point: BalancePoint
  x: number
  y: number
}

export interface ChartPaths {
  line: string
  /** Null when the chart is drawn without an area. */
  area: string | null
}

/**
 * The square a marker shape fits in, in pixels. Markers closer than that overlap into a smear, so
 * each kind keeps at most one per column of that width: never more markers than fit side by
 * side, whatever the ledger size.
 */
export const MARKER_BOX = 14
/** Marker shapes differ as well as colours, so they read without colour vision. */
export const MARKER_SYMBOLS: Record<MarkerKind, string> = {
  grant: 'M0,-5.82L5.04,2.91L-5.04,2.91Z',
  expiration: 'M0,-6.17L3.56,0L0,6.17L-3.56,0Z',
}
const MARKER_KINDS = (['grant', 'expiration'] as const).map((kind) => ENTRY_KINDS.indexOf(kind))

/** A tenth of a pixel: finer than any screen shows, and short path strings to parse. */
const round = (value: number) => Math.round(value * 10) / 10

/** The balance holds until the next entry moves it: a step after each point. */
export function chartPaths(
  frame: ChartFrame,
  points: readonly BalancePoint[],
  fill: 'area' | 'none',
): ChartPaths {
  const { x, y } = frame
  let line = ''
  let previousY = ''
  for (const point of points) {
    // Each coordinate turned into text once, though the step writes it twice.
    const px = `${round(x(point.at))}`
    const py = `${round(y(point.balance))}`
    line += line ? `L${px},${previousY}L${px},${py}` : `M${px},${py}`
    previousY = py
  }
  const first = points[0]
  const last = points[points.length - 1]
  if (fill === 'none' || !first || !last) return { line, area: null }
  // The area is the same steps, dropped to zero at both ends; filling closes it along zero.
  const zero = round(y(0))
  const area = `M${round(x(first.at))},${zero}L${line.slice(1)}L${round(x(last.at))},${zero}`
  return { line, area }
}

/**
 * Grant and expiration markers, thinned to the first of each kind in each marker column. Oldest
 * first, both kinds interleaved; only the markers drawn become point objects. From a kept marker,
 * the next column's first point is searched for, then the kind's next marker from there
 * (`indexOf` on the kind column, natively): a few time reads per marker drawn, none per entry.
 */
export function chartMarkers(frame: ChartFrame, series: BalanceSeries): ChartMarker[] {
  const { kind, length, timeAt } = series.columns
  const xAt = (i: number) => frame.x(timeAt(i))
  const kept: number[] = []
  for (const code of MARKER_KINDS) {
    for (let first = kind.indexOf(code); first >= 0;) {
      kept.push(first)
      first = kind.indexOf(code, nextColumnStart(xAt, first, length))
    }
  }
  return kept
    .sort((a, b) => a - b)
    .map((index) => {
      const point = series.point(index)
      return {
        kind: point.kind as MarkerKind,
        point,
        x: frame.x(point.at),
        y: frame.y(point.balance),
      }
    })
}

/**
 * The first position after `from` (up to `length`) in another marker column than `from`'s. Points
 * are in time order, so columns only grow (or, right to left, shrink) along them: core's
 * interpolation search over the columns, negated when time runs leftwards.
 */
function nextColumnStart(xAt: (i: number) => number, from: number, length: number): number {
  const columnOf = (x: number) => Math.floor(x / MARKER_BOX)
  const start = xAt(from)
  const sign = xAt(length - 1) >= start ? 1 : -1
  return firstAtOrAfter(
    (i) => sign * columnOf(xAt(i)),
    from + 1,
    length,
    sign * columnOf(start) + 1,
  )
}

/**
 * The point whose step covers `at`: the last one at or before it (the first one before the line
 * starts). Points are oldest first, so a binary search finds it in O(log n).
 */
export function pointIndexAt(points: readonly BalancePoint[], at: number): number {
  let low = 0
  let high = points.length - 1
  if (high < 0) return -1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((points[mid] as BalancePoint).at <= at) low = mid
    else high = mid - 1
  }
  return low
}
