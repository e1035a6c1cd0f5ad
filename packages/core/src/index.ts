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
  errorKindForStatus,
  parseRetryAfter,
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
export { cumulativeExact, decimalPlaces, subtractExact, sumExact } from './decimal.js'
export { toUtcIso, toUtcIsoLoose } from './time.js'
export {
  createMonkSource,
  MONK_DEFAULT_BASE_URL,
  type MonkSourceOptions,
} from './providers/monk/source.js'
export {
  createSynapSource,
  SYNAP_DEFAULT_BASE_URL,
  type SynapSourceOptions,
} from './providers/synap/source.js'
export {
  createVayuSource,
  VAYU_DEFAULT_BASE_URL,
  type VayuSourceOptions,
} from './providers/vayu/source.js'
export {
  createNgrokSource,
  NGROK_DEFAULT_BASE_URL,
  type NgrokSourceOptions,
} from './providers/ngrok/source.js'
export {
  createLassoSource,
  LASSO_DEFAULT_BASE_URL,
  type LassoSourceOptions,
} from './providers/lasso/source.js'
export { createSource, type AnySourceOptions } from './providers/create-source.js'
export { createRemoteSource, type RemoteSourceOptions } from './remote/source.js'
export { createLedgerReader } from './reader/index.js'
export type {
  IndexedPage,
  LedgerReader,
  LedgerReaderOptions,
  ReadPageAtRequest,
  ReadPageRequest,
  ReaderPage,
  ReaderPageParam,
} from './reader/types.js'
export { reconstructBalances, type BalanceAnchor } from './balance.js'
export { summarizeLedger, type LedgerSummary, type Totals } from './summary.js'
export {
  balancePointAt,
  downsampleColumns,
  downsampleSeries,
  toBalanceColumns,
  toBalanceSeries,
  type BalanceColumns,
  type BalancePoint,
} from './series.js'
export {
  csvCell,
  DEFAULT_CSV_COLUMNS,
  minorToDecimal,
  toCsv,
  type CsvColumn,
  type CsvColumnName,
  type CsvValue,
} from './csv.js'
export { readAll, type ReadAllOptions, type ReadAllResult } from './reader/read-all.js'
