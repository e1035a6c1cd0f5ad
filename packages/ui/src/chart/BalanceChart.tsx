import type { BalancePoint, BalanceSeriesStats } from '@usage-kit/core'
import { useDeferredValue, useId, useMemo } from 'react'
import { useFormatters } from '../format/useFormatters.js'
import { useMessages, type Translate } from '../i18n/useMessages.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import type { Formatters } from '../format/useFormatters.js'
import { ChartDataTable, ChartLegend } from './ChartDataTable.js'
import { ChartPlot } from './ChartPlot.js'
import type { BalanceChartProps, BalanceChartState } from './types.js'
import { useBalanceChart } from './useBalanceChart.js'
import { useElementWidth } from './useElementWidth.js'
import { dataFlag } from '../primitives/dataFlag.js'

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
  const summary = useMemo(
    () => (ready && stats ? summarize(stats, chart.formatters, t) : null),
    [ready, stats, chart.formatters, t],
  )

  return (
    <KitRoot
      {...rest}
      as="figure"
      part="uk-chart"
      theme={theme}
      className={className}
      style={style}
      data-state={chart.state}
      data-refreshing={dataFlag(chart.refreshing)}
      data-table-open={dataFlag(ready && chart.tableOpen)}
      // Named by the title, described by the summary (some engines ignore <figcaption>); a host's
      // own labelling wins.
      aria-labelledby={rest['aria-labelledby'] ?? (rest['aria-label'] ? undefined : `${id}-title`)}
      aria-describedby={rest['aria-describedby'] ?? (summary ? `${id}-summary` : undefined)}
    >
      <figcaption className="uk-chart__caption">
        <span className="uk-chart__title" id={`${id}-title`}>
          {t('chart.label')}
        </span>
        {summary ? (
          // dir="auto": a sentence in a left-to-right language keeps its punctuation in place
          // inside a right-to-left page.
          <span className="uk-chart__summary" id={`${id}-summary`} dir="auto">
            {summary}
          </span>
        ) : null}
      </figcaption>
      {ready ? (
        <button
          type="button"
          className="uk-button uk-chart__toggle"
          aria-expanded={chart.tableOpen}
          aria-controls={chart.tableOpen ? `${id}-table` : undefined}
          onClick={() => chart.setTableOpen(!chart.tableOpen)}
        >
          {t(chart.tableOpen ? 'chart.hideTable' : 'chart.showTable')}
        </button>
      ) : null}
      {ready ? (
        <div
          ref={plotRef}
          className="uk-chart__plot"
          style={{ height }}
          role="group"
          tabIndex={0}
          aria-roledescription={t('chart.role')}
          aria-label={t('chart.label')}
          aria-describedby={`${id}-hint`}
          data-active={dataFlag(Boolean(activePoint))}
          {...chart.regionProps}
        >
          {frame && paths ? (
            <ChartPlot
              frame={frame}
              paths={paths}
              markers={markers}
              activePoint={activePoint}
              describe={describe}
              gradientId={`${id}-area`}
              t={t}
            />
          ) : null}
        </div>
      ) : (
        <div
          ref={plotRef}
          className={
            chart.state === 'loading' ? 'uk-chart__plot' : 'uk-chart__plot uk-chart__placeholder'
          }
          style={{ minHeight: height }}
        >
          <ChartStateView state={chart.state} ledger={ledger} height={height} t={t} />
        </div>
      )}
      {ready ? <ChartLegend markers={markers} t={t} /> : null}
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
      {ready ? (
        <>
          <span id={`${id}-hint`} className="uk-visually-hidden">
            {t('chart.keyboardHint')}
          </span>
          <div className="uk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {chart.announcement}
          </div>
        </>
      ) : null}
    </KitRoot>
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
    return (
      <div className="uk-chart__skeleton" role="status" style={{ height }}>
        <span className="uk-visually-hidden">{t('chart.loading')}</span>
        <span className="uk-skeleton uk-chart__skeleton-area" aria-hidden="true" />
        <span className="uk-chart__skeleton-ticks" aria-hidden="true">
          {[0, 1, 2, 3, 4].map((i) => (
            <span key={i} className="uk-skeleton uk-chart__skeleton-tick" />
          ))}
        </span>
      </div>
    )
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
