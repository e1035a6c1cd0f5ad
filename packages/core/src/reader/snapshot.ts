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
import { readAnchor, sameParam } from './shared.js'

export interface SnapshotSettings {
  maxRequests: number
  ttlMs: number
  balances: boolean
}

/** The filtered, ordered ledger for one query, and when it was read. */
interface Snapshot {
  readAt: number
  entries: LedgerEntry[]
}

const MAX_CACHED = 8

export function createSnapshotCache(source: LedgerSource, settings: SnapshotSettings) {
  const cache = new Map<string, Snapshot>()

  async function read(query: LedgerQuery, signal: AbortSignal | undefined): Promise<Snapshot> {
    const anchorWanted =
      settings.balances && (isQueryEmpty(query) || source.capabilities.filters.length === 0)
    const [all, anchor] = await Promise.all([
      fetchAll(source, query, settings.maxRequests, signal),
      anchorWanted ? readAnchor(source, signal) : Promise.resolve(null),
    ])
    let ordered = sortNewestFirst(dedupeById(all))
    if (anchorWanted) {
      const from: BalanceAnchor | null =
        anchor ?? (source.capabilities.filters.length === 0 ? { type: 'origin' } : null)
      if (from) ordered = reconstructBalances(ordered, from)
    }
    return { readAt: Date.now(), entries: applyQuery(ordered, query) }
  }

  return {
    /** The snapshot for a query: a fresh read when asked or when the cached one is stale. */
    async get(
      query: LedgerQuery,
      signal: AbortSignal | undefined,
      fresh: boolean,
    ): Promise<LedgerEntry[]> {
      const key = JSON.stringify(query)
      const cached = cache.get(key)
      if (!fresh && cached && Date.now() - cached.readAt < settings.ttlMs) return cached.entries
      const snapshot = await read(query, signal)
      cache.delete(key)
      cache.set(key, snapshot)
      if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value as string)
      return snapshot.entries
    },
  }
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
