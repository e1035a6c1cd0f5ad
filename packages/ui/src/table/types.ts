import type { LedgerEntry } from '@usage-kit/core'
import type { LedgerResult } from '@usage-kit/react'
import type { CSSProperties } from 'react'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'
import type { LedgerColumnId } from './columns.js'
import type { LedgerTableStateProps } from './useLedgerTableState.js'

/**
 * Props of `LedgerTable`. Pass `ledger` (what `useLedger` returns) or plain `entries`.
 *
 * Styling contract (all on kit classes, so host CSS wins at equal specificity):
 * @selector .uk-table[data-state="loading" | "empty" | "error" | "ready"] the table as a whole
 * @selector .uk-table[data-mode="infinite" | "offset" | "static"] how pages are reached
 * @selector .uk-table[data-fetching] a request is in flight (including background refreshes)
 * @selector .uk-table[data-stale] the rows belong to the previous query while a new one loads
 * @selector .uk-table[data-error] a refresh failed while earlier rows stay on screen (banner shown)
 * @selector .uk-table__row[data-kind="grant" | "usage" | ...] a row, by entry kind
 * @selector .uk-table__row[data-pending] an entry that is not final yet
 * @selector .uk-table__row[data-expanded] a row whose details are open
 * @selector .uk-table__th[data-sorted="asc" | "desc"] the sorted column's header
 * @selector .uk-table__amount[data-sign="positive" | "negative" | "zero"] a signed amount
 */
export interface LedgerTableProps extends LedgerTableStateProps {
  /**
   * What `useLedger` returns (infinite or offset). The table follows its status, error, paging
   * and loading; infinite mode loads the next page as the user nears the end.
   * @default undefined (use `entries`)
   */
  ledger?: LedgerResult | undefined
  /**
   * Plain entries, when the host has them already. Ignored when `ledger` is set.
   * @default []
   */
  entries?: readonly LedgerEntry[] | undefined
  /**
   * Which columns exist, in order. The "Columns" menu shows and hides these.
   * @default ['date', 'type', 'description', 'amount', 'balance', 'expires', 'invoice', 'grant']
   */
  columns?: readonly LedgerColumnId[] | undefined
  /**
   * Height of the scroll viewport in px (the table shrinks to fit fewer rows).
   * @default 480
   */
  height?: number | undefined
  /**
   * Offset mode: the page size shown in the "Rows per page" select (the hook's `pageSize`).
   * @default 50
   */
  pageSize?: number | undefined
  /**
   * Offset mode: the page sizes to choose from.
   * @default [25, 50, 100]
   */
  pageSizeOptions?: readonly number[] | undefined
  /**
   * Offset mode: called with the chosen page size; the select shows only when this is set (the
   * page size belongs to the `useLedger` call).
   * @default undefined (no page-size select)
   */
  onPageSizeChange?: ((pageSize: number) => void) | undefined
  /**
   * What the "Try again" button does.
   * @default ledger.refetch
   */
  onRetry?: (() => void) | undefined
  /**
   * Added after the kit's `uk-root uk-table` classes.
   * @default undefined
   */
  className?: string | undefined
  /**
   * Applied after the theme's variables, so the host's values win.
   * @default undefined
   */
  style?: CSSProperties | undefined
  /**
   * Overrides the provider's theme for this table.
   * @default the UsageKitProvider's theme
   */
  theme?: UsageKitTheme | undefined
  /**
   * Replacements for any of the table's strings, by message id (`'table.empty.title'`, ...).
   * @default {}
   */
  messages?: MessageOverrides | undefined
}
