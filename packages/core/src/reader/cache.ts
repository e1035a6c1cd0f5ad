/**
 * The store of whole-ledger reads (issue 14, item 12): one process-wide budget for every reader,
 * so a server with one ledger endpoint per customer holds at most the budget, not every ledger
 * any customer ever opened.
 */
import type { LedgerEntry } from '../model.js'

/** One whole-ledger read as the reader caches it: ordered newest first, with its freshness. */
export interface CachedSnapshot {
  /** Every entry the read kept, newest first (ties by id), balances reconstructed where known. */
  readonly entries: readonly LedgerEntry[]
  /** False when a cap stopped the read short; the entries are then the newest ones it saw. */
  readonly complete: boolean
  /** When the provider was read (epoch ms). */
  readonly readAt: number
  /** From this instant (epoch ms) the read is stale: the reader ignores it and a store drops it. */
  readonly expiresAt: number
}

/**
 * Where readers keep whole-ledger reads. The kit's own (`createSnapshotCache`) is an LRU with a
 * budget in entries; a host can bring its own store (a per-tenant budget, metrics, another
 * eviction policy) through the reader's `cache` option. Keys are opaque strings, unique per
 * reader and per provider-side query, and never hold a credential.
 */
export interface SnapshotCache {
  /** The snapshot under `key`, or undefined. The reader ignores one past its `expiresAt`. */
  get(key: string): CachedSnapshot | undefined
  /** Stores `snapshot` under `key`, replacing any other. */
  set(key: string, snapshot: CachedSnapshot): void
  delete(key: string): void
}

/** The kit's store: least recently used ledgers go first once the budget is spent. */
export interface SnapshotLru extends SnapshotCache {
  /** The budget: the most entries all cached ledgers together hold. */
  readonly maxEntries: number
  /** Entries all cached ledgers hold now (an empty ledger counts as 1). */
  readonly entryCount: number
  /** Ledgers (snapshots) cached now. */
  readonly size: number
  /** Sets the budget, evicting least recently used ledgers down to it. */
  resize(maxEntries: number): void
  /** Drops every cached ledger. */
  clear(): void
}

export interface SnapshotCacheOptions {
  /**
   * The budget in entries, across every ledger in this cache. Entries rather than bytes: a count
   * is exact and free to keep, where a byte estimate of parsed objects would be a guess that
   * costs a walk over every entry. A normalized entry takes about 0.5-0.7 KB of heap (measured:
   * 1.25 MB per 2,000-entry Monk ledger, 2.6 MB per 5,000-entry Vayu ledger), so the default
   * holds roughly 250-350 MB. One ledger larger than the whole budget is still kept, alone (every
   * other ledger is evicted), since without it each page would read that ledger again.
   * @default 500000 (DEFAULT_SNAPSHOT_CACHE_ENTRIES)
   */
  maxEntries?: number
}

export const DEFAULT_SNAPSHOT_CACHE_ENTRIES = 500_000

/**
 * How often expired reads are swept out while any are cached. A sweep visits every cached ledger,
 * so it runs on a clock rather than on every read.
 */
const SWEEP_MS = 1_000

/** What a snapshot costs against the budget: its entries, and at least 1, so empty ones count. */
const weight = (snapshot: CachedSnapshot): number => Math.max(1, snapshot.entries.length)

/** An LRU of whole-ledger reads with a budget in entries; expired reads are dropped, not kept. */
export function createSnapshotCache(options: SnapshotCacheOptions = {}): SnapshotLru {
  let maxEntries = checkedBudget(options.maxEntries ?? DEFAULT_SNAPSHOT_CACHE_ENTRIES)
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const snapshots = new Map<string, CachedSnapshot>()
  let entryCount = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastSweep = 0

  function remove(key: string): void {
    const snapshot = snapshots.get(key)
    if (!snapshot) return
    snapshots.delete(key)
    entryCount -= weight(snapshot)
  }

  function sweep(): void {
    const now = Date.now()
    lastSweep = now
    for (const [key, snapshot] of snapshots) if (snapshot.expiresAt <= now) remove(key)
  }

  /** Evicts down to the budget: expired reads first, then the least recently used. */
  function evict(): void {
    if (entryCount > maxEntries && Date.now() - lastSweep >= SWEEP_MS) sweep()
    for (const key of snapshots.keys()) {
      if (entryCount <= maxEntries || snapshots.size <= 1) break
      remove(key)
    }
  }

  /**
   * Sweeps every second while anything is cached, so a server that goes quiet still frees its
   * expired ledgers. The timer is unref'd: it never keeps a Node process alive.
   */
  function keepSweeping(): void {
    if (timer !== undefined || snapshots.size === 0) return
    timer = setTimeout(() => {
      timer = undefined
      sweep()
      keepSweeping()
    }, SWEEP_MS)
    ;(timer as { unref?: () => void }).unref?.()
  }

  return {
    get maxEntries() {
      return maxEntries
    },
    get entryCount() {
      return entryCount
    },
    get size() {
      return snapshots.size
    },
    get(key) {
      const snapshot = snapshots.get(key)
      if (!snapshot) return undefined
      if (snapshot.expiresAt <= Date.now()) {
        remove(key)
        return undefined
      }
      snapshots.delete(key)
      snapshots.set(key, snapshot)
      return snapshot
    },
    set(key, snapshot) {
      remove(key)
      snapshots.set(key, snapshot)
      entryCount += weight(snapshot)
      evict()
      keepSweeping()
    },
    delete(key) {
      remove(key)
    },
    resize(budget) {
      maxEntries = checkedBudget(budget)
      evict()
    },
    clear() {
      snapshots.clear()
      entryCount = 0
    },
  }
}

function checkedBudget(maxEntries: number): number {
  if (!(Number.isInteger(maxEntries) && maxEntries >= 0) && maxEntries !== Infinity) {
    throw new RangeError(`snapshot cache: maxEntries must be a whole number, got ${maxEntries}`)
  }
  return maxEntries
}

/**
 * The process-wide cache every reader uses unless given its own (`LedgerReaderOptions.cache`):
 * one budget for all the ledgers a server's endpoints read. Set the budget once at startup with
 * `defaultSnapshotCache.resize(entries)`.
 */
export const defaultSnapshotCache: SnapshotLru = createSnapshotCache()
