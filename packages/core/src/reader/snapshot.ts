/**
 * Whole-ledger reads for every source that does not promise newest-first pages: providers that
 * return everything at once (Monk, ngrok), that page by an opaque cursor in ascending order
 * (Vayu), or by offset or page number in an order their documents leave open (Synap, Lasso).
 * The reader takes the whole, unfiltered ledger once, orders it newest first, reconstructs
 * balances on it, and serves every filter and every page from that one read while it is fresh
 * (issue 14, item 13), kept in a `SnapshotCache` with a process-wide budget (item 12).
 */
import { reconstructBalancesInSlices, type BalanceAnchor } from '../balance.js'
import { boundedMapSet } from '../internal/bounded-map.js'
import type { LedgerEntry } from '../model.js'
import { applyQuery, isQueryEmpty, type LedgerQuery } from '../query.js'
import { sortNewestFirst } from '../order.js'
import type { LedgerSource } from '../source.js'
import type { CachedSnapshot, SnapshotCache } from './cache.js'
import { createSharedReads } from './inflight.js'
import { readAnchor } from './shared.js'
import { fetchAll, type ReadLimits } from './whole-read.js'

export { fetchAll } from './whole-read.js'

export interface SnapshotSettings extends ReadLimits {
  ttlMs: number
  balances: boolean
  cache: SnapshotCache
}

/** Filtered views per query, for pages of one walk; kept beside a snapshot, never in the store. */
const views = new WeakMap<CachedSnapshot, Map<string, LedgerEntry[]>>()

const MAX_VIEWS = 8

/** Numbers readers apart in cache keys: a reader's reads are its own (see `snapshotKey`). */
let readers = 0

export function createSnapshotReads(source: LedgerSource, settings: SnapshotSettings) {
  const { cache } = settings
  // Keys belong to this reader, not to `source.key`: several sources share a key (Synap's and
  // Lasso's are the provider and base URL, whatever the credentials), and a process-wide cache
  // keyed by it would serve one customer's ledger to another. A reader also starts from the
  // provider, as before (a new react-query client reads again); `source.key` is in the key only
  // so a host's store can tell whose ledger an entry is.
  const prefix = `${++readers}|${JSON.stringify(source.key ?? [source.provider])}|`
  // A read in flight is as fresh as any: a table and a chart mounting together (each asking for
  // the whole ledger) share one provider read of a body that may hold 100,000 entries.
  const shared = createSharedReads<CachedSnapshot>(source)

  /** Reads what the provider filters itself (usually nothing: the whole ledger), and caches it. */
  async function read(
    key: string,
    serverQuery: LedgerQuery,
    signal: AbortSignal,
  ): Promise<CachedSnapshot> {
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
      // In slices: copying 100,000 entries with their balances blocked a server for 100-250 ms.
      if (from) ordered = await reconstructBalancesInSlices(ordered, from, signal)
    }
    const readAt = Date.now()
    const snapshot: CachedSnapshot = {
      entries: ordered,
      complete: all.complete,
      readAt,
      expiresAt: readAt + settings.ttlMs,
    }
    cache.set(key, snapshot)
    return snapshot
  }

  /** The read under `serverQuery`: the cached one while fresh, unless a fresh one is asked for. */
  async function snapshotFor(
    serverQuery: LedgerQuery,
    signal: AbortSignal | undefined,
    fresh: boolean,
  ): Promise<CachedSnapshot> {
    const key = prefix + JSON.stringify(serverQuery)
    const cached = fresh ? undefined : cache.get(key)
    // A host's store may hand back what it has not dropped yet.
    if (cached && cached.expiresAt > Date.now()) return cached
    return shared.join(key, signal, (flight) => read(key, serverQuery, flight))
  }

  return {
    /** The entries matching `query`, from the cached read or a fresh one (when asked or stale). */
    async get(
      query: LedgerQuery,
      signal: AbortSignal | undefined,
      fresh: boolean,
    ): Promise<{ entries: readonly LedgerEntry[]; complete: boolean }> {
      // Every filter is applied here, on one read of the whole ledger: a new filter costs no
      // request, where asking the provider to filter would read the ledger again per filter.
      let snapshot = await snapshotFor({}, signal, fresh)
      // Only when the whole read was cut by a cap can the provider's own filter do better: it
      // may fit a date range the cap left out.
      const serverQuery = serverPart(source, query)
      if (!snapshot.complete && !isQueryEmpty(serverQuery)) {
        snapshot = await snapshotFor(serverQuery, signal, fresh)
      }
      return { entries: filteredView(snapshot, query), complete: snapshot.complete }
    },
  }
}

/** The snapshot under the whole query, computed once per query (pages of one walk reuse it). */
function filteredView(snapshot: CachedSnapshot, query: LedgerQuery): readonly LedgerEntry[] {
  if (isQueryEmpty(query)) return snapshot.entries
  let byQuery = views.get(snapshot)
  if (!byQuery) {
    byQuery = new Map()
    views.set(snapshot, byQuery)
  }
  const key = JSON.stringify(query)
  let entries = byQuery.get(key)
  if (!entries) {
    entries = applyQuery(snapshot.entries, query)
    boundedMapSet(byQuery, key, entries, MAX_VIEWS)
  }
  return entries
}

/** The parts of a (normalized) query the provider applies itself. */
function serverPart(source: LedgerSource, query: LedgerQuery): LedgerQuery {
  const filters: readonly string[] = source.capabilities.filters
  return Object.fromEntries(Object.entries(query).filter(([part]) => filters.includes(part)))
}
