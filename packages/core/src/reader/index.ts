import { LedgerError, toLedgerError } from '../errors.js'
import { boundedMapSet } from '../internal/bounded-map.js'
import { normalizeQuery, type LedgerQuery } from '../query.js'
import type { LedgerSource } from '../source.js'
import { serverCovers } from './shared.js'
import { defaultSnapshotCache } from './cache.js'
import { wholeLedgerParam } from './page-param.js'
import { createSnapshotReads } from './snapshot.js'
import { readStreamedPage } from './stream.js'
import { countedTotal, pageCountFor, pageCountOf, type Walk } from './walk.js'
import type {
  IndexedPage,
  LedgerPosition,
  LedgerReader,
  LedgerReaderOptions,
  ReaderPage,
  ReaderPageParam,
  StreamedParam,
} from './types.js'

const MAX_WALKS = 20

/**
 * The one reader above every source: applies the query parts a provider cannot apply, fills pages
 * that client-side filtering thins, stops on empty or repeated pages, de-duplicates by id and
 * orders newest first (ties by id). Pages come by param (infinite) or by index (offset), over every
 * pagination style, including cursor and unpaginated providers.
 */
export function createLedgerReader(
  source: LedgerSource,
  options: LedgerReaderOptions = {},
): LedgerReader {
  const { pagination, order, maxPageSize } = source.capabilities
  const {
    maxRequestsPerPage = 10,
    maxSnapshotEntries = 1_000_000,
    maxSnapshotRequests = 2 * Math.ceil(maxSnapshotEntries / Math.max(1, maxPageSize)) + 10,
    snapshotTtlMs = 60_000,
    reconstructBalances = true,
    cache = defaultSnapshotCache,
  } = options
  // Only a source that promises newest-first pages (a usage-kit endpoint) can be streamed: its
  // first page is the newest entries. Any other order, documented or not, is read whole first:
  // - an ascending cursor (Vayu) has its newest entry on its last page;
  // - offset and page providers whose documents state no order (Synap, Lasso): a page is a slice
  //   of the provider's order, not of newest-first, so until every page up to `total` is read
  //   no page can be known to hold the newest entries (served in any other order, a streamed
  //   walk skips the entries it took for already passed). Detecting the order from the first
  //   pages cannot help either: a first reader page handed out before the order is disproved
  //   cannot be taken back. The whole read asks for the largest pages the provider serves (a
  //   1,000-entry Synap ledger is still one request), later pages and every client-side filter
  //   come from the cached read, and it checks itself against the provider's `total`.
  const whole = pagination === 'none' || order !== 'newest-first'
  const snapshots = createSnapshotReads(source, {
    maxEntries: maxSnapshotEntries,
    maxRequests: maxSnapshotRequests,
    ttlMs: snapshotTtlMs,
    balances: reconstructBalances,
    cache,
  })
  const streamSettings = { maxRequestsPerPage, balances: reconstructBalances }
  // Offset access over a filtered stream walks pages in order; known params let it resume.
  const walks = new Map<string, Walk>()

  /** The request's query, normalized; a bad page size or query is an `invalid_request`. */
  const queryOf = (request: { query?: LedgerQuery; pageSize: number }): LedgerQuery => {
    if (!Number.isInteger(request.pageSize) || request.pageSize < 1) {
      throw new LedgerError({
        kind: 'invalid_request',
        provider: source.provider,
        providerMessage: `pageSize must be a positive integer, got ${request.pageSize}`,
      })
    }
    try {
      return normalizeQuery(request.query)
    } catch (error) {
      throw toLedgerError(error, source.provider, 'invalid_request')
    }
  }

  async function readPage(
    query: LedgerQuery,
    pageSize: number,
    param: ReaderPageParam | null,
    signal: AbortSignal | undefined,
    fresh: boolean,
  ): Promise<ReaderPage> {
    // A whole-ledger page reads only `after` (a streamed param's `after` is a position too).
    if (!whole) return readStreamedPage(source, query, pageSize, param, signal, streamSettings)
    const { entries, complete } = await snapshots.get(query, signal, fresh)
    const start = param?.after ? firstOlderThan(entries, param.after) : 0
    const page = entries.slice(start, start + pageSize)
    const last = page[page.length - 1]
    const more = start + pageSize < entries.length && last !== undefined
    return {
      entries: page,
      nextPageParam: more ? wholeLedgerParam(last) : null,
      total: entries.length,
      ...(complete ? {} : { complete: false }),
    }
  }

  return {
    async readPage(request) {
      const query = queryOf(request)
      const param = request.pageParam ?? null
      // Fresh only when asked (a user's refresh): a first page under a new filter is served
      // from the read cached within `snapshotTtlMs`, not a new read of the whole ledger.
      return guard(source, () =>
        readPage(query, request.pageSize, param, request.signal, request.fresh ?? false),
      )
    },

    async readPageAt(request) {
      const query = queryOf(request)
      const { pageSize, pageIndex, signal } = request
      return guard(source, async (): Promise<IndexedPage> => {
        if (whole) {
          const { entries, complete } = await snapshots.get(query, signal, request.fresh ?? false)
          return {
            entries: entries.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
            nextPageParam: null,
            total: entries.length,
            ...(complete ? {} : { complete: false }),
            pageIndex,
            pageCount: pageCountFor(entries.length, pageSize),
          }
        }
        // A cursor cannot be computed from an index; streamed cursors walk from a known page.
        if (
          pagination !== 'cursor' &&
          serverCovers(source, query) &&
          pageSize <= source.capabilities.maxPageSize
        ) {
          return readDirect(query, pageSize, pageIndex, signal)
        }
        return readWalking(query, pageSize, pageIndex, signal)
      })
    },
  }

  /** Offset and page providers that filter everything themselves: one request per index. */
  async function readDirect(
    query: LedgerQuery,
    pageSize: number,
    pageIndex: number,
    signal: AbortSignal | undefined,
  ): Promise<IndexedPage> {
    const walk = walkFor(query, pageSize)
    const known = walk.params[pageIndex]
    const sourceParam = pagination === 'page' ? pageIndex + 1 : pageIndex * pageSize
    // The param the page before handed over, where known, carries the last entry seen, so rows
    // shifted down by new entries are not shown twice; a jump computes the offset instead.
    const param: StreamedParam | null =
      pageIndex === 0
        ? null
        : (known ?? {
            source: sourceParam,
            limit: pageSize,
          })
    const page = await readStreamedPage(source, query, pageSize, param, signal, {
      maxRequestsPerPage: 1,
      balances: reconstructBalances && (pageIndex === 0 || known?.balance != null),
    })
    if (page.nextPageParam) walk.params[pageIndex + 1] = page.nextPageParam
    const total = page.total ?? (pageIndex === 0 ? null : walk.total)
    if (pageIndex === 0) walk.total = page.total
    return {
      ...page,
      total,
      pageIndex,
      pageCount: pageCountFor(total, pageSize),
    }
  }

  /** Client-side filtering: pages are found by walking from the nearest page already known. */
  async function readWalking(
    query: LedgerQuery,
    pageSize: number,
    pageIndex: number,
    signal: AbortSignal | undefined,
  ): Promise<IndexedPage> {
    const walk = walkFor(query, pageSize)
    let index = pageIndex
    while (index > 0 && walk.params[index] === undefined) index--
    if (walk.lastIndex !== null && pageIndex > walk.lastIndex)
      index = Math.min(index, walk.lastIndex)
    for (;;) {
      const page = await readFullPage(query, pageSize, walk.params[index] ?? null, signal)
      walk.params[index + 1] = page.nextPageParam
      walk.counts[index] = page.entries.length
      if (index === 0) walk.total = page.total
      // A filtered walk only learns it has ended by reading past the last match; an empty
      // final page is not a page the user should be offered.
      if (page.nextPageParam === null)
        walk.lastIndex = page.entries.length === 0 && index > 0 ? index - 1 : index
      if (index === pageIndex || page.nextPageParam === null) {
        return {
          ...page,
          entries: index === pageIndex ? page.entries : [],
          total: walk.total ?? countedTotal(walk),
          pageIndex,
          pageCount: pageCountOf(walk, pageSize),
        }
      }
      index++
    }
  }

  /**
   * A page by index must be full unless it is the last, or page counts would drift; a page cut
   * short by the request cap is topped up from where it stopped.
   */
  async function readFullPage(
    query: LedgerQuery,
    pageSize: number,
    start: ReaderPageParam | null,
    signal: AbortSignal | undefined,
  ): Promise<ReaderPage> {
    // Only streamed sources walk here, so freshness (a snapshot matter) does not arise.
    const first = await readPage(query, pageSize, start, signal, false)
    const entries = first.entries.slice()
    const more: ReaderPage[] = []
    let next = first.nextPageParam
    while (next !== null && entries.length < pageSize) {
      const page = await readPage(query, pageSize - entries.length, next, signal, false)
      more.push(page)
      entries.push(...page.entries)
      next = page.nextPageParam
    }
    const complete = first.complete !== false && more.every((page) => page.complete !== false)
    return { entries, nextPageParam: next, total: first.total, ...(complete ? {} : { complete }) }
  }

  /** What offset access knows of one (query, page size). */
  function walkFor(query: LedgerQuery, pageSize: number): Walk {
    const key = `${pageSize}|${JSON.stringify(query)}`
    let walk = walks.get(key)
    if (!walk) {
      walk = { params: [null], counts: [], lastIndex: null, total: null }
      boundedMapSet(walks, key, walk, MAX_WALKS)
    }
    return walk
  }
}

/** Index of the first entry strictly older than `after` in a newest-first list. */
function firstOlderThan(entries: readonly LedgerPosition[], after: LedgerPosition): number {
  let low = 0
  let high = entries.length
  while (low < high) {
    const mid = (low + high) >>> 1
    const entry = entries[mid] as LedgerPosition
    const newerOrSame =
      entry.occurredAt > after.occurredAt ||
      (entry.occurredAt === after.occurredAt && entry.id >= after.id)
    if (newerOrSame) low = mid + 1
    else high = mid
  }
  return low
}

/** Anything thrown below that is not already a LedgerError becomes one, never an untyped throw. */
async function guard<T>(source: LedgerSource, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    throw toLedgerError(error, source.provider, 'network')
  }
}
