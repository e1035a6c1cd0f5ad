/**
 * Whole-ledger reads for every source that does not promise newest-first pages: providers that
 * return everything at once (Monk, ngrok), that page by an opaque cursor in ascending order
 * (Vayu), or by offset or page number in an order their documents leave open (Synap, Lasso).
 * The reader takes the whole ledger once, orders it newest first, reconstructs balances on the
 * unfiltered set, and serves pages as slices.
 */
import { reconstructBalances, type BalanceAnchor } from '../balance.js'
import { LedgerError } from '../errors.js'
import type { LedgerEntry } from '../model.js'
import { applyQuery, isQueryEmpty, type LedgerQuery } from '../query.js'
import { sortNewestFirst } from '../order.js'
import type { LedgerSource } from '../source.js'
import { createSharedReads } from './inflight.js'
import { readAnchor, sameParam } from './shared.js'

export interface SnapshotSettings extends ReadLimits {
  ttlMs: number
  balances: boolean
}

/** The ledger as the provider filtered it, ordered, and when it was read. */
interface Snapshot {
  readAt: number
  entries: LedgerEntry[]
  /** False when a cap stopped the read before the ledger ended. */
  complete: boolean
  /** The same entries under each client-side query asked of them, newest asked last. */
  filtered: Map<string, LedgerEntry[]>
}

const MAX_CACHED = 8

export function createSnapshotCache(source: LedgerSource, settings: SnapshotSettings) {
  const cache = new Map<string, Snapshot>()
  // A read in flight is as fresh as any: a table and a chart mounting together (each asking for
  // the whole ledger) share one provider read of a body that may hold 100,000 entries.
  const shared = createSharedReads<Snapshot>(source)

  /** Reads what the provider filters itself; the rest of a query is applied here, for free. */
  async function read(serverQuery: LedgerQuery, signal: AbortSignal): Promise<Snapshot> {
    // Balances can be reconstructed only on the whole, unfiltered ledger.
    const anchorWanted = settings.balances && isQueryEmpty(serverQuery)
    const [all, anchor] = await Promise.all([
      fetchAll(source, serverQuery, settings, signal),
      anchorWanted ? readAnchor(source, signal) : Promise.resolve(null),
    ])
    let ordered = sortNewestFirst(all.entries)
    // A cut read has holes at an end the anchor may stand on (the current balance sits at the
    // newest end an ascending cursor lost): no balances are better than wrong ones.
    if (anchorWanted && all.complete) {
      const from: BalanceAnchor | null =
        anchor ?? (source.capabilities.filters.length === 0 ? { type: 'origin' } : null)
      if (from) ordered = reconstructBalances(ordered, from)
    }
    return { readAt: Date.now(), entries: ordered, complete: all.complete, filtered: new Map() }
  }

  return {
    /** The snapshot for a query: a fresh read when asked or when the cached one is stale. */
    async get(
      query: LedgerQuery,
      signal: AbortSignal | undefined,
      fresh: boolean,
    ): Promise<{ entries: LedgerEntry[]; complete: boolean }> {
      const serverQuery = serverPart(source, query)
      const key = JSON.stringify(serverQuery)
      let snapshot = cache.get(key)
      if (fresh || !snapshot || Date.now() - snapshot.readAt >= settings.ttlMs) {
        snapshot = await shared.join(key, signal, (flight) => read(serverQuery, flight))
        if (cache.get(key) !== snapshot) {
          cache.delete(key)
          cache.set(key, snapshot)
          if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string)
        }
      }
      return { entries: filteredView(snapshot, query), complete: snapshot.complete }
    },
  }
}

/** The snapshot under the whole query, computed once per query (pages of one walk reuse it). */
function filteredView(snapshot: Snapshot, query: LedgerQuery): LedgerEntry[] {
  if (isQueryEmpty(query)) return snapshot.entries
  const key = JSON.stringify(query)
  let entries = snapshot.filtered.get(key)
  if (!entries) {
    entries = applyQuery(snapshot.entries, query)
    snapshot.filtered.set(key, entries)
    if (snapshot.filtered.size > MAX_CACHED) {
      snapshot.filtered.delete(snapshot.filtered.keys().next().value as string)
    }
  }
  return entries
}

/** The parts of a (normalized) query the provider applies itself: the only ones worth a request. */
function serverPart(source: LedgerSource, query: LedgerQuery): LedgerQuery {
  const filters: readonly string[] = source.capabilities.filters
  return Object.fromEntries(Object.entries(query).filter(([part]) => filters.includes(part)))
}

/** What one whole-ledger read gathered: distinct entries, and whether it reached the end. */
interface WholeRead {
  entries: LedgerEntry[]
  complete: boolean
}

export interface ReadLimits {
  maxEntries: number
  maxRequests: number
}

/**
 * Full passes over a paged provider before a read that came up short of the provider's own
 * `total` fails. One is enough for any order that holds still between requests; a second is
 * read only after a short one (an order that moved once, say while the provider re-indexed).
 */
const MAX_PASSES = 2

/**
 * Every page of the source, de-duplicated by id, following page params with loop guards.
 *
 * Paged providers are checked against their own `total`, where they report one (Synap, Lasso,
 * and Vayu's list convention; their documents define it as the number of matching entries): a
 * pass over a stable order, whatever order that is and with entries inserted anywhere meanwhile
 * (which only repeats rows), sees every entry that existed when it began, so at least as many
 * distinct ids as the smallest `total` the provider reported during the pass. Fewer means rows
 * moved between requests (an order that is not stable, or a page that skipped rows). The read
 * passes again, keeping what it has; still short, it fails with a LedgerError rather than hand
 * over a ledger with holes. (No weaker test can tell holes from a provider that merely counts
 * wrong: a pass that brings nothing new happens by chance too.)
 */
export async function fetchAll(
  source: LedgerSource,
  query: LedgerQuery,
  limits: ReadLimits,
  signal: AbortSignal | undefined,
): Promise<WholeRead> {
  const byId = new Map<string, LedgerEntry>()
  // One response is the whole ledger: nothing can move between requests.
  const counted = source.capabilities.pagination !== 'none'
  let requests = 0
  const cut = (): WholeRead => ({ entries: [...byId.values()], complete: false })
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Params as JSON (`sameParam`'s equality), so the loop guard stays cheap over 20,000 pages.
    const seenParams = new Set<string>()
    let pageParam: unknown = undefined
    let lowestTotal = Infinity
    for (;;) {
      if (requests >= limits.maxRequests) return cut()
      requests++
      const page = await source.fetchPage({
        pageSize: source.capabilities.maxPageSize,
        pageParam,
        query,
        signal,
      })
      if (page.total !== null) lowestTotal = Math.min(lowestTotal, page.total)
      for (const entry of page.entries) {
        if (byId.has(entry.id)) continue
        if (byId.size >= limits.maxEntries) return cut()
        byId.set(entry.id, entry)
      }
      // A source over another cut read (a usage-kit endpoint) passes the cut on.
      if (page.complete === false) return cut()
      const next = page.nextPageParam
      if (next === null || page.entries.length === 0) break
      const key = JSON.stringify(next)
      if (sameParam(next, pageParam) || seenParams.has(key)) break
      seenParams.add(key)
      pageParam = next
    }
    if (!counted || lowestTotal === Infinity || byId.size >= lowestTotal) {
      return { entries: [...byId.values()], complete: true }
    }
  }
  throw new LedgerError({
    kind: 'server',
    provider: source.provider,
    providerMessage:
      `the provider's pages kept moving: ${MAX_PASSES} full passes held ${byId.size} ` +
      `distinct entries, fewer than the total it reported`,
  })
}
