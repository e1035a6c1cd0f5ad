/**
 * @usage-kit/react: headless hooks over @usage-kit/core. Thin bindings to react-query; every rule
 * about ledgers lives in core.
 */
export {
  UsageKitProvider,
  useUsageKit,
  useOptionalUsageKit,
  type UsageKitDateLocale,
  type UsageKitMessages,
  type UsageKitProviderProps,
  type UsageKitSettings,
  type UsageKitThemeInput,
} from './provider/UsageKitProvider.js'
export {
  useLedger,
  type InfiniteLedgerResult,
  type LedgerPagination,
  type LedgerResult,
  type LedgerResultBase,
  type OffsetLedgerResult,
  type UseLedgerOptions,
} from './ledger/useLedger.js'
export {
  DEFAULT_PAGE_SIZE,
  ledgerInfiniteQueryOptions,
  ledgerQueryOptions,
  type LedgerOptionsInput,
} from './ledger/options.js'
export { LEDGER_KEY_ROOT, sourceKey } from './ledger/keys.js'
export {
  createUsageKitQueryClient,
  ledgerRetryDelay,
  MAX_RETRIES,
  MAX_RETRY_AFTER_MS,
  shouldRetryLedger,
} from './ledger/retry.js'
export { useBalanceSeries, type UseBalanceSeriesOptions } from './derived/useBalanceSeries.js'
export { useLedgerTotals, type LedgerTotals } from './derived/useLedgerTotals.js'
export { useCreditGrants, type UseCreditGrantsOptions } from './derived/useCreditGrants.js'
export { useRunway, type UseRunwayOptions } from './derived/useRunway.js'
export { useLedgerStatement, type UseLedgerStatementOptions } from './derived/useLedgerStatement.js'
export {
  useBalanceCheck,
  type BalanceCheckState,
  type UseBalanceCheckOptions,
} from './derived/useBalanceCheck.js'
export {
  useUsageBreakdown,
  type UsageBreakdownState,
  type UseUsageBreakdownOptions,
} from './derived/useUsageBreakdown.js'
export {
  CYCLE_PRESETS,
  cycleAnchorDay,
  cycleRange,
  DATE_PRESETS,
  presetForRange,
  queryFromSearch,
  rangeForPreset,
  rangeKey,
  searchWithQuery,
  useLedgerFilters,
  wholeDaysRange,
  type CycleAnchor,
  type CycleContext,
  type CyclePreset,
  type DatePreset,
  type DateRange,
  type LedgerFilters,
  type LedgerNarrowing,
  type PresetContext,
  type PresetMatchOptions,
  type RangePreset,
  type UseLedgerFiltersOptions,
} from './filters/index.js'
export {
  useLedgerSet,
  type LedgerSetResult,
  type UseLedgerSetOptions,
} from './ledger/useLedgerSet.js'
export {
  useControllableState,
  type ControllableUpdate,
  type UseControllableStateOptions,
} from './state/useControllableState.js'
export { useIsomorphicLayoutEffect } from './internal/useIsomorphicLayoutEffect.js'
export { zonedDayStart, zonedInstant, zonedWallAt, zoneOffsetAt } from './time/zonedTime.js'
