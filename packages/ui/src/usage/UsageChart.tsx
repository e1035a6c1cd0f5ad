'use client'

import type { UsageGroupBy, UsageInterval } from '@usage-kit/core'
import { useId, useMemo } from 'react'
import { ChartFigure, ChartPlotBox } from '../chart/ChartFigure.js'
import { ChartSkeleton } from '../chart/ChartSkeleton.js'
import { useElementWidth } from '../chart/useElementWidth.js'
import { useFormatters } from '../format/useFormatters.js'
import { useMessages } from '../i18n/useMessages.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import type { UsageChartProps } from './types.js'
import { UsageDataTable } from './UsageDataTable.js'
import { Segmented, UsageLegend } from './UsageLegend.js'
import { UsagePlot } from './UsagePlot.js'
import { useUsageChart, USAGE_CHART_STATE_PROPS } from './useUsageChart.js'

const GROUPINGS: readonly UsageGroupBy[] = ['category', 'metric']

/**
 * Usage over time as stacked bars, one colour per category or metric, in the display time zone:
 * a legend that hides a series or narrows the ledger to it, an interval choice offered where it
 * gives a sensible number of bars, a grouping choice where the provider reports both categories
 * and metrics, keyboard navigation bar by bar with announcements, and a data table. Choosing a
 * bar (click, Enter or Space) calls `onBucketSelect` with its bucket. See `UsageChartProps` for
 * the `data-*` styling contract.
 */
export function UsageChart(props: UsageChartProps) {
  const { width: fixedWidth, height = 240, onGroupSelect, selectedBucket, messages } = props
  const t = useMessages(messages)
  const { width, rtl, ref: plotRef } = useElementWidth(fixedWidth)
  const chart = useUsageChart(props, { width, rtl, formatters: useFormatters(), t })
  const { breakdown, formatters, describe, names, visible, geometry, activeIndex } = chart
  const id = useId()
  const ready = chart.state === 'ready'
  const selectedStart = selectedBucket?.start
  const selectedEnd = selectedBucket?.end
  // Only a range that is exactly one bucket marks a bar: a day chosen in the daily view, seen
  // hour by hour after the narrowing, is every bar, not the first hour's.
  const selectedIndex = useMemo(
    () =>
      breakdown.buckets.findIndex(
        (bucket) => bucket.start === selectedStart && bucket.end === selectedEnd,
      ),
    [breakdown, selectedStart, selectedEnd],
  )
  const rangeFrom = chart.range?.from
  const rangeTo = chart.range?.to
  const summary = useMemo(() => {
    if (!ready || rangeFrom === undefined || rangeTo === undefined) return null
    const values = {
      amount: formatters.credits(breakdown.total),
      start: formatters.date(new Date(rangeFrom).toISOString()),
      end: formatters.date(new Date(rangeTo).toISOString()),
    }
    const largest = breakdown.groups[0]
    return breakdown.groups.length > 1 && largest
      ? t('usage.summaryLargest', {
          ...values,
          group: names[0] ?? '',
          value: formatters.credits(largest.total),
        })
      : t('usage.summary', values)
  }, [ready, rangeFrom, rangeTo, breakdown, formatters, names, t])

  // What is left after the chart's own props goes on the figure (aria-*, data-*, handlers).
  const rest: Record<string, unknown> = { ...props }
  for (const key of USAGE_CHART_STATE_PROPS) delete rest[key]
  return (
    <ChartFigure
      {...rest}
      chartId={id}
      part="uk-chart uk-usage"
      className={props.className}
      style={props.style}
      theme={props.theme}
      title={t('usage.label')}
      summary={summary}
      state={chart.state}
      refreshing={chart.refreshing}
      tableOpen={chart.tableOpen}
      setTableOpen={chart.setTableOpen}
      hint={t('usage.keyboardHint')}
      announcement={chart.announcement}
      t={t}
    >
      {ready && (chart.intervals.length > 1 || chart.groupings) ? (
        <div className="uk-usage__controls">
          {chart.intervals.length > 1 ? (
            <Segmented<UsageInterval>
              label={t('usage.interval')}
              options={chart.intervals}
              value={chart.interval}
              onChange={chart.setInterval}
              labelOf={(option) => t(`usage.${option}`)}
            />
          ) : null}
          {chart.groupings ? (
            <Segmented<UsageGroupBy>
              label={t('usage.groupBy')}
              options={GROUPINGS}
              value={chart.groupBy}
              onChange={chart.setGroupBy}
              labelOf={(option) => t(option === 'metric' ? 'usage.byMetric' : 'usage.byCategory')}
            />
          ) : null}
        </div>
      ) : null}
      <ChartPlotBox
        chartId={id}
        plotRef={plotRef}
        state={chart.state}
        height={height}
        label={t('usage.label')}
        active={activeIndex >= 0}
        t={t}
        {...(ready ? chart.regionProps : {})}
      >
        {chart.state === 'loading' ? (
          <ChartSkeleton height={height} label={t('usage.loading')} />
        ) : chart.state === 'error' && props.ledger?.error ? (
          <ErrorMessage
            error={props.ledger.error}
            t={t}
            onRetry={() => void props.ledger?.refetch()}
          />
        ) : !ready ? (
          <StateMessage state="empty" title={t('usage.empty')} />
        ) : geometry ? (
          <UsagePlot
            layout={geometry}
            breakdown={breakdown}
            visible={visible}
            names={names}
            activeIndex={activeIndex}
            selectedIndex={selectedIndex}
            describe={describe}
            t={t}
          />
        ) : null}
      </ChartPlotBox>
      {ready && chart.single ? (
        <p className="uk-usage__note" dir="auto">
          {t('usage.singleSeries')}
        </p>
      ) : null}
      {ready ? (
        <UsageLegend
          groups={breakdown.groups}
          names={names}
          visible={visible}
          toggle={chart.toggleGroup}
          onGroupSelect={onGroupSelect}
          formatters={formatters}
          t={t}
        />
      ) : null}
      {ready && chart.tableOpen ? (
        <UsageDataTable
          id={`${id}-table`}
          breakdown={breakdown}
          visible={visible}
          names={names}
          activeIndex={activeIndex}
          describe={describe}
          t={t}
        />
      ) : null}
    </ChartFigure>
  )
}
