import type { LedgerEntry } from '../model.js'
import type { LedgerQuery } from '../query.js'

/**
 * Where the next reader page starts. Plain JSON, so it can sit in a react-query cache, and
 * idempotent: reading the same param twice gives the same page.
 */
export interface ReaderPageParam {
  /** The source's own page param to request next (offset, page number or cursor). */
  source?: unknown
  /**
   * The last entry already examined. The next page holds only entries older than it, which is
   * what keeps a walk free of duplicates when new entries shift offsets while it pages.
   */
  after?: { occurredAt: string; id: string }
  /** The provider page size of this walk: page numbers only mean something for one size. */
  limit?: number
  /** The running balance after the next entry to examine, where a balance chain is known. */
  balance?: number | null
}

/** One page as the reader gives it: filtered, de-duplicated, newest first. */
export interface ReaderPage {
  entries: LedgerEntry[]
  /** Pass back as `pageParam` for the next page; null at the end. */
  nextPageParam: ReaderPageParam | null
  /** Entries matching the whole query, where known. */
  total: number | null
  /**
   * `false` when the read behind this page was cut short by a cap (`maxSnapshotEntries`,
   * `maxSnapshotRequests`, or an endpoint's own cap): the walk then holds only the entries read
   * before the cap, and `total` counts only those. For an oldest-first provider (a Vayu cursor)
   * these are the oldest entries; the default cap is large enough that this takes a ledger of
   * more than 1,000,000 entries. Absent (or `true`) when nothing was cut.
   */
  complete?: boolean
}

/** A page read by index (offset-style access), with how many pages there are where known. */
export interface IndexedPage extends ReaderPage {
  pageIndex: number
  pageCount: number | null
}

export interface ReadPageRequest {
  query?: LedgerQuery
  /** Entries per page; the reader fills short pages when client-side filtering thins them. */
  pageSize: number
  pageParam?: ReaderPageParam | null
  signal?: AbortSignal
  /**
   * For the first page of a whole-ledger source: ignore the cached snapshot and ask the provider
   * again (a user's refresh). A new filter over a cached ledger needs no new read.
   * @default true for the first page (pageParam null), false for the pages after it
   */
  fresh?: boolean
}

export interface ReadPageAtRequest {
  query?: LedgerQuery
  pageSize: number
  /** Zero-based page index. */
  pageIndex: number
  signal?: AbortSignal
  /**
   * Ignore cached whole-ledger snapshots and ask the provider again (a user's refresh).
   * @default true for page 0, false for the others
   */
  fresh?: boolean
}

export interface LedgerReaderOptions {
  /**
   * The most provider requests one page may make while filling itself; the page then ends short
   * and the walk continues from where it stopped.
   * @default 10
   */
  maxRequestsPerPage?: number
  /**
   * The most entries a whole-ledger read holds (every source that does not declare a
   * newest-first order is read whole before its first page, see `createLedgerReader`). A ledger
   * with more is read up to it and its pages say `complete: false`; an oldest-first cursor is
   * then cut at its newest end, so the default leaves room for 1,000,000 entries.
   * @default 1000000
   */
  maxSnapshotEntries?: number
  /**
   * The most provider requests one whole-ledger read makes, against cursors or pages that never
   * end. Past it the read stops with `complete: false`.
   * @default twice the requests `maxSnapshotEntries` takes at the source's `maxPageSize`, plus 10
   * (room for a provider that serves short or repeated pages): 2,010 for Vayu, 20,010 for Lasso
   */
  maxSnapshotRequests?: number
  /**
   * How long a whole-ledger snapshot (unpaginated and cursor providers) serves later pages
   * before it is read again.
   * @default 60000
   */
  snapshotTtlMs?: number
  /**
   * Reconstruct `balanceAfter` from the provider's current balance or the full history where the
   * provider sends none.
   * @default true
   */
  reconstructBalances?: boolean
}

/** Reads any source page by page or by index, with filtering, page filling, dedupe and order. */
export interface LedgerReader {
  /** Reads the page after `pageParam` (the first page when it is absent): infinite access. */
  readPage(request: ReadPageRequest): Promise<ReaderPage>
  /** Reads the page at `pageIndex`: offset access, over every pagination style. */
  readPageAt(request: ReadPageAtRequest): Promise<IndexedPage>
}
