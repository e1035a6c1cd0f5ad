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
  /** Entries all cached ledgers hold now. */
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

/** An LRU of whole-ledger reads with a budget in entries; expired reads are dropped, not kept. */
export function createSnapshotCache(options: SnapshotCacheOptions = {}): SnapshotLru {
  let maxEntries = checkedBudget(options.maxEntries ?? DEFAULT_SNAPSHOT_CACHE_ENTRIES)
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const snapshots = new Map<string, CachedSnapshot>()
  let entryCount = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let timerAt = Infinity

  function remove(key: string): void {
    const snapshot = snapshots.get(key)
    if (!snapshot) return
    snapshots.delete(key)
    entryCount -= snapshot.entries.length
  }

  /** Drops every expired read and evicts the least recently used down to the budget. */
  function prune(): void {
    const now = Date.now()
    for (const [key, snapshot] of snapshots) if (snapshot.expiresAt <= now) remove(key)
    for (const key of snapshots.keys()) {
      if (entryCount <= maxEntries || snapshots.size <= 1) break
      remove(key)
    }
    schedule()
  }

  /**
   * Wakes at the next expiry, so a server that goes quiet still frees its expired ledgers. The
   * timer is unref'd: it never keeps a Node process alive.
   */
  function schedule(): void {
    let next = Infinity
    for (const snapshot of snapshots.values()) next = Math.min(next, snapshot.expiresAt)
    if (next === timerAt) return
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
    timerAt = next
    if (next === Infinity) return
    timer = setTimeout(
      () => {
        timer = undefined
        timerAt = Infinity
        prune()
      },
      Math.max(0, next - Date.now()) + 1,
    )
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
        schedule()
        return undefined
      }
      snapshots.delete(key)
      snapshots.set(key, snapshot)
      return snapshot
    },
    set(key, snapshot) {
      remove(key)
      snapshots.set(key, snapshot)
      entryCount += snapshot.entries.length
      prune()
    },
    delete(key) {
      remove(key)
      schedule()
    },
    resize(budget) {
      maxEntries = checkedBudget(budget)
      prune()
    },
    clear() {
      snapshots.clear()
      entryCount = 0
      schedule()
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
