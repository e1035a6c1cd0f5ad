import type { LedgerEntry } from '../model.js'
import type { LedgerQuery } from '../query.js'
import type { SnapshotCache } from './cache.js'
import type { ReaderPageParam } from './page-param.js'

export type {
  LedgerPosition,
  ReaderPageParam,
  StreamedParam,
  WholeLedgerParam,
} from './page-param.js'

/** One page as the reader gives it: filtered, de-duplicated, newest first. */
export interface ReaderPage {
  entries: LedgerEntry[]
  /** Pass back as `pageParam` for the next page; null at the end. */
  nextPageParam: ReaderPageParam | null
  /** Entries matching the whole query, where known. */
  total: number | null
  /**
   * `false` when the read behind this page was cut short by a cap (`maxSnapshotEntries`,
   * `maxSnapshotRequests`, or an endpoint's own cap): the walk then holds only part of the
   * ledger, and `total` counts only that part. Past `maxSnapshotEntries` the part is the newest N
   * entries, whatever order the provider pages in (an oldest-first Vayu cursor is read to its end
   * and its oldest entries dropped); past `maxSnapshotRequests` it is the newest of the entries
   * read before the cap. The default caps take a ledger of more than 1,000,000 entries to cut.
   * Absent (or `true`) when nothing was cut.
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
   * For a whole-ledger source: ignore the cached read and ask the provider again (a user's
   * refresh). Left out, a page under any filter is served from the one read of the ledger cached
   * within `snapshotTtlMs`: a new filter needs no new read.
   * @default false
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
   * Ignore the cached whole-ledger read and ask the provider again (a user's refresh). Left out,
   * a page under any filter is served from the read cached within `snapshotTtlMs`.
   * @default false
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
   * with more is still read to its end, in whatever order the provider pages (an oldest-first
   * cursor like Vayu's has its newest entries last), and the newest N entries are kept (memory
   * stays under about 1.25 N while reading); its pages say `complete: false`.
   * @default 1000000
   */
  maxSnapshotEntries?: number
  /**
   * The most provider requests one whole-ledger read makes, against cursors or pages that never
   * end. Past it the read stops with `complete: false`, keeping the newest of what it read (for an
   * oldest-first cursor, not the newest of the ledger: raise it for ledgers that long).
   * @default twice the requests `maxSnapshotEntries` takes at the source's `maxPageSize`, plus 10
   * (room for a provider that serves short or repeated pages): 2,010 for Vayu, 20,010 for Lasso
   */
  maxSnapshotRequests?: number
  /**
   * How long one whole-ledger read serves every page and every filter before it is read again;
   * an expired read is dropped from the cache, not just ignored. A request with `fresh: true` (a
   * user's refresh) reads again sooner.
   * @default 60000
   */
  snapshotTtlMs?: number
  /**
   * Where whole-ledger reads are kept. By default every reader in the process shares one LRU
   * with one budget (`defaultSnapshotCache`, 500,000 entries; change it with
   * `defaultSnapshotCache.resize(n)`), so one endpoint per customer cannot hold every customer's
   * ledger at once. Pass `createSnapshotCache({ maxEntries })` for a budget of this reader's own,
   * or any `SnapshotCache` to bring your own store. Each reader's keys are its own: two readers
   * never serve each other's reads, whatever their sources' keys.
   * @default defaultSnapshotCache
   */
  cache?: SnapshotCache
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
