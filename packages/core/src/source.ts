import type { LedgerEntry, Money, ProviderId } from './model.js'
import type { LedgerQuery } from './query.js'

/** The query parts a provider can filter on its server. */
export type ServerFilter = 'kinds' | 'from' | 'to' | 'categories'

/** How a provider pages: by offset, by 1-based page number, by cursor, or not at all. */
export type PaginationStyle = 'offset' | 'page' | 'cursor' | 'none'

/** What a source's provider can do, so the reader above it knows what is left to do locally. */
export interface SourceCapabilities {
  pagination: PaginationStyle
  /** The filters the provider applies server-side for any value (the reader re-checks them all). */
  filters: ReadonlyArray<ServerFilter>
  /** The largest page the provider serves in one request. */
  maxPageSize: number
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
  provider: ProviderId
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
}
