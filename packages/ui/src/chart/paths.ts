/**
 * What the chart draws inside its frame: the step line, the area under it and the markers, built
 * with d3-shape. Pure, so it is memoized on (frame, points) and tested without a DOM.
 */
import type { BalancePoint, EntryKind } from '@usage-kit/core'
import { area, curveStepAfter, line, symbol, symbolDiamond, symbolTriangle } from 'd3-shape'
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

/** Marker shapes differ as well as colours, so they read without colour vision. */
const MARKER_SIZE = 44
/** The square a marker shape fits in, in pixels. */
export const MARKER_BOX = 14
export const MARKER_SYMBOLS: Record<MarkerKind, string> = {
  grant: symbol(symbolTriangle, MARKER_SIZE)() ?? '',
  expiration: symbol(symbolDiamond, MARKER_SIZE)() ?? '',
}
/**
 * Markers closer than this (in pixels) would overlap into a smear, so each kind keeps at most one
 * per column of this width: never more markers than pixel columns, whatever the ledger size.
 */
const MARKER_COLUMN = 6

export function isMarkerKind(kind: EntryKind): kind is MarkerKind {
  return kind === 'grant' || kind === 'expiration'
}

/** The points that may carry a marker, found once per series rather than on every resize. */
export function markerCandidates(series: readonly BalancePoint[]): BalancePoint[] {
  return series.filter((point) => isMarkerKind(point.kind))
}

export function chartPaths(
  frame: ChartFrame,
  points: readonly BalancePoint[],
  fill: 'area' | 'none',
): ChartPaths {
  const { x, y } = frame
  const toX = (point: BalancePoint) => x(point.at)
  const toY = (point: BalancePoint) => y(point.balance)
  // The balance holds until the next entry moves it: a step after each point.
  const linePath = line<BalancePoint>().x(toX).y(toY).curve(curveStepAfter)(points) ?? ''
  if (fill === 'none') return { line: linePath, area: null }
  const areaPath =
    area<BalancePoint>().x(toX).y0(y(0)).y1(toY).curve(curveStepAfter)(points) ?? null
  return { line: linePath, area: areaPath }
}

/** Grant and expiration markers, thinned to one per kind per marker column. */
export function chartMarkers(
  frame: ChartFrame,
  candidates: readonly BalancePoint[],
): ChartMarker[] {
  const taken = new Set<string>()
  const markers: ChartMarker[] = []
  for (const point of candidates) {
    if (!isMarkerKind(point.kind)) continue
    const px = frame.x(point.at)
    const key = `${point.kind}:${Math.floor(px / MARKER_COLUMN)}`
    if (taken.has(key)) continue
    taken.add(key)
    markers.push({ kind: point.kind, point, x: px, y: frame.y(point.balance) })
  }
  return markers
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
