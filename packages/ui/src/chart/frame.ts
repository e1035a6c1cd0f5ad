/**
 * The chart's frame: plot box, scales and axis ticks. Pure functions, so layout can be tested and
 * memoized without React. Everything here depends on the whole series' extent and the width,
 * never on the (width-dependent) downsampled points, so the axes stay put while resizing.
 */
import type { BalanceSeriesStats } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import { zonedWallAt } from '@usage-kit/react'
import { niceStep, timeTickValues, type TimeTickValues } from './timeTicks.js'

/** A linear map from values (times or balances) to pixels, and back. */
export interface Scale {
  (value: number): number
  invert: (pixel: number) => number
}

export interface AxisTick {
  /** Pixel position along the axis. */
  position: number
  label: string
}

export interface TimeTick extends AxisTick {
  /** The instant the tick marks: a boundary of the display time zone's calendar. */
  at: number
  /** The year, on the first tick and where the year changes, when the span crosses years. */
  year: string | null
  anchor: 'start' | 'middle' | 'end'
}

export interface ChartFrame {
  width: number
  height: number
  /** The plot box, in pixels from the svg's top left. */
  left: number
  right: number
  top: number
  bottom: number
  /** The most points a line across the plot can usefully have: one per pixel column. */
  innerWidth: number
  x: Scale
  y: Scale
  xTicks: TimeTick[]
  yTicks: AxisTick[]
  /** Where the y axis labels sit and which way they read. */
  yLabelX: number
  yLabelAnchor: 'start' | 'end'
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const TOP = 12
const EDGE = 16
const AXIS_GAP = 8
const LABEL_ROW = 18
/** Average advance of a 12px tabular digit; an estimate keeps layout free of DOM reads. */
const CHAR_WIDTH = 7
const X_TICK_SPACING = 88
const LABEL_GAP = 12
const Y_TICK_SPACING = 44

function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const k = (r1 - r0) / (d1 - d0)
  return Object.assign((value: number) => r0 + (value - d0) * k, {
    invert: (pixel: number) => d0 + (pixel - r0) / k,
  })
}

/** Multiples of `step` in [low, high], without float noise (0.30000000000000004). */
function multiples(low: number, high: number, step: number): number[] {
  const values: number[] = []
  for (let k = Math.ceil(low / step); k * step <= high; k++)
    values.push(+(k * step).toPrecision(15))
  return values
}

/**
 * What a frame spans: the time axis from `start` to `end` and the value axis from `low` to
 * `high` (both widened to round steps). `multiYear` puts the year under the time ticks.
 */
export interface FrameExtent {
  start: number
  end: number
  low: number
  high: number
  multiYear: boolean
}

/**
 * The balance chart's frame: the series' time extent (a day either side of a single point),
 * reaching on to `forecast.end` and up to `forecast.high` where a run-out forecast is drawn.
 */
export function chartFrame(
  stats: BalanceSeriesStats,
  width: number,
  height: number,
  rtl: boolean,
  formatters: Formatters,
  forecast: { end: number; high: number } | null = null,
): ChartFrame {
  const single = stats.first.at === stats.last.at
  const end = Math.max(single ? stats.last.at + DAY : stats.last.at, forecast?.end ?? -Infinity)
  return extentFrame(
    {
      start: single ? stats.first.at - DAY : stats.first.at,
      end,
      // The area is drawn down to zero, so zero is always in view: an honest baseline.
      low: Math.min(0, stats.min),
      high: Math.max(0, stats.max, forecast?.high ?? 0),
      multiYear:
        formatters.year(stats.first.at) !== formatters.year(forecast ? end : stats.last.at),
    },
    width,
    height,
    rtl,
    formatters,
  )
}

/**
 * A frame over any extent: y ticks on round steps (`niceStep`), x ticks on the display zone's
 * calendar (`timeTickValues`), labels from `formatters`. Shared by the balance and usage charts.
 */
export function extentFrame(
  { start, end, low, high, multiYear }: FrameExtent,
  width: number,
  height: number,
  rtl: boolean,
  formatters: Formatters,
): ChartFrame {
  const bottom = height - (multiYear ? LABEL_ROW * 2 : LABEL_ROW) - AXIS_GAP

  if (low === high) high = low + 1
  const step = niceStep(high - low, Math.max(2, Math.floor((bottom - TOP) / Y_TICK_SPACING)))
  low = Math.floor(low / step) * step
  high = Math.ceil(high / step) * step
  const y = linear([low, high], [bottom, TOP])
  const yValues = multiples(low, high, step)
  // Round values: '$16,000' on a money axis, not '$16,000.00'.
  const yLabels = yValues.map((value) => formatters.credits(value, { trimZeros: true }))
  const labelWidth = Math.max(...yLabels.map((label) => label.length), 1) * CHAR_WIDTH
  const axisWidth = labelWidth + AXIS_GAP * 1.5

  // Right to left mirrors the chart: time runs from the right, the value axis sits on the right.
  const left = rtl ? EDGE : axisWidth
  const right = Math.max(left + 1, rtl ? width - axisWidth : width - EDGE)
  const innerWidth = Math.max(1, Math.floor(right - left))

  const x = linear([start, end], rtl ? [right, left] : [left, right])
  const xCount = Math.max(3, Math.floor(innerWidth / X_TICK_SPACING))

  return {
    width,
    height,
    left,
    right,
    top: TOP,
    bottom,
    innerWidth,
    x,
    y,
    xTicks: timeTicks(
      timeTickValues(start, end, xCount, formatters.timeZone, formatters.weekStartsOn),
      x,
      width,
      formatters,
      multiYear,
    ),
    yTicks: yValues.map((value, i) => ({ position: y(value), label: yLabels[i] ?? '' })),
    yLabelX: rtl ? right + AXIS_GAP : left - AXIS_GAP,
    yLabelAnchor: rtl ? 'start' : 'end',
  }
}

/**
 * Hour ticks (a span of a few days or less, such as a usage bar narrowed to one day): the date
 * at each local midnight, the time of day at the whole hours between, so a one-day chart reads '6:00 AM, 12:00 PM'
 * instead of a single date.
 */
function hourLabel(formatters: Formatters) {
  return (at: number) => {
    const wall = zonedWallAt(at, formatters.timeZone)
    // Not on a whole hour: the start of a span of minutes, which its date names best.
    return wall % DAY === 0 || wall % HOUR !== 0
      ? formatters.shortDate(at)
      : formatters.shortTime(at)
  }
}

/**
 * Labels for tick instants: the day ('May 1') on day and week ticks (and on hour ticks at local
 * midnight, the time of day between), the month ('May') on
 * month and quarter ticks, the year on year ticks; under a label, the year where it changes.
 */
function timeTicks(
  { values, unit }: TimeTickValues,
  x: Scale,
  width: number,
  formatters: Formatters,
  multiYear: boolean,
): TimeTick[] {
  const labelOf =
    unit === 'year'
      ? formatters.year
      : unit === 'month'
        ? formatters.shortMonth
        : unit === 'hour'
          ? hourLabel(formatters)
          : formatters.shortDate
  // Year ticks are labelled with the year: a second line would repeat it.
  const year = multiYear && unit !== 'year' ? formatters.year : null
  const ticks: TimeTick[] = []
  let previousDay = ''
  let previousYear = ''
  let previous: { position: number; half: number } | null = null
  for (const at of values) {
    const label = labelOf(at)
    const tickYear = year ? year(at) : ''
    // Hour ticks of a short span would repeat the same day; one label per day is enough.
    if (label + tickYear === previousDay) continue
    previousDay = label + tickYear
    const position = x(at)
    const half = (label.length * CHAR_WIDTH) / 2
    // The step sets a tick count, not label widths: drop a label that would touch the one before.
    if (previous && Math.abs(position - previous.position) < previous.half + half + LABEL_GAP) {
      continue
    }
    previous = { position, half }
    ticks.push({
      at,
      position,
      label,
      year: year && tickYear !== previousYear ? tickYear : null,
      // Keep edge labels inside the svg instead of centring them over its border.
      anchor: position < 32 ? 'start' : position > width - 32 ? 'end' : 'middle',
    })
    previousYear = tickYear
  }
  return ticks
}
