'use client'

import {
  createBalanceSeries,
  ledgerCreditCurrency,
  toBalanceColumns,
  type BalancePoint,
  type LedgerEntry,
} from '@usage-kit/core'
import { useControllableState } from '@usage-kit/react'
import {
  useMemo,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type PointerEvent,
} from 'react'
import { withCreditCurrency, type Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { forecastDrawing, forecastPlan } from './forecast.js'
import { chartFrame } from './frame.js'
import { chartMarkers, chartPaths, pointIndexAt, type ChartMarker } from './paths.js'
import { rememberPerPoint } from './series.js'
import { stateWithoutEntries } from './state.js'
import type { BalanceChartProps, BalanceChartState } from './types.js'

/** A point in words: the tooltip, the live region, the markers' names and the data table share it. */
export interface PointText {
  date: string
  balance: string
  kind: string
}

/** The active point, and how it was chosen: hover follows the pointer, keyboard is announced. */
interface ActivePoint {
  point: BalancePoint
  source: 'pointer' | 'keyboard'
}

/** What the chart is drawn in. */
export interface ChartLayout {
  /** Null until measured. */
  width: number | null
  rtl: boolean
  formatters: Formatters
  t: Translate
}

/** Before the width is known (server rendering), the data table still needs a bounded list. */
const UNMEASURED_POINTS = 640

const NO_ENTRIES: readonly LedgerEntry[] = []
const NO_POINTS: BalancePoint[] = []
const NO_MARKERS: ChartMarker[] = []

/**
 * The chart's state and behaviour: the series (memoized on the entries, so a resize never reads
 * them again) and the state to show; the frame, the downsampling, paths and markers, redone only
 * when the plot width changes; the data table toggle (controlled or not); and the active point,
 * moved by pointer and keyboard (keyboard moves are announced in `announcement`).
 */
export function useBalanceChart(
  props: Omit<BalanceChartProps, keyof HTMLAttributes<HTMLElement>>,
  { width, rtl, formatters: layoutFormatters, t }: ChartLayout,
) {
  const { ledger, height = 240, fill = 'area', onTableOpenChange, onActivePointChange } = props
  const entries = props.entries ?? ledger?.entries ?? NO_ENTRIES
  const series = useMemo(() => createBalanceSeries(toBalanceColumns(entries)), [entries])
  // Balances of a ledger counted in a currency (ngrok's dollars) are money: the axis, tooltip,
  // summary and data table write them as money.
  const creditCurrency = useMemo(() => ledgerCreditCurrency(entries), [entries])
  const formatters = useMemo(
    () => withCreditCurrency(layoutFormatters, creditCurrency),
    [layoutFormatters, creditCurrency],
  )
  const { stats } = series
  let state: BalanceChartState = stats ? 'ready' : 'unavailable'
  if (entries.length === 0) state = stateWithoutEntries(ledger)

  const [tableOpen, setTableOpen] = useControllableState({
    prop: props.tableOpen,
    defaultProp: props.defaultTableOpen ?? false,
    onChange: onTableOpenChange,
    caller: 'BalanceChart (tableOpen)',
  })
  const [active, setActiveState] = useState<ActivePoint | null>(null)
  const [announcement, setAnnouncement] = useState('')

  // The forecast's extent is worked out once per runway; without one, plan is null and the frame
  // is what it always was.
  const plan = useMemo(
    () => (stats ? forecastPlan(stats, props.forecast) : null),
    [stats, props.forecast],
  )
  const frame = useMemo(
    () =>
      stats && width !== null ? chartFrame(stats, width, height, rtl, formatters, plan) : null,
    [stats, width, height, rtl, formatters, plan],
  )
  const forecast = useMemo(
    () => (frame && plan ? forecastDrawing(frame, plan) : null),
    [frame, plan],
  )
  // Before the width is known nothing is drawn: sample only if the data table shows meanwhile,
  // so the render before the first measurement costs nothing.
  // With a forecast the history takes only part of the plot: one point per column of that part.
  const columns =
    frame && plan && stats
      ? Math.max(1, Math.ceil(Math.abs(frame.x(stats.last.at) - frame.x(stats.first.at))))
      : frame?.innerWidth
  const maxPoints = columns ?? (tableOpen ? UNMEASURED_POINTS : 0)
  const points = useMemo(
    () => (stats && maxPoints > 0 ? series.sample(maxPoints) : NO_POINTS),
    [series, stats, maxPoints],
  )
  const paths = useMemo(
    () => (frame ? chartPaths(frame, points, fill) : null),
    [frame, points, fill],
  )
  const markers = useMemo(() => (frame ? chartMarkers(frame, series) : NO_MARKERS), [frame, series])
  // One describer per formatters and messages, so a change starts afresh.
  const describe = useMemo(
    () =>
      rememberPerPoint((point): PointText => ({
        date: formatters.dateTime(new Date(point.at).toISOString()),
        balance: formatters.credits(point.balance),
        kind: t(`kind.${point.kind}`),
      })),
    [formatters, t],
  )

  // After a resize the active point may have been sampled away: keep the step that covers it.
  const exact = active ? points.indexOf(active.point) : -1
  const activeIndex = active && exact < 0 ? pointIndexAt(points, active.point.at) : exact

  const setActive = (next: ActivePoint | null) => {
    // Pointer moves fire often; only a different point (or source) is a change.
    if (active?.point === next?.point && active?.source === next?.source) return
    setActiveState(next)
    if (active?.point !== next?.point) onActivePointChange?.(next?.point ?? null)
  }

  const moveTo = (index: number, source: ActivePoint['source']) => {
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
    state,
    series,
    /** The layout's formatters, writing balances in the ledger's unit (money for ngrok). */
    formatters,
    /** The currency the ledger's credits are units of (ngrok's dollars), else null. */
    creditCurrency,
    /** The forecast to draw and say, or null (no `forecast`, no burn, nothing left). */
    plan,
    /** The dashed line in pixels; null until the width is known or without a plan. */
    forecast,
    refreshing: state === 'ready' && ledger?.isFetching === true,
    tableOpen,
    setTableOpen,
    announcement,
    /** Null until the width is known. */
    frame,
    /** The series downsampled to the plot's width in pixels: what is drawn, navigated and tabled. */
    points,
    paths,
    markers,
    activePoint: points[activeIndex] ?? null,
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
