import type { BalancePoint } from '@usage-kit/core'
import { useMemo, type KeyboardEvent, type PointerEvent } from 'react'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { chartFrame, type ChartFrame } from './frame.js'
import {
  chartMarkers,
  chartPaths,
  pointIndexAt,
  type ChartMarker,
  type ChartPaths,
} from './paths.js'
import type { ActiveSource, BalanceChartStateResult } from './useBalanceChartState.js'
import type { BalanceChartFill } from './types.js'

export interface UseBalanceChartOptions {
  width: number | null
  rtl: boolean
  height: number
  fill: BalanceChartFill
  formatters: Formatters
  t: Translate
}

/** A point in words: the tooltip, the live region and the data table share it. */
export interface PointText {
  date: string
  balance: string
  kind: string
}

export interface BalanceChartBehaviour {
  /** Null until the width is known. */
  frame: ChartFrame | null
  /** The series downsampled to the plot's width in pixels: what is drawn, navigated and tabled. */
  points: BalancePoint[]
  paths: ChartPaths | null
  markers: ChartMarker[]
  activePoint: BalancePoint | null
  describe: (point: BalancePoint) => PointText
  regionProps: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void
    onPointerMove: (event: PointerEvent<HTMLElement>) => void
    onPointerDown: (event: PointerEvent<HTMLElement>) => void
    onPointerLeave: () => void
    onBlur: () => void
  }
}

/** Before the width is known (server rendering), the data table still needs a bounded list. */
const UNMEASURED_POINTS = 640

const iso = (at: number) => new Date(at).toISOString()
const NO_POINTS: BalancePoint[] = []
const NO_MARKERS: ChartMarker[] = []

/**
 * A point in words, remembered per point: marker names, the tooltip and the table's rows format
 * the same points again on every resize and pointer move, and points keep their identity (see
 * `ChartSeries.point`). One describer per formatters and messages, so a change starts afresh.
 */
function pointDescriber(formatters: Formatters, t: Translate): (point: BalancePoint) => PointText {
  const texts = new WeakMap<BalancePoint, PointText>()
  return (point) => {
    let text = texts.get(point)
    if (!text) {
      text = {
        date: formatters.dateTime(iso(point.at)),
        balance: formatters.credits(point.balance),
        kind: t(`kind.${point.kind}`),
      }
      texts.set(point, text)
    }
    return text
  }
}

/**
 * The chart's layout and interaction: frame and scales memoized on (series, width), the
 * downsampling (over the series' columns) redone only when the plot width changes, paths and
 * markers from those, and the pointer and keyboard handlers that move the active point (keyboard
 * moves are announced).
 */
export function useBalanceChart(
  chart: BalanceChartStateResult,
  { width, rtl, height, fill, formatters, t }: UseBalanceChartOptions,
): BalanceChartBehaviour {
  const { series, tableOpen, active, setActive, setAnnouncement } = chart
  const { stats } = series

  const frame = useMemo(
    () => (stats && width !== null ? chartFrame(stats, width, height, rtl, formatters) : null),
    [stats, width, height, rtl, formatters],
  )
  // Before the width is known nothing is drawn: sample only if the data table shows meanwhile,
  // so the render before the first measurement costs nothing.
  const maxPoints = frame?.innerWidth ?? (tableOpen ? UNMEASURED_POINTS : 0)
  const points = useMemo(
    () => (stats && maxPoints > 0 ? series.sample(maxPoints) : NO_POINTS),
    [series, stats, maxPoints],
  )
  const paths = useMemo(
    () => (frame ? chartPaths(frame, points, fill) : null),
    [frame, points, fill],
  )
  const markers = useMemo(() => (frame ? chartMarkers(frame, series) : NO_MARKERS), [frame, series])
  const describe = useMemo(() => pointDescriber(formatters, t), [formatters, t])

  // After a resize the active point may have been sampled away: keep the step that covers it.
  const exact = active ? points.indexOf(active.point) : -1
  const activeIndex = active && exact < 0 ? pointIndexAt(points, active.point.at) : exact
  const activePoint = points[activeIndex] ?? null

  const moveTo = (index: number, source: ActiveSource) => {
    const point = points[Math.max(0, Math.min(points.length - 1, index))]
    if (!point) return
    setActive({ point, source })
    if (source === 'keyboard') setAnnouncement(t('chart.point', { ...describe(point) }))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const last = points.length - 1
    // Arrows follow the screen: in a mirrored (right-to-left) chart, left is later in time.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight'
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft'
    let next: number
    switch (event.key) {
      case forward:
        next = activeIndex < 0 ? 0 : activeIndex + 1
        break
      case backward:
        next = activeIndex < 0 ? last : activeIndex - 1
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = last
        break
      case 'Escape':
        // Nothing to clear: let the key reach the host (a dialog may want to close).
        if (!active) return
        event.preventDefault()
        setActive(null)
        setAnnouncement('')
        return
      default:
        return
    }
    if (last < 0) return
    event.preventDefault()
    moveTo(next, 'keyboard')
  }

  const follow = (event: PointerEvent<HTMLElement>) => {
    if (!frame) return
    const box = event.currentTarget.getBoundingClientRect()
    moveTo(pointIndexAt(points, frame.x.invert(event.clientX - box.left)), 'pointer')
  }

  return {
    frame,
    points,
    paths,
    markers,
    activePoint,
    describe,
    regionProps: {
      onKeyDown,
      onPointerMove: follow,
      onPointerDown: follow,
      onPointerLeave: () => {
        if (active?.source === 'pointer') setActive(null)
      },
      onBlur: () => {
        if (active?.source === 'keyboard') setActive(null)
      },
    },
  }
}
