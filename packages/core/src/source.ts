import type { LedgerEntry, Money, ProviderId } from './model.js'
import type { LedgerQuery } from './query.js'

/**
 * The query parts a provider can filter on its server. No billing provider searches text;
 * `search` is there for sources over a usage-kit endpoint (`createRemoteSource`), which run the
 * whole query next to the provider.
 */
export type ServerFilter = 'kinds' | 'from' | 'to' | 'categories' | 'search'

/**
 * The order a source's pages come in, where it is known. `'newest-first'` promises that the
 * pages of one walk are already filtered, de-duplicated and ordered newest first (ties by id)
 * across pages, as a usage-kit endpoint serves them. Only such a source is streamed page by
 * page; any other is read whole before its first page, since without the promise no page but
 * the last can be known to hold the newest entries.
 */
export type SourceOrder = 'newest-first'

/** How a provider pages: by offset, by 1-based page number, by cursor, or not at all. */
export type PaginationStyle = 'offset' | 'page' | 'cursor' | 'none'

/** What a source's provider can do, so the reader above it knows what is left to do locally. */
export interface SourceCapabilities {
  pagination: PaginationStyle
  /** The filters the provider applies server-side for any value (the reader re-checks them all). */
  filters: ReadonlyArray<ServerFilter>
  /** The largest page the provider serves in one request. */
  maxPageSize: number
  /**
   * Set to `'newest-first'` when pages already arrive filtered and ordered newest first across
   * pages. The reader then streams the source page by page instead of reading the whole
   * ledger before the first page (which it must do for an ascending cursor like Vayu's, and for
   * offset or page providers whose documents state no order, like Synap's and Lasso's), and an
   * empty page that still names a next page is a page cut short by the server's request budget,
   * not the end.
   * @default undefined (order unknown: the source is read whole, then ordered)
   */
  order?: SourceOrder
}

/** One provider request. */
export interface FetchPageRequest {
  pageSize: number
  /** Where to continue; undefined for the first page. */
  pageParam?: unknown
  query: LedgerQuery
  signal?: AbortSignal
}

/** One provider response, normalized. */
export interface LedgerPage {
  entries: LedgerEntry[]
  /** What to pass as `pageParam` for the next page; null at the end. */
  nextPageParam: unknown | null
  /** Entries the provider says match, across all pages; null where it does not say. */
  total: number | null
  /**
   * `false` from a source whose own read was cut short by a cap (a usage-kit endpoint over a
   * ledger larger than its cap); the reader passes it on to its pages.
   * @default undefined (nothing was cut)
   */
  complete?: boolean
}

/** The current balance, the anchor for reconstructed running balances. */
export interface BalanceSnapshot {
  credits: number | null
  money: Money | null
  /** When the provider computed it; null where it does not say. */
  asOf: string | null
}

/** One provider's credit ledger, behind one interface. */
export interface LedgerSource {
  /** Whose ledger this is; `'remote'` for a usage-kit endpoint (`createRemoteSource`). */
  provider: ProviderId | 'remote'
  /**
   * What makes this source's data different from another's: the provider, base URL, and
   * customer or contract. Cache keys are built from it, so it never holds a token or header.
   * Custom sources may leave it out; the hooks then key them by object identity.
   */
  key?: readonly string[]
  capabilities: SourceCapabilities
  /** Exactly one provider request, with the server-side filters the provider supports. */
  fetchPage(request: FetchPageRequest): Promise<LedgerPage>
  /** Where the provider documents a balance endpoint: the current balance. */
  fetchBalance?(request: { signal?: AbortSignal }): Promise<BalanceSnapshot>
}

/** Extra request headers: an object, or a function returning one (called per request). */
export type SourceHeaders =
  Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>)

/** Options every source factory takes. */
export interface SourceOptions {
  /**
   * Where the provider's API lives. In a browser this is usually the host app's own proxy path
   * (for example `/api/billing/monk`), because provider keys are server secrets.
   * @default the provider's documented production server
   */
  baseUrl?: string
  /**
   * Sent as `Authorization: Bearer <token>`. Leave it out when a proxy adds the credentials.
   * @default undefined (no Authorization header)
   */
  token?: string
  /**
   * Extra headers for every request (Vayu's `x-api-key`, Synap's `X-Client-ID`, ...).
   * @default {}
   */
  headers?: SourceHeaders
  /**
   * The fetch implementation, for tests or runtimes that need their own.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
  /**
   * How long one provider request may take, in milliseconds, from sending it until its body is
   * read and normalized; then it fails as a `LedgerError` of kind `'network'` whose
   * `providerMessage` says it timed out. The caller's own abort stays `'aborted'`. `0` or
   * `Infinity` waits as long as the caller's signal lets it.
   * @default 30000 (30 seconds)
   */
  timeoutMs?: number
}
