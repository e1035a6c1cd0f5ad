/**
 * The chart's frame: plot box, scales and axis ticks. Pure functions, so layout can be tested and
 * memoized without React. Everything here depends on the whole series' extent and the width,
 * never on the (width-dependent) downsampled points, so the axes stay put while resizing.
 */
import type { Formatters } from '../format/useFormatters.js'
import type { SeriesStats } from './series.js'

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
/** Time tick steps in hours, up to a year: each is tried, the one nearest the wanted step wins. */
const TIME_STEPS = [1, 3, 6, 12, 24, 48, 168, 730, 2190, 8760]

function linear(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const k = (r1 - r0) / (d1 - d0)
  return Object.assign((value: number) => r0 + (value - d0) * k, {
    invert: (pixel: number) => d0 + (pixel - r0) / k,
  })
}

/** A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts. */
function niceStep(span: number, count: number): number {
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const error = raw / power
  return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1)
}

/** Multiples of `step` in [low, high], without float noise (0.30000000000000004). */
function multiples(low: number, high: number, step: number): number[] {
  const values: number[] = []
  for (let k = Math.ceil(low / step); k * step <= high; k++)
    values.push(+(k * step).toPrecision(15))
  return values
}

/**
 * Tick times in [start, end], about `count` of them: whole hours, days or weeks (from Sunday),
 * or the first of a month, a quarter or a year, in UTC (or just the start, in a span of minutes).
 */
function timeTickValues(start: number, end: number, count: number): number[] {
  const wanted = (end - start) / count
  const hours = TIME_STEPS.reduce((best, hours) =>
    Math.abs(Math.log((hours * HOUR) / wanted)) < Math.abs(Math.log((best * HOUR) / wanted))
      ? hours
      : best,
  )
  if (hours < 730) {
    // 1970-01-04 was a Sunday.
    const offset = hours === 168 ? 3 * DAY : 0
    const values = multiples(start - offset, end - offset, hours * HOUR).map((at) => at + offset)
    // Within one hour there is no whole hour to mark: the start says the day.
    return values.length > 0 ? values : [start]
  }
  const months =
    hours === 730 ? 1 : hours === 2190 ? 3 : 12 * Math.max(1, niceStep(wanted / (8760 * HOUR), 1))
  const from = new Date(start)
  const values: number[] = []
  let month = Math.ceil(((from.getUTCFullYear() - 1970) * 12 + from.getUTCMonth()) / months)
  let at = Date.UTC(1970, month * months)
  for (; at <= end; at = Date.UTC(1970, ++month * months)) if (at >= start) values.push(at)
  return values
}

/** Building an Intl.DateTimeFormat costs more than a resize frame should: one per formatters. */
const yearFormats = new WeakMap<Formatters, (at: number) => string>()

function yearFormat(formatters: Formatters): (at: number) => string {
  let format = yearFormats.get(formatters)
  if (!format) {
    const { locale, timeZone } = formatters
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone }).format
    yearFormats.set(formatters, format)
  }
  return format
}

export function chartFrame(
  stats: SeriesStats,
  width: number,
  height: number,
  rtl: boolean,
  formatters: Formatters,
): ChartFrame {
  const year = yearFormat(formatters)
  const multiYear = year(stats.first.at) !== year(stats.last.at)
  const bottom = height - (multiYear ? LABEL_ROW * 2 : LABEL_ROW) - AXIS_GAP

  // The area is drawn down to zero, so zero is always in view: an honest baseline for a balance.
  let low = Math.min(0, stats.min)
  let high = Math.max(0, stats.max)
  if (low === high) high = low + 1
  const step = niceStep(high - low, Math.max(2, Math.floor((bottom - TOP) / Y_TICK_SPACING)))
  low = Math.floor(low / step) * step
  high = Math.ceil(high / step) * step
  const y = linear([low, high], [bottom, TOP])
  const yValues = multiples(low, high, step)
  const yLabels = yValues.map((value) => formatters.credits(value))
  const labelWidth = Math.max(...yLabels.map((label) => label.length), 1) * CHAR_WIDTH
  const axisWidth = labelWidth + AXIS_GAP * 1.5

  // Right to left mirrors the chart: time runs from the right, the value axis sits on the right.
  const left = rtl ? EDGE : axisWidth
  const right = Math.max(left + 1, rtl ? width - axisWidth : width - EDGE)
  const innerWidth = Math.max(1, Math.floor(right - left))

  const single = stats.first.at === stats.last.at
  const start = single ? stats.first.at - DAY : stats.first.at
  const end = single ? stats.last.at + DAY : stats.last.at
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
    xTicks: timeTicks(timeTickValues(start, end, xCount), x, width, formatters, multiYear && year),
    yTicks: yValues.map((value, i) => ({ position: y(value), label: yLabels[i] ?? '' })),
    yLabelX: rtl ? right + AXIS_GAP : left - AXIS_GAP,
    yLabelAnchor: rtl ? 'start' : 'end',
  }
}

function timeTicks(
  values: number[],
  x: Scale,
  width: number,
  formatters: Formatters,
  year: ((at: number) => string) | false,
): TimeTick[] {
  const ticks: TimeTick[] = []
  let previousDay = ''
  let previousYear = ''
  let previous: { position: number; half: number } | null = null
  for (const at of values) {
    const label = formatters.shortDate(at)
    const tickYear = year ? year(at) : ''
    // Hour ticks of a short span would repeat the same day; one label per day is enough. (Yearly
    // ticks all read '1 Jan': their years tell them apart.)
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
