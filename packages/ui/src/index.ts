/**
 * @usage-kit/ui: the styled, themeable components. Import the CSS once:
 * `import '@usage-kit/ui/styles.css'`.
 */
// Types `--uk-*` variables in React's CSSProperties for every consumer (no runtime code).
export type * from './theme/css-properties.js'
export { KitRoot, type KitRootProps } from './primitives/KitRoot.js'
export {
  colorVariable,
  themeVariables,
  type ThemeColor,
  type UsageKitTheme,
} from './theme/tokens.js'
export { en as messagesEn, type MessageCatalog, type MessageKey } from './i18n/en.js'
export type { UsageKitLocale } from './i18n/locale.js'
export {
  formatMessage,
  useMessages,
  type MessageOverrides,
  type Translate,
} from './i18n/useMessages.js'
export { createFormatters, useFormatters, type Formatters } from './format/useFormatters.js'
export { describeError } from './primitives/describeError.js'
export {
  LedgerTable,
  DEFAULT_COLUMN_VISIBILITY,
  DEFAULT_SORTING,
  LEDGER_COLUMN_IDS,
} from './table/index.js'
export type {
  LedgerColumnId,
  LedgerColumnVisibility,
  LedgerSort,
  LedgerSortingState,
  LedgerTableProps,
  LedgerTableState,
  LedgerTableStateProps,
} from './table/index.js'
export { BalanceChart } from './chart/index.js'
export type {
  BalanceChartFill,
  BalanceChartLedger,
  BalanceChartPoint,
  BalanceChartProps,
  BalanceChartState,
} from './chart/index.js'
export { UsageChart } from './usage/index.js'
export type {
  UsageChartBucket,
  UsageChartGroup,
  UsageChartProps,
  UsageChartState,
} from './usage/index.js'
export { LedgerFilterBar, LEDGER_FILTER_CONTROLS } from './filters/index.js'
export type {
  CategoryInputMode,
  LedgerFilterBarProps,
  LedgerFilterControl,
} from './filters/index.js'
export {
  UsageHistory,
  USAGE_HISTORY_PARTS,
  DEFAULT_USAGE_HISTORY_PARTS,
  type UsageHistoryPart,
  type UsageHistoryChart,
  type UsageHistoryProps,
} from './history/index.js'
export { CreditGrants, type CreditGrantsLedger, type CreditGrantsProps } from './grants/index.js'
export {
  LedgerStatement,
  type LedgerStatementPeriod,
  type LedgerStatementProps,
} from './statement/index.js'
