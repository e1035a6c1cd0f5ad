/**
 * What the chart draws inside its frame: the step line, the area under it and the markers, built
 * with d3-shape. Pure, so it is memoized on (frame, points) and tested without a DOM.
 */
import type { BalancePoint, EntryKind } from '@usage-kit/core'
import { curveStepAfter, line, symbol, symbolDiamond, symbolTriangle } from 'd3-shape'
import type { ChartFrame } from './frame.js'
import type { ChartSeries } from './series.js'

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

/** Marker shapes differ as well as colours, so they read without colour vision. */
const MARKER_SIZE = 44
/** The square a marker shape fits in, in pixels. */
export const MARKER_BOX = 14
export const MARKER_SYMBOLS: Record<MarkerKind, string> = {
  grant: symbol(symbolTriangle, MARKER_SIZE)() ?? '',
  expiration: symbol(symbolDiamond, MARKER_SIZE)() ?? '',
}
/**
 * Markers closer than their own box overlap into a smear, so each kind keeps at most one per
 * column of that width: never more markers than fit side by side, whatever the ledger size.
 */
const MARKER_COLUMN = MARKER_BOX

/**
 * Coordinates to a tenth of a pixel: finer than any screen shows, and path strings a third shorter
 * than d3's default (3 digits), which the browser has to parse on every resize.
 */
const PATH_DIGITS = 1

export function chartPaths(
  frame: ChartFrame,
  points: readonly BalancePoint[],
  fill: 'area' | 'none',
): ChartPaths {
  const { x, y } = frame
  // Each point through the scales once, for both the line and the area.
  const coordinates = points.map((point): [number, number] => [x(point.at), y(point.balance)])
  // The balance holds until the next entry moves it: a step after each point.
  const steps = line().curve(curveStepAfter).digits(PATH_DIGITS)
  const linePath = steps(coordinates) ?? ''
  const first = coordinates[0]
  const last = coordinates[coordinates.length - 1]
  if (fill === 'none' || !first || !last) return { line: linePath, area: null }
  // The area is the same steps, dropped to zero at both ends; filling closes it along zero. (d3's
  // area() would also trace the flat baseline back point by point: twice the path for nothing.)
  const zero = y(0)
  const areaPath = steps([[first[0], zero], ...coordinates, [last[0], zero]])
  return { line: linePath, area: areaPath }
}

/**
 * Grant and expiration markers, thinned to one per kind per marker column: the first candidate of
 * each kind in a column keeps it. Oldest first, both kinds interleaved; only the markers drawn
 * become point objects.
 */
export function chartMarkers(frame: ChartFrame, series: ChartSeries): ChartMarker[] {
  const kept = [
    ...firstPerColumn(frame, series, series.candidates.grant),
    ...firstPerColumn(frame, series, series.candidates.expiration),
  ].sort((a, b) => a - b)
  return kept.map((index) => {
    const point = series.point(index)
    const kind = point.kind === 'grant' ? 'grant' : 'expiration'
    return { kind, point, x: frame.x(point.at), y: frame.y(point.balance) }
  })
}

/**
 * The first of `positions` (one kind's candidates, oldest first) in each marker column. Columns
 * only grow (or, right to left, shrink) with time, so the candidates of a column are a run: from
 * each run's first, gallop past the run and bisect back to the next one's first. A few reads a
 * column instead of one a candidate (thousands of grants fall in a few dozen columns).
 */
function firstPerColumn(frame: ChartFrame, series: ChartSeries, positions: Uint32Array): number[] {
  const { timeAt } = series.columns
  const columnOf = (i: number) =>
    Math.floor(frame.x(timeAt(positions[i] as number)) / MARKER_COLUMN)
  const kept: number[] = []
  for (let first = 0; first < positions.length;) {
    kept.push(positions[first] as number)
    const column = columnOf(first)
    let inside = first
    let outside = first + 1
    for (let step = 2; outside < positions.length && columnOf(outside) === column; step *= 2) {
      inside = outside
      outside = first + step
    }
    outside = Math.min(outside, positions.length)
    while (outside - inside > 1) {
      const middle = (inside + outside) >>> 1
      if (columnOf(middle) === column) inside = middle
      else outside = middle
    }
    first = outside
  }
  return kept
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
