/**
 * @usage-kit/core: the credit-ledger model, one source per provider, the pagination reader,
 * exact totals, balance series and CSV export. No React, no DOM.
 */
export {
  ENTRY_KINDS,
  PROVIDER_IDS,
  type EntryKind,
  type InvoiceRef,
  type LedgerEntry,
  type Money,
  type ProviderId,
} from './model.js'
export {
  LedgerError,
  isLedgerError,
  RETRY_AFTER_LIMIT_MS,
  type LedgerErrorInit,
  type LedgerErrorKind,
} from './errors.js'
export type {
  BalanceSnapshot,
  FetchPageRequest,
  LedgerPage,
  LedgerSource,
  PaginationStyle,
  ServerFilter,
  SourceCapabilities,
  SourceHeaders,
  SourceOptions,
  SourceOrder,
} from './source.js'
export {
  applyQuery,
  createEntryMatcher,
  isQueryEmpty,
  normalizeQuery,
  type LedgerQuery,
} from './query.js'
export { compareNewestFirst, dedupeById, sortNewestFirst } from './order.js'
export { decimalPlaces } from './decimal.js'
export { creditCurrencyOf, creditUnitOf, ledgerCreditCurrency, type CreditUnit } from './units.js'
export { EARLIEST_UTC, LATEST_UTC, toUtcIso, toUtcIsoLoose } from './time.js'
export { zonedDayStart, zonedInstant, zonedWallAt, zoneOffsetAt } from './time/zoned.js'
export { MAX_AMOUNT, MAX_AMOUNT_DECIMALS } from './amount.js'
export { createMonkSource, type MonkSourceOptions } from './providers/monk/source.js'
export { createSynapSource, type SynapSourceOptions } from './providers/synap/source.js'
export { createVayuSource, type VayuSourceOptions } from './providers/vayu/source.js'
export { createNgrokSource, type NgrokSourceOptions } from './providers/ngrok/source.js'
export { createLassoSource, type LassoSourceOptions } from './providers/lasso/source.js'
export { createSource, type AnySourceOptions } from './providers/create-source.js'
export { createRemoteSource, type RemoteSourceOptions } from './remote/source.js'
export { createLedgerReader } from './reader/index.js'
export {
  createSnapshotCache,
  defaultSnapshotCache,
  DEFAULT_SNAPSHOT_CACHE_ENTRIES,
  type CachedSnapshot,
  type SnapshotCache,
  type SnapshotCacheOptions,
  type SnapshotLru,
} from './reader/cache.js'
export type {
  IndexedPage,
  LedgerReader,
  LedgerReaderOptions,
  ReadPageAtRequest,
  ReadPageRequest,
  ReaderPage,
  ReaderPageParam,
  StreamedParam,
  WholeLedgerParam,
  LedgerPosition,
} from './reader/types.js'
export { reconstructBalances, type BalanceAnchor } from './balance.js'
export { summarizeLedger, type LedgerSummary, type Totals } from './summary.js'
export {
  usageBreakdown,
  type UsageBreakdown,
  type UsageBucket,
  type UsageGroup,
} from './usage/breakdown.js'
export { type UsageBreakdownOptions, type UsageGroupBy } from './usage/options.js'
export { MAX_USAGE_BUCKETS, type UsageInterval, type WeekStart } from './usage/buckets.js'
export {
  balancePointAt,
  downsampleColumns,
  downsampleSeries,
  toBalanceColumns,
  toBalanceSeries,
  firstAtOrAfter,
  type BalanceColumns,
  type BalancePoint,
} from './series.js'
export {
  createBalanceSeries,
  type BalanceSeries,
  type BalanceSeriesStats,
} from './balanceSeries.js'
export {
  DEFAULT_CSV_COLUMNS,
  toCsv,
  type CsvColumn,
  type CsvColumnName,
  type CsvOptions,
  type CsvValue,
} from './csv.js'
export { readAll, type ReadAllOptions, type ReadAllResult } from './reader/read-all.js'
export { creditGrants } from './grants/creditGrants.js'
export { projectRunway } from './grants/runway.js'
export { ledgerStatement } from './grants/statement.js'
export { reconcileBalance } from './grants/reconcile.js'
export type {
  BalanceCheck,
  CreditGrant,
  CreditGrantsOptions,
  LedgerStatementOptions,
  Runway,
  RunwayOptions,
  RunwayPoint,
  StatementPeriod,
} from './grants/types.js'
