import type { BalanceCheck } from '@usage-kit/core'
import type { CSSProperties, HTMLAttributes } from 'react'
import type { BalanceChartLedger } from '../chart/types.js'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'

/** The length of a statement's periods. */
export type LedgerStatementPeriod = 'day' | 'week' | 'month'

/**
 * Props of `LedgerStatement`. Styling contract:
 * @selector .uk-statement - the root `<section>`, always present
 * @selector [data-state="loading" | "error" | "empty" | "ready"] - on the root
 * @selector .uk-statement__check[data-matches="true" | "false" | "unknown"] - the balance check line
 * @selector .uk-statement__unknown - a balance the ledger does not know ("—")
 */
export interface LedgerStatementProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'style' | 'children' | 'defaultValue'
> {
  /**
   * What `useLedgerSet` (or `useLedger`) returned: entries plus loading and error state, and
   * `refetch` for retry. A statement sums the whole history, so pass the unfiltered set.
   * @default undefined
   */
  ledger?: BalanceChartLedger | undefined
  /**
   * The length of each row's period, cut by the display time zone's calendar.
   * @default 'month'
   */
  period?: LedgerStatementPeriod | undefined
  /**
   * 1-28: monthly periods start on this day of the month (billing cycles, labelled by their
   * dates, "Mar 15 – Apr 14, 2026").
   * @default the UsageKitProvider's `cycleAnchor`, else calendar months
   */
  cycleAnchor?: number | undefined
  /**
   * The ledger checked against the provider's balance (`useBalanceCheck(...).check`): a line
   * says whether they match, and by how much they differ when they do not. Null or absent: no
   * line (the provider has no balance endpoint, or it has not answered yet).
   * @default null
   */
  balanceCheck?: BalanceCheck | null | undefined
  /**
   * Extra classes after the kit's own `uk-root uk-statement`.
   * @default undefined
   */
  className?: string | undefined
  /**
   * Inline styles, applied after the theme's variables (so the host wins).
   * @default undefined
   */
  style?: CSSProperties | undefined
  /**
   * Overrides the provider's theme for this statement.
   * @default the UsageKitProvider's theme
   */
  theme?: UsageKitTheme | undefined
  /**
   * Replacements for any of the statement's strings (`statement.*`, `error.*`).
   * @default undefined
   */
  messages?: MessageOverrides | undefined
}
