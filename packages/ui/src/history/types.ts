import type { LedgerQuery, LedgerSource } from '@usage-kit/core'
import type { LedgerPagination } from '@usage-kit/react'
import type { Locale } from 'date-fns'
import type { CSSProperties } from 'react'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { LedgerColumnId } from '../table/index.js'
import type { UsageKitTheme } from '../theme/tokens.js'
import type { UsageHistoryChart } from './ChartSwitch.js'

/**
 * The parts UsageHistory can show: `grants` the credit grants with what is left (shown only
 * where the provider has grants), `chart` the balance over time with its run-out forecast,
 * `usage` the usage by category over time (with both charts, a switch shows one at a time),
 * `statement` opening and closing balances per month or billing cycle, with the provider's
 * balance check where it has a balance endpoint.
 */
export const USAGE_HISTORY_PARTS = [
  'filters',
  'totals',
  'grants',
  'chart',
  'usage',
  'table',
  'statement',
  'export',
] as const
export type UsageHistoryPart = (typeof USAGE_HISTORY_PARTS)[number]

/**
 * What UsageHistory shows without `show`: every part but the period statement, which a host
 * asks for (it is a second table under the ledger).
 */
export const DEFAULT_USAGE_HISTORY_PARTS: readonly UsageHistoryPart[] = USAGE_HISTORY_PARTS.filter(
  (part) => part !== 'statement',
)

/**
 * Where UsageHistory reads the ledger: a `source`, or the `endpoint` it builds one for. Exactly
 * one of the two (giving both, or neither, does not type-check).
 */
export type UsageHistorySource =
  | {
      /**
       * The provider source to show (`createMonkSource({ ... })`, `createRemoteSource({ ... })`,
       * ...). An object with functions, so a Server Component cannot pass it: use `endpoint` there.
       */
      source: LedgerSource
      endpoint?: never
    }
  | {
      /**
       * The URL of a `createLedgerHandler` endpoint (from `@usage-kit/core/server`), absolute or
       * relative to the page, without a query string: `'/api/ledger'`. UsageHistory builds
       * `createRemoteSource({ url: endpoint })` on the client, once per URL. A plain string, so a
       * Server Component page can render `<UsageHistory endpoint="/api/ledger" />` itself.
       */
      endpoint: string
      source?: never
    }

/**
 * The one-line drop-in: `source` or `endpoint` (exactly one), and these options. Styling contract:
 * @selector .uk-history — the root
 * @selector [data-state="loading" | "error" | "ready"] — the state of the ledger read
 * @selector [data-incomplete] — the history may be incomplete (a capped read, or a provider that did not say whether more entries exist)
 */
export type UsageHistoryProps = UsageHistoryOptions & UsageHistorySource

/** UsageHistory's props besides where it reads the ledger (`UsageHistorySource`). */
export interface UsageHistoryOptions {
  /**
   * Infinite scrolling or a pager.
   * @default 'infinite'
   */
  pagination?: LedgerPagination
  /**
   * Table entries per page.
   * @default 50
   */
  pageSize?: number
  /**
   * Which table columns exist.
   * @default every column
   */
  columns?: readonly LedgerColumnId[]
  /**
   * Filters to start from (uncontrolled), the `defaultValue` of `filters`.
   * @default {}
   */
  defaultFilters?: LedgerQuery
  /**
   * The old name of `defaultFilters`, still read when `defaultFilters` is not given.
   * @deprecated Use `defaultFilters`.
   * @default {}
   */
  initialFilters?: LedgerQuery
  /** Controlled filters; pair with `onFiltersChange`. */
  filters?: LedgerQuery
  onFiltersChange?: (query: LedgerQuery) => void
  /**
   * Mirror the filters in the page's query string (`?kinds=&from=&to=&categories=&q=`).
   * @default false
   */
  syncUrl?: boolean
  /**
   * Which parts to show.
   * @default DEFAULT_USAGE_HISTORY_PARTS (every part but 'statement')
   */
  show?: readonly UsageHistoryPart[]
  /**
   * The chart shown when both `chart` and `usage` are in `show` (controlled); pair with
   * `onChartViewChange`.
   * @default undefined (uncontrolled)
   */
  chartView?: UsageHistoryChart
  /**
   * The chart shown first when both are in `show` (uncontrolled).
   * @default 'balance'
   */
  defaultChartView?: UsageHistoryChart
  /**
   * Called when the user switches between the balance and the usage chart.
   * @default undefined
   */
  onChartViewChange?: (chart: UsageHistoryChart) => void
  /**
   * Table viewport height in pixels.
   * @default 480
   */
  tableHeight?: number
  /**
   * Poll the provider every so many milliseconds for live balances.
   * @default false
   */
  refetchInterval?: number | false
  /**
   * The clock the date presets, the grants' statuses and the run-out forecast count from (a
   * fixed instant for reproducible views and tests). Read once per ledger read.
   * @default () => new Date()
   */
  now?: () => Date
  /** Locale, used when there is no UsageKitProvider above. @default 'en-US' */
  locale?: string
  /** Time zone, used when there is no UsageKitProvider above. @default the runtime's */
  timeZone?: string
  /**
   * The date-fns locale for dates (a language pack's `dateLocale`), used when there is no
   * UsageKitProvider above.
   * @default undefined (English)
   */
  dateLocale?: Locale
  theme?: UsageKitTheme
  /**
   * Replacements for any string, for every part: a language pack's `messages`, or a few overrides.
   * @default undefined (the provider's messages, else English)
   */
  messages?: MessageOverrides
  className?: string
  style?: CSSProperties
}
