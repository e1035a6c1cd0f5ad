'use client'

import {
  UsageKitProvider,
  useLedger,
  useLedgerFilters,
  useLedgerSet,
  useLedgerTotals,
  useControllableState,
  useOptionalUsageKit,
} from '@usage-kit/react'
import type { LedgerSource, UsageGroupBy } from '@usage-kit/core'
import { useState } from 'react'
import { BalanceChart } from '../chart/index.js'
import { UsageChart } from '../usage/index.js'
import { LedgerFilterBar } from '../filters/index.js'
import { useFormatters } from '../format/useFormatters.js'
import { useMessages } from '../i18n/useMessages.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { LedgerTable } from '../table/index.js'
import { IncompleteNote } from '../table/IncompleteNote.js'
import { ChartSwitch, type UsageHistoryChart } from './ChartSwitch.js'
import { Totals } from './Totals.js'
import {
  DEFAULT_USAGE_HISTORY_PARTS,
  type UsageHistoryOptions,
  type UsageHistoryProps,
} from './types.js'
import { useCsvExport } from './useCsvExport.js'
import { useUpdateAnnouncement } from './useUpdateAnnouncement.js'
import { useUsageLinks } from './useUsageLinks.js'
import { useHistorySource } from './useHistorySource.js'
import { useCreditOutlook } from './useCreditOutlook.js'
import { CreditGrants } from '../grants/index.js'
import { LedgerStatement } from '../statement/index.js'
import { dataFlag } from '../primitives/dataFlag.js'

/**
 * The drop-in: `<UsageHistory source={createMonkSource({ contractId })} />`, or
 * `<UsageHistory endpoint="/api/ledger" />` over a `createLedgerHandler` endpoint (the form a
 * Server Component can render), shows the filter bar,
 * totals for the filtered range, the balance and usage charts (one at a time, behind a switch),
 * and the ledger table, with a CSV export of the whole filtered set. The usage chart is linked
 * to the ledger: a bar narrows it to that bucket's usage, a legend item to that category's. Works with or without a UsageKitProvider above it.
 */
export function UsageHistory({ source: given, endpoint, ...options }: UsageHistoryProps) {
  const settings = useOptionalUsageKit()
  const source = useHistorySource(given, endpoint)
  if (settings) return <UsageHistoryContent {...options} source={source} />
  return (
    <UsageKitProvider
      {...(options.locale ? { locale: options.locale } : {})}
      {...(options.timeZone ? { timeZone: options.timeZone } : {})}
      {...(options.dateLocale ? { dateLocale: options.dateLocale } : {})}
    >
      <UsageHistoryContent {...options} source={source} />
    </UsageKitProvider>
  )
}

function UsageHistoryContent({
  source,
  pagination = 'infinite',
  pageSize = 50,
  columns,
  defaultFilters,
  initialFilters,
  filters: value,
  onFiltersChange,
  syncUrl = false,
  show = DEFAULT_USAGE_HISTORY_PARTS,
  chartView: chartViewProp,
  defaultChartView = 'balance',
  onChartViewChange,
  tableHeight = 480,
  refetchInterval = false,
  now,
  theme,
  messages,
  className,
  style,
}: UsageHistoryOptions & { source: LedgerSource }) {
  const t = useMessages(messages)
  const formatters = useFormatters()
  const initial = defaultFilters ?? initialFilters
  const filters = useLedgerFilters({
    ...(value !== undefined ? { value } : {}),
    ...(initial !== undefined ? { defaultValue: initial } : {}),
    ...(onFiltersChange ? { onValueChange: onFiltersChange } : {}),
    url: syncUrl,
    ...(now ? { now } : {}),
  })
  const query = filters.value
  const ledger = useLedger({ source, query, pageSize, pagination, refetchInterval })
  const showBalance = show.includes('chart')
  const showUsage = show.includes('usage')
  // Totals, charts and export need the whole filtered range, not just the loaded pages.
  const wantsSet = show.includes('totals') || showBalance || showUsage || show.includes('export')
  const set = useLedgerSet({ source, query, enabled: wantsSet })
  const summary = useLedgerTotals(set)
  const { exportCsv, busy } = useCsvExport(source, query, set)
  const announcement = useUpdateAnnouncement(ledger, t)
  const [chartView, setChartView] = useControllableState<UsageHistoryChart>({
    prop: chartViewProp,
    defaultProp: defaultChartView,
    onChange: onChartViewChange,
    caller: 'UsageHistory (chartView)',
  })
  const [groupBy, setGroupBy] = useState<UsageGroupBy>('category')
  const links = useUsageLinks(filters, groupBy)
  const outlook = useCreditOutlook(source, query, show, now)
  const state =
    ledger.status === 'pending' ? 'loading' : ledger.status === 'error' ? 'error' : 'ready'
  // Only a finished read can be known to be short (`complete` is false while the set loads).
  const incomplete = set.status === 'success' && !set.complete
  // One read of a whole-history provider serves the table and the set, so one failure fails both;
  // the single error message's "Try again" retries both.
  const retry = () => {
    void ledger.refetch()
    if (set.status === 'error') void set.refetch()
  }

  // Each part is a kit root of its own; they all take this component's theme and messages.
  const shared = { ...(theme ? { theme } : {}), ...(messages ? { messages } : {}) }
  const chart = (view: UsageHistoryChart) =>
    view === 'balance' ? (
      <BalanceChart ledger={set} forecast={outlook.forecast} {...shared} />
    ) : (
      <UsageChart
        ledger={set}
        from={query.from}
        to={query.to}
        groupBy={groupBy}
        onGroupByChange={setGroupBy}
        {...links}
        {...shared}
      />
    )

  return (
    <KitRoot
      as="section"
      part="uk-history"
      theme={theme}
      className={className}
      style={style}
      data-state={state}
      data-incomplete={dataFlag(incomplete)}
      aria-label={t('table.label')}
    >
      {show.includes('filters') || show.includes('export') ? (
        <div className="uk-history__toolbar">
          {show.includes('filters') ? (
            <LedgerFilterBar filters={filters} entries={set.entries} {...shared} />
          ) : null}
          {show.includes('export') ? (
            <button
              type="button"
              className="uk-button uk-history__export"
              onClick={() => void exportCsv()}
              disabled={busy || set.status !== 'success'}
            >
              {busy ? t('export.preparing') : t('export.csv')}
            </button>
          ) : null}
        </div>
      ) : null}
      {/* When the read failed, the table alone says so (with its retry): totals of nothing and a
          second error message in the chart would only repeat it. */}
      {show.includes('totals') && state !== 'error' ? (
        <Totals
          summary={summary}
          loading={set.status === 'pending'}
          t={t}
          formatters={formatters}
        />
      ) : null}
      {/* The totals, chart and export cover the entries read; a short read says so beside them. */}
      {incomplete && state !== 'error' && (show.includes('totals') || showBalance || showUsage) ? (
        <IncompleteNote count={set.entries.length} className="uk-history__incomplete" t={t} />
      ) : null}
      {show.includes('grants') && state !== 'error' ? (
        <CreditGrants
          ledger={outlook.whole}
          {...(outlook.asOf ? { asOf: outlook.asOf } : {})}
          // Exact attribution only (the list offers it there): a grant's id finds its entries.
          onGrantSelect={(grant) => filters.narrow({ search: grant.entry.id })}
          {...shared}
        />
      ) : null}
      {state === 'error' ? null : showBalance && showUsage ? (
        <ChartSwitch value={chartView} onChange={setChartView} t={t}>
          {chart(chartView)}
        </ChartSwitch>
      ) : showBalance || showUsage ? (
        chart(showBalance ? 'balance' : 'usage')
      ) : null}
      {show.includes('table') ? (
        <LedgerTable
          ledger={ledger}
          onRetry={retry}
          height={tableHeight}
          {...(columns ? { columns } : {})}
          {...shared}
        />
      ) : null}
      {show.includes('statement') && state !== 'error' ? (
        <LedgerStatement ledger={outlook.whole} balanceCheck={outlook.balanceCheck} {...shared} />
      ) : null}
      <p className="uk-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </KitRoot>
  )
}
