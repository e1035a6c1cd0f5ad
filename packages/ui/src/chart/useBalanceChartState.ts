import type { BalancePoint, LedgerEntry } from '@usage-kit/core'
import { useCallback, useMemo, useState } from 'react'
import { chartSeries, type ChartSeries } from './series.js'
import type { BalanceChartProps, BalanceChartState } from './types.js'

/** How the active point was chosen: hover follows the pointer, keyboard is announced. */
export type ActiveSource = 'pointer' | 'keyboard'

export interface ActivePoint {
  point: BalancePoint
  source: ActiveSource
}

export interface BalanceChartStateResult {
  state: BalanceChartState
  entries: readonly LedgerEntry[]
  /** Every entry with a balance, oldest first (not downsampled), with its extent and markers. */
  series: ChartSeries
  refreshing: boolean
  tableOpen: boolean
  setTableOpen: (open: boolean) => void
  active: ActivePoint | null
  setActive: (active: ActivePoint | null) => void
  /** The polite live region's text: the last point reached by keyboard. */
  announcement: string
  setAnnouncement: (text: string) => void
}

export type BalanceChartStateOptions = Pick<
  BalanceChartProps,
  | 'ledger'
  | 'entries'
  | 'tableOpen'
  | 'defaultTableOpen'
  | 'onTableOpenChange'
  | 'onActivePointChange'
>

const NO_ENTRIES: readonly LedgerEntry[] = []

/** A value that is controlled when `value` is given, else kept here; changes are reported. */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (next: T) => void] {
  const [inner, setInner] = useState(defaultValue)
  const controlled = value !== undefined
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next)
      onChange?.(next)
    },
    [controlled, onChange],
  )
  return [controlled ? value : inner, set]
}

function chartState(
  props: Pick<BalanceChartProps, 'ledger' | 'entries'>,
  entries: readonly LedgerEntry[],
  series: ChartSeries,
): BalanceChartState {
  const { ledger } = props
  if (entries.length === 0 && ledger) {
    if (ledger.status === 'pending') return 'loading'
    if (ledger.status === 'error' && ledger.error) return 'error'
  }
  if (entries.length === 0) return 'empty'
  return series.stats ? 'ready' : 'unavailable'
}

/**
 * The chart's data and UI state, without layout: the balance series (memoized on the entries, so
 * a resize never rebuilds it), its extent, the state to show, the data table toggle and the active
 * point.
 */
export function useBalanceChartState(props: BalanceChartStateOptions): BalanceChartStateResult {
  const { ledger, onActivePointChange } = props
  const entries = props.entries ?? ledger?.entries ?? NO_ENTRIES
  const series = useMemo(() => chartSeries(entries), [entries])
  const state = chartState(props, entries, series)

  const [tableOpen, setTableOpen] = useControllableState(
    props.tableOpen,
    props.defaultTableOpen ?? false,
    props.onTableOpenChange,
  )

  const [active, setActiveState] = useState<ActivePoint | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const setActive = useCallback(
    (next: ActivePoint | null) => {
      // Pointer moves fire often; only a different point (or source) is a change.
      if (active?.point === next?.point && active?.source === next?.source) return
      setActiveState(next)
      if (active?.point !== next?.point) onActivePointChange?.(next?.point ?? null)
    },
    [active, onActivePointChange],
  )

  return {
    state,
    entries,
    series,
    refreshing: state === 'ready' && ledger?.isFetching === true,
    tableOpen,
    setTableOpen,
    active,
    setActive,
    announcement,
    setAnnouncement,
  }
}
