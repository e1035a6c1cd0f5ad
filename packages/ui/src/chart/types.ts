import type { BalancePoint, LedgerEntry, Runway } from '@usage-kit/core'
import type { LedgerResultBase } from '@usage-kit/react'
import type { CSSProperties, HTMLAttributes } from 'react'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'

/** What the chart reads from `useLedger` (any mode); a host may pass its own object of this shape. */
export type BalanceChartLedger = Pick<
  LedgerResultBase,
  'entries' | 'status' | 'error' | 'refetch'
> &
  Partial<Pick<LedgerResultBase, 'isFetching'>>

/**
 * The chart's state, on the root as `data-state`:
 * - `loading`: the first read is in flight (a skeleton shows);
 * - `error`: the read failed and nothing is loaded (message and retry);
 * - `empty`: no entries;
 * - `unavailable`: entries, but none carries a balance (no running balance from this provider);
 * - `ready`: the line is drawn.
 */
export type BalanceChartState = 'loading' | 'error' | 'empty' | 'unavailable' | 'ready'

/** Whether the area under the line is filled. */
export type BalanceChartFill = 'area' | 'none'

/** A point of the line, for hosts that follow the active point. */
export type BalanceChartPoint = BalancePoint

/**
 * Props of `BalanceChart`. Styling contract (all on the root unless said otherwise):
 * @selector .uk-chart - the root `<figure>`, always present
 * @selector [data-state="loading" | "error" | "empty" | "unavailable" | "ready"] - see `BalanceChartState`
 * @selector [data-refreshing] - a background refetch is in flight while the chart shows data
 * @selector [data-table-open] - the data table is shown
 * @selector .uk-chart__marker[data-kind="grant" | "expiration"] - a marker on the line
 * @selector .uk-chart__forecast - the dashed run-out forecast line (with `forecast`)
 * @selector .uk-chart__forecast-label - "Runs out ~Sep 3" at the forecast's end
 * @selector .uk-chart__plot[data-active] - a point is active (hover or keyboard)
 */
export interface BalanceChartProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'style' | 'children' | 'defaultValue'
> {
  /**
   * What `useLedger` returned: entries plus loading and error state, and `refetch` for retry.
   * @default undefined
   */
  ledger?: BalanceChartLedger | undefined
  /**
   * Plain entries (newest first, as the hooks return them); when given they replace
   * `ledger.entries`. Keep the array's identity stable: the series is memoized on it.
   * @default ledger.entries
   */
  entries?: readonly LedgerEntry[] | undefined
  /**
   * A fixed width in pixels. Without it the chart follows its container's width (for tests and
   * server rendering, where nothing can be measured, give one).
   * @default the container's width
   */
  width?: number | undefined
  /**
   * Height of the plot in pixels.
   * @default 240
   */
  height?: number | undefined
  /**
   * Fill the area under the line, or draw the line alone.
   * @default 'area'
   */
  fill?: BalanceChartFill | undefined
  /**
   * A run-out forecast to draw after the last point: what `useRunway(ledger)` (or core's
   * `projectRunway`) returned. A dashed line runs from the last point down to zero at
   * `runsOutAt`, dropping at expiries, and the summary says when the balance runs out and what
   * expires unused. Nothing is drawn when `burnPerDay` is 0, `path` is empty or the balance is
   * already at or below zero. The time axis reaches on to `runsOutAt`, at most twice the history
   * shown (or the burn window, if longer) past the last point; beyond that the line stops at the
   * plot's edge and the summary says so. The data table lists the ledger's points only.
   * @default undefined (no forecast)
   */
  forecast?: Runway | null | undefined
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
   * Called when the active point changes by pointer or keyboard (null when cleared).
   * @default undefined
   */
  onActivePointChange?: ((point: BalanceChartPoint | null) => void) | undefined
  /**
   * Extra classes after the kit's own `uk-root uk-chart`.
   * @default undefined
   */
  className?: string | undefined
  /**
   * Inline styles, applied after the theme's variables (so the host wins).
   * @default undefined
   */
  style?: CSSProperties | undefined
  /**
   * Overrides the provider's theme for this chart.
   * @default the UsageKitProvider's theme
   */
  theme?: UsageKitTheme | undefined
  /**
   * Replacements for any of the chart's strings (`chart.*`, `kind.*`, `error.*`).
   * @default undefined
   */
  messages?: MessageOverrides | undefined
}
