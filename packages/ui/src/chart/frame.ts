/**
 * The chart's frame: plot box, scales and axis ticks. Pure functions over d3-scale, so layout can be
 * tested and memoized without React. Everything here depends on the whole series' extent and the
 * width, never on the (width-dependent) downsampled points, so the axes stay put while resizing.
 */
import type { BalancePoint } from '@usage-kit/core'
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3-scale'
import type { Formatters } from '../format/useFormatters.js'

/** What the axes need to know about the whole series (see `chartSeries`). */
export interface SeriesStats {
  first: BalancePoint
  last: BalancePoint
  min: number
  max: number
  count: number
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
  rtl: boolean
  /** The plot box, in pixels from the svg's top left. */
  left: number
  right: number
  top: number
  bottom: number
  /** The most points a line across the plot can usefully have: one per pixel column. */
  innerWidth: number
  x: ScaleTime<number, number>
  y: ScaleLinear<number, number>
  xTicks: TimeTick[]
  yTicks: AxisTick[]
  /** Where the y axis labels sit and which way they read. */
  yLabelX: number
  yLabelAnchor: 'start' | 'end'
}

const DAY = 86_400_000
const TOP = 12
const EDGE = 16
const AXIS_GAP = 8
const LABEL_ROW = 18
/** Average advance of a 12px tabular digit; an estimate keeps layout free of DOM reads. */
const CHAR_WIDTH = 7
const X_TICK_SPACING = 88
const LABEL_GAP = 12
const Y_TICK_SPACING = 44

/** Axis label formatting, remembered per value: ticks fall on the same dates at most widths. */
interface AxisLabels {
  year: (at: number) => string
  shortDate: (at: number) => string
  credits: (value: number) => string
}

/** Per formatters, so a new locale or time zone starts afresh (and old ones are collected). */
const axisLabelsCache = new WeakMap<Formatters, AxisLabels>()

/**
 * Formatting a date in a time zone costs tens of microseconds, and building the year's
 * Intl.DateTimeFormat more: on every resize frame that adds up, for labels that rarely change.
 */
function axisLabels(formatters: Formatters): AxisLabels {
  let labels = axisLabelsCache.get(formatters)
  if (!labels) {
    const yearFormat = new Intl.DateTimeFormat(formatters.locale, {
      year: 'numeric',
      timeZone: formatters.timeZone,
    })
    labels = {
      year: remembered((at) => yearFormat.format(at)),
      shortDate: remembered(formatters.shortDate),
      credits: remembered((value) => formatters.credits(value)),
    }
    axisLabelsCache.set(formatters, labels)
  }
  return labels
}

/** Tick values a chart shows over its life are few: a bounded cache is plenty. */
const REMEMBERED = 512

function remembered(format: (value: number) => string): (value: number) => string {
  const cache = new Map<number, string>()
  return (value) => {
    let text = cache.get(value)
    if (text === undefined) {
      if (cache.size >= REMEMBERED) cache.clear()
      text = format(value)
      cache.set(value, text)
    }
    return text
  }
}

export function chartFrame(
  stats: SeriesStats,
  width: number,
  height: number,
  rtl: boolean,
  formatters: Formatters,
): ChartFrame {
  const labels = axisLabels(formatters)
  const { year } = labels
  const multiYear = year(stats.first.at) !== year(stats.last.at)
  const bottom = height - (multiYear ? LABEL_ROW * 2 : LABEL_ROW) - AXIS_GAP

  // The area is drawn down to zero, so zero is always in view: an honest baseline for a balance.
  const low = Math.min(0, stats.min)
  const high = Math.max(0, stats.max)
  const y = scaleLinear()
    .domain(low === high ? [low, low + 1] : [low, high])
    .range([bottom, TOP])
  const yCount = Math.max(2, Math.floor((bottom - TOP) / Y_TICK_SPACING))
  y.nice(yCount)
  const yValues = y.ticks(yCount)
  const yLabels = yValues.map(labels.credits)
  const labelWidth = Math.max(...yLabels.map((label) => label.length), 1) * CHAR_WIDTH
  const axisWidth = labelWidth + AXIS_GAP * 1.5

  // Right to left mirrors the chart: time runs from the right, the value axis sits on the right.
  const left = rtl ? EDGE : axisWidth
  const right = Math.max(left + 1, rtl ? width - axisWidth : width - EDGE)
  const innerWidth = Math.max(1, Math.floor(right - left))

  const [start, end] =
    stats.first.at === stats.last.at
      ? [stats.first.at - DAY, stats.last.at + DAY]
      : [stats.first.at, stats.last.at]
  const x = scaleUtc()
    .domain([start, end])
    .range(rtl ? [right, left] : [left, right])

  return {
    width,
    height,
    rtl,
    left,
    right,
    top: TOP,
    bottom,
    innerWidth,
    x,
    y,
    xTicks: timeTicks(x, innerWidth, width, labels.shortDate, multiYear ? year : null),
    yTicks: yValues.map((value, i) => ({ position: y(value), label: yLabels[i] ?? '' })),
    yLabelX: rtl ? right + AXIS_GAP : left - AXIS_GAP,
    yLabelAnchor: rtl ? 'start' : 'end',
  }
}

function timeTicks(
  x: ScaleTime<number, number>,
  innerWidth: number,
  width: number,
  shortDate: (at: number) => string,
  year: ((at: number) => string) | null,
): TimeTick[] {
  const ticks: TimeTick[] = []
  let previousLabel = ''
  let previousYear = ''
  let previous: { position: number; half: number } | null = null
  for (const date of x.ticks(Math.max(3, Math.floor(innerWidth / X_TICK_SPACING)))) {
    const at = date.getTime()
    const label = shortDate(at)
    // Hour ticks of a short span would repeat the same day; one label per day is enough.
    if (label === previousLabel) continue
    previousLabel = label
    const position = x(at)
    const half = (label.length * CHAR_WIDTH) / 2
    // d3 picks a tick count, not label widths: drop a label that would touch the one before it.
    if (previous && Math.abs(position - previous.position) < previous.half + half + LABEL_GAP) {
      continue
    }
    previous = { position, half }
    const tickYear = year ? year(at) : ''
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
