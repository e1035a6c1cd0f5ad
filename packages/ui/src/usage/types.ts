import type { LedgerEntry, UsageInterval } from '@usage-kit/core'
import type { UseUsageBreakdownOptions } from '@usage-kit/react'
import type { CSSProperties, HTMLAttributes } from 'react'
import type { BalanceChartLedger } from '../chart/types.js'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'

/**
 * The chart's state, on the root as `data-state`: `loading` (first read in flight), `error`
 * (the read failed, nothing loaded), `empty` (no usage in the range), `ready` (bars drawn).
 */
export type UsageChartState = 'loading' | 'error' | 'empty' | 'ready'

/** A bar the user chose: its bucket `[start, end)` (UTC ISO instants) and its total usage. */
export interface UsageChartBucket {
  start: string
  end: string
  total: number
}

/** A legend group the user chose: its key (a category or metric), or the merged rest. */
export interface UsageChartGroup {
  key: string | null
  other?: true
}

/**
 * Props of `UsageChart`. Styling contract:
 * @selector .uk-usage - the root `<figure>` (also `.uk-chart`, whose look it shares)
 * @selector [data-state="loading" | "error" | "empty" | "ready"] - see `UsageChartState`
 * @selector [data-refreshing] - a background refetch is in flight while the chart shows data
 * @selector [data-table-open] - the data table is shown
 * @selector .uk-usage__series[data-series="1".."8" | "other"] - one series' bars
 * @selector .uk-chart__plot[data-active] - a bar is active (hover or keyboard)
 * Range, interval, grouping and `top` are `useUsageBreakdown`'s options, passed through; the
 * interval's default differs (see `defaultInterval`).
 * Colours: `--uk-series-1` … `--uk-series-8` and `--uk-series-other`.
 */
export interface UsageChartProps
  extends
    Omit<HTMLAttributes<HTMLElement>, 'style' | 'children' | 'defaultValue'>,
    Pick<
      UseUsageBreakdownOptions,
      | 'from'
      | 'to'
      | 'top'
      | 'interval'
      | 'onIntervalChange'
      | 'groupBy'
      | 'defaultGroupBy'
      | 'onGroupByChange'
    > {
  /**
   * What `useLedger` returned: entries plus loading and error state, and `refetch` for retry.
   * @default undefined
   */
  ledger?: BalanceChartLedger | undefined
  /**
   * Plain entries; when given they replace `ledger.entries`. Keep the array's identity stable:
   * the breakdown is memoized on it.
   * @default ledger.entries
   */
  entries?: readonly LedgerEntry[] | undefined
  /**
   * The width the user starts on (uncontrolled). Without it the chart picks the finest width
   * with at most about 60 bars for the range, and picks again when the range changes, unless
   * the user's pick is still offered.
   * @default chosen from the range
   */
  defaultInterval?: UsageInterval | undefined
  /**
   * Called when the user chooses a bar (click, Enter or Space): narrow the ledger to it.
   * @default undefined
   */
  onBucketSelect?: ((bucket: UsageChartBucket) => void) | undefined
  /**
   * Called by a legend item's "show only" button; without it the button is not shown.
   * @default undefined
   */
  onGroupSelect?: ((group: UsageChartGroup) => void) | undefined
  /**
   * The bucket the host's filters narrowed to, highlighted behind its bar.
   * @default null
   */
  selectedBucket?: { start: string; end: string } | null | undefined
  /**
   * A fixed width in pixels (tests, server rendering).
   * @default the container's width
   */
  width?: number | undefined
  /**
   * Height of the plot in pixels.
   * @default 240
   */
  height?: number | undefined
  /**
   * Whether the data table is shown (controlled).
   * @default undefined
   */
  tableOpen?: boolean | undefined
  /**
   * Whether the data table starts shown (uncontrolled).
   * @default false
   */
  defaultTableOpen?: boolean | undefined
  /**
   * Called when the user shows or hides the data table.
   * @default undefined
   */
  onTableOpenChange?: ((open: boolean) => void) | undefined
  /**
   * Extra classes after the kit's own `uk-root uk-chart uk-usage`.
   * @default undefined
   */
  className?: string | undefined
  /**
   * Inline styles, applied after the theme's variables.
   * @default undefined
   */
  style?: CSSProperties | undefined
  /**
   * Overrides the provider's theme for this chart.
   * @default the UsageKitProvider's theme
   */
  theme?: UsageKitTheme | undefined
  /**
   * Replacements for any of the chart's strings (`usage.*`, `chart.*`, `error.*`).
   * @default undefined
   */
  messages?: MessageOverrides | undefined
}
