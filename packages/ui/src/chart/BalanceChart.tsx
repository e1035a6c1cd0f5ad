'use client'

import type { BalancePoint, BalanceSeriesStats } from '@usage-kit/core'
import { useDeferredValue, useId, useMemo } from 'react'
import { useFormatters } from '../format/useFormatters.js'
import { useMessages, type Translate } from '../i18n/useMessages.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import type { Formatters } from '../format/useFormatters.js'
import { ChartDataTable, ChartLegend } from './ChartDataTable.js'
import { ChartFigure, ChartPlotBox } from './ChartFigure.js'
import { ChartPlot } from './ChartPlot.js'
import { ChartSkeleton } from './ChartSkeleton.js'
import { forecastLabel, forecastSentence } from './forecastText.js'
import type { BalanceChartProps, BalanceChartState } from './types.js'
import { useBalanceChart } from './useBalanceChart.js'
import { useElementWidth } from './useElementWidth.js'

const iso = (at: number) => new Date(at).toISOString()
const NO_POINTS: BalancePoint[] = []

function summarize(stats: BalanceSeriesStats, formatters: Formatters, t: Translate): string {
  return t('chart.summary', {
    start: formatters.date(iso(stats.first.at)),
    end: formatters.date(iso(stats.last.at)),
    from: formatters.credits(stats.first.balance),
    to: formatters.credits(stats.last.balance),
    min: formatters.credits(stats.min),
    max: formatters.credits(stats.max),
  })
}

/**
 * The balance over time as a step line, with grant and expiration markers, a pointer and keyboard
 * crosshair, and a text alternative (a summary and a data table). Takes what `useLedger` returns
 * (`ledger`) or plain `entries`; draws at most one point per pixel column, so it stays fast at
 * 100,000 entries. See `BalanceChartProps` for the `data-*` styling contract.
 */
export function BalanceChart(props: BalanceChartProps) {
  const {
    ledger,
    entries,
    width: fixedWidth,
    height = 240,
    fill,
    tableOpen,
    defaultTableOpen,
    onTableOpenChange,
    onActivePointChange,
    forecast: runway,
    className,
    style,
    theme,
    messages,
    ...rest
  } = props
  const t = useMessages(messages)
  const formatters = useFormatters()
  const { width, rtl, ref: plotRef } = useElementWidth(fixedWidth)
  const chart = useBalanceChart(
    {
      ledger,
      entries,
      height,
      fill,
      tableOpen,
      defaultTableOpen,
      onTableOpenChange,
      onActivePointChange,
      forecast: runway,
    },
    { width, rtl, formatters, t },
  )
  const { frame, paths, points, markers, activePoint, describe } = chart
  // The table follows a resize a moment later, so the resize frame only redraws the plot. While
  // it is closed nothing is deferred, so a resize costs one render, not two.
  const deferred = useDeferredValue(chart.tableOpen ? points : NO_POINTS)
  const tablePoints = deferred === NO_POINTS ? points : deferred
  const id = useId()
  const ready = chart.state === 'ready'
  const { stats } = chart.series
  const { plan, creditCurrency } = chart
  const summary = useMemo(() => {
    if (!ready || !stats) return null
    const history = summarize(stats, chart.formatters, t)
    return plan && runway
      ? `${history} ${forecastSentence(runway, plan, chart.formatters, creditCurrency, t)}`
      : history
  }, [ready, stats, chart.formatters, t, plan, runway, creditCurrency])
  const label = useMemo(
    () => (plan && stats ? forecastLabel(plan, stats.last.at, chart.formatters, t) : null),
    [plan, stats, chart.formatters, t],
  )

  return (
    <ChartFigure
      {...rest}
      chartId={id}
      part="uk-chart"
      className={className}
      style={style}
      theme={theme}
      title={t('chart.label')}
      summary={summary}
      state={chart.state}
      refreshing={chart.refreshing}
      tableOpen={chart.tableOpen}
      setTableOpen={chart.setTableOpen}
      hint={t('chart.keyboardHint')}
      announcement={chart.announcement}
      t={t}
    >
      <ChartPlotBox
        chartId={id}
        plotRef={plotRef}
        state={chart.state}
        height={height}
        label={t('chart.label')}
        active={Boolean(activePoint)}
        t={t}
        {...(ready ? chart.regionProps : {})}
      >
        {!ready ? (
          <ChartStateView state={chart.state} ledger={ledger} height={height} t={t} />
        ) : frame && paths ? (
          <ChartPlot
            frame={frame}
            paths={paths}
            markers={markers}
            forecast={chart.forecast}
            forecastLabel={label}
            activePoint={activePoint}
            describe={describe}
            gradientId={`${id}-area`}
            t={t}
          />
        ) : null}
      </ChartPlotBox>
      {ready ? <ChartLegend markers={markers} forecast={plan !== null} t={t} /> : null}
      {ready && chart.tableOpen ? (
        <ChartDataTable
          id={`${id}-table`}
          points={tablePoints}
          total={chart.series.columns.length}
          activePoint={activePoint}
          describe={describe}
          t={t}
        />
      ) : null}
    </ChartFigure>
  )
}

function ChartStateView({
  state,
  ledger,
  height,
  t,
}: {
  state: BalanceChartState
  ledger: BalanceChartProps['ledger']
  height: number
  t: Translate
}) {
  if (state === 'loading') {
    return <ChartSkeleton height={height} label={t('chart.loading')} />
  }
  if (state === 'error' && ledger?.error) {
    const { refetch } = ledger
    return <ErrorMessage error={ledger.error} t={t} onRetry={() => void refetch()} />
  }
  return (
    <StateMessage
      state="empty"
      title={t(state === 'unavailable' ? 'chart.unavailable' : 'chart.empty')}
    />
  )
}
