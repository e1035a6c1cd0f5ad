/**
 * The run-out forecast on the balance chart: what part of `Runway.path` is drawn, how far the time
 * axis reaches for it, and the dashed line in pixels. Pure, so it is memoized on (stats, runway)
 * and (frame, plan) and tested without a DOM; without a forecast nothing here runs.
 */
import type { BalanceSeriesStats, Runway } from '@usage-kit/core'
import type { ChartFrame } from './frame.js'

const DAY = 86_400_000

/** A vertex of the dashed line: [instant in ms, balance]. */
export type ForecastVertex = readonly [at: number, balance: number]

export interface ForecastPlan {
  /** The line's vertices, oldest first, from the chart's last point; cut at `end` when clipped. */
  vertices: ForecastVertex[]
  /** Where the time axis ends: `runsOutAt`, or the horizon when the run-out is beyond it. */
  end: number
  /** The highest balance on the line, so the value axis keeps it in view. */
  high: number
  /** The run-out is beyond the horizon: the line stops at the plot's edge above zero. */
  clipped: boolean
  runsOutAt: number
}

/**
 * How far past the last point the axis may reach for the forecast, as a multiple of the history
 * shown (or of the burn window, when that is longer): a forecast years out would otherwise squeeze
 * the history into a sliver. Past it the line is cut at the edge and the summary says so.
 */
export const FORECAST_HORIZON = 2

/**
 * The dashed line for `runway` after the series `stats`, or null when there is nothing to
 * forecast: no runway, no burn (`burnPerDay` 0), no `path`, or a balance already at or below zero
 * (it has run out; there is no line to draw down to zero).
 *
 * The line starts at the chart's last point and holds its balance until the forecast's start
 * (`path[0]`, the runway's `asOf`, usually now), then follows `path`: straight down at the burn
 * rate, straight drops at expiries, zero at `runsOutAt`.
 */
export function forecastPlan(
  stats: BalanceSeriesStats,
  runway: Runway | null | undefined,
): ForecastPlan | null {
  const path = runway?.path
  const start = path?.[0]
  if (!runway || !path || !start || runway.burnPerDay <= 0 || runway.runsOutAt === null) {
    return null
  }
  if (start.balance <= 0) return null
  const { first, last } = stats
  const all: ForecastVertex[] = path.map((point) => [Date.parse(point.at), point.balance])
  const startAt = all[0]?.[0] ?? last.at
  // A forecast taken at or after the last entry continues the line; one taken before it (an
  // `asOf` in the past) starts where it says.
  const lead: ForecastVertex[] =
    startAt >= last.at
      ? [
          [last.at, last.balance],
          [startAt, last.balance],
        ]
      : []
  const runsOutAt = Date.parse(runway.runsOutAt)
  const span = Math.max(last.at - first.at, runway.windowDays * DAY)
  const horizon = last.at + FORECAST_HORIZON * span
  const clipped = runsOutAt > horizon
  const end = clipped ? horizon : Math.max(runsOutAt, last.at)
  const vertices = clip([...lead, ...all], end)
  const high = Math.max(...vertices.map(([, balance]) => balance))
  return { vertices: dedupe(vertices), end, high, clipped, runsOutAt }
}

/** The vertices up to `end`, the segment that crosses it cut there (interpolated linearly). */
function clip(vertices: readonly ForecastVertex[], end: number): ForecastVertex[] {
  const out: ForecastVertex[] = []
  for (const vertex of vertices) {
    const previous = out[out.length - 1]
    if (vertex[0] <= end) {
      out.push(vertex)
      continue
    }
    if (previous) {
      const share = (end - previous[0]) / (vertex[0] - previous[0])
      out.push([end, previous[1] + (vertex[1] - previous[1]) * share])
    }
    break
  }
  return out
}

/** Repeated vertices (the lead's flat part of zero length) add nothing to the line. */
function dedupe(vertices: readonly ForecastVertex[]): ForecastVertex[] {
  return vertices.filter(
    (vertex, i) =>
      i === 0 || vertex[0] !== vertices[i - 1]?.[0] || vertex[1] !== vertices[i - 1]?.[1],
  )
}

/** The dashed line in pixels, and where it ends (for the end marker and the label). */
export interface ForecastDrawing {
  d: string
  endX: number
  endY: number
  clipped: boolean
  /** Which way the label reads from the end: away from the plot's nearer edge. */
  labelAnchor: 'start' | 'end'
  /** How steeply the line falls into its end, in pixels down per pixel across (0 when flat). */
  slope: number
}

const round = (value: number) => Math.round(value * 10) / 10

export function forecastDrawing(frame: ChartFrame, plan: ForecastPlan): ForecastDrawing {
  const { x, y } = frame
  let d = ''
  for (const [at, balance] of plan.vertices)
    d += `${d ? 'L' : 'M'}${round(x(at))},${round(y(balance))}`
  const [endAt, endBalance] = plan.vertices[plan.vertices.length - 1] ?? [plan.end, 0]
  const endX = round(x(endAt))
  const endY = round(y(endBalance))
  // The last segment that runs across (a drop at the very end runs straight down).
  let before: ForecastVertex | undefined
  for (let i = plan.vertices.length - 2; i >= 0 && !before; i--) {
    const vertex = plan.vertices[i]
    if (vertex && Math.abs(x(vertex[0]) - endX) >= 1) before = vertex
  }
  const slope = before ? Math.abs((endY - y(before[1])) / (endX - x(before[0]))) : 0
  return {
    d,
    endX,
    endY,
    clipped: plan.clipped,
    labelAnchor: endX > frame.width / 2 ? 'end' : 'start',
    slope,
  }
}

/** Average advance of a 12px label character; an estimate keeps layout free of DOM reads. */
const LABEL_CHAR = 7
const GAP = 6
/** How far above the end a label may float before it goes under the line instead. */
const MAX_RISE = 40

/**
 * Where the end label goes so the dashed line does not cross it. The line falls into its end, so
 * it is highest at the label's far side: above the line, the label must clear that height; a
 * gentle line leaves it close above the end. A steep one would lift it far away, so it sits under
 * the line instead, just above the end's level, pushed away from the end until the line has
 * risen a text height above it. Kept inside the plot's top.
 */
export function forecastLabelAt(
  drawing: ForecastDrawing,
  labelLength: number,
  top: number,
): { x: number; y: number } {
  const { endX, endY, slope, labelAnchor } = drawing
  const away = labelAnchor === 'end' ? -1 : 1
  const rise = slope * (GAP + labelLength * LABEL_CHAR) + GAP
  if (rise <= MAX_RISE || slope === 0) {
    return { x: endX + away * GAP, y: Math.max(top + 12, endY - rise) }
  }
  return { x: endX + away * Math.max(GAP, 20 / slope), y: Math.max(top + 12, endY - 4) }
}

/**
 * The expiries the forecast meets, from `path`'s drops (two vertices at one instant, the second
 * lower): how many, and the first one's instant. The summary names the first: it is the one to act
 * on soonest. Null when the path has no drop.
 */
export function forecastExpiries(path: Runway['path']): { count: number; first: string } | null {
  let count = 0
  let first: string | null = null
  for (let i = 1; i < path.length; i++) {
    const before = path[i - 1]
    const after = path[i]
    if (
      before &&
      after &&
      Date.parse(before.at) === Date.parse(after.at) &&
      after.balance < before.balance
    ) {
      count++
      first ??= after.at
    }
  }
  return first === null ? null : { count, first }
}
