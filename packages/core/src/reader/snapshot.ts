/**
 * Whole-ledger reads for providers that return everything at once (Monk, ngrok) or page only by
 * an opaque cursor in ascending order (Vayu). The reader takes the whole ledger once, orders it
 * newest first, reconstructs balances on the unfiltered set, and serves pages as slices.
 */
import { reconstructBalances, type BalanceAnchor } from '../balance.js'
import type { LedgerEntry } from '../model.js'
import { applyQuery, isQueryEmpty, type LedgerQuery } from '../query.js'
import { dedupeById, sortNewestFirst } from '../order.js'
import type { LedgerSource } from '../source.js'
import { createSharedReads } from './inflight.js'
import { readAnchor, sameParam } from './shared.js'

export interface SnapshotSettings {
  maxRequests: number
  ttlMs: number
  balances: boolean
}

/** The ledger as the provider filtered it, ordered, and when it was read. */
interface Snapshot {
  readAt: number
  entries: LedgerEntry[]
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
      fetchAll(source, serverQuery, settings.maxRequests, signal),
      anchorWanted ? readAnchor(source, signal) : Promise.resolve(null),
    ])
    let ordered = sortNewestFirst(dedupeById(all))
    if (anchorWanted) {
      const from: BalanceAnchor | null =
        anchor ?? (source.capabilities.filters.length === 0 ? { type: 'origin' } : null)
      if (from) ordered = reconstructBalances(ordered, from)
    }
    return { readAt: Date.now(), entries: ordered, filtered: new Map() }
  }

  return {
    /** The snapshot for a query: a fresh read when asked or when the cached one is stale. */
    async get(
      query: LedgerQuery,
      signal: AbortSignal | undefined,
      fresh: boolean,
    ): Promise<LedgerEntry[]> {
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
      return filteredView(snapshot, query)
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

/** Every page of the source, following cursors with loop guards. */
async function fetchAll(
  source: LedgerSource,
  query: LedgerQuery,
  maxRequests: number,
  signal: AbortSignal | undefined,
): Promise<LedgerEntry[]> {
  const all: LedgerEntry[] = []
  const seenParams: unknown[] = []
  let pageParam: unknown = undefined
  for (let requests = 0; requests < maxRequests; requests++) {
    const page = await source.fetchPage({
      pageSize: source.capabilities.maxPageSize,
      pageParam,
      query,
      signal,
    })
    for (const entry of page.entries) all.push(entry)
    const next = page.nextPageParam
    if (next === null || page.entries.length === 0) break
    if (sameParam(next, pageParam) || seenParams.some((seen) => sameParam(seen, next))) break
    seenParams.push(next)
    pageParam = next
  }
  return all
}
