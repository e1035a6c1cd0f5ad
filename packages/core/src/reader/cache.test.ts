/**
 * One process-wide budget for whole-ledger reads (issue 14, item 12): with one endpoint per
 * customer, every reader kept up to 8 ledgers of its own for ever, 1,403 customers 2.2 GB.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeEntries } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import type { LedgerSource } from '../source.js'
import {
  createSnapshotCache,
  defaultSnapshotCache,
  type CachedSnapshot,
  type SnapshotCache,
} from './cache.js'
import { createLedgerReader } from './index.js'

const firstPage = { pageSize: 10, pageParam: null }

/** A snapshot of `count` entries, fresh for `ttlMs`. */
function snapshot(count: number, ttlMs = 60_000): CachedSnapshot {
  const readAt = Date.now()
  return { entries: makeEntries(count, 1), complete: true, readAt, expiresAt: readAt + ttlMs }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the snapshot cache', () => {
  it('never holds more entries than its budget, however many readers fill it', async () => {
    const cache = createSnapshotCache({ maxEntries: 500 })
    for (let customer = 0; customer < 30; customer++) {
      const memory = createMemorySource(makeEntries(120, customer + 1), 'none')
      const reader = createLedgerReader(memory.source, { cache })
      expect((await reader.readPage({ query: {}, ...firstPage })).entries).toHaveLength(10)
      expect(cache.entryCount).toBeLessThanOrEqual(500)
    }
    expect(cache.entryCount).toBe(480)
    expect(cache.size).toBe(4)
  })

  it('evicts the least recently used ledger first', () => {
    const cache = createSnapshotCache({ maxEntries: 250 })
    const a = snapshot(100)
    cache.set('a', a)
    cache.set('b', snapshot(100))
    expect(cache.get('a')).toBe(a)
    cache.set('c', snapshot(100))
    expect(cache.get('b')).toBeUndefined()
    expect(cache.get('a')).toBe(a)
    expect(cache.entryCount).toBe(200)
    cache.resize(150)
    expect(cache.get('c')).toBeUndefined()
    expect(cache.size).toBe(1)
  })

  it('keeps one ledger larger than the whole budget, alone, so its pages need no new read', () => {
    const cache = createSnapshotCache({ maxEntries: 50 })
    cache.set('small', snapshot(20))
    const big = snapshot(80)
    cache.set('big', big)
    expect(cache.get('big')).toBe(big)
    expect(cache.get('small')).toBeUndefined()
    expect(cache.entryCount).toBe(80)
  })

  it('counts an empty ledger as one entry, so empty ledgers cannot pile up', () => {
    const cache = createSnapshotCache({ maxEntries: 10 })
    for (let i = 0; i < 50; i++) cache.set(`empty-${i}`, snapshot(0))
    expect(cache.size).toBe(10)
  })

  it('drops expired reads on its own, with no request to notice them', () => {
    vi.useFakeTimers()
    const cache = createSnapshotCache({ maxEntries: 1000 })
    cache.set('short', snapshot(100, 1_000))
    cache.set('long', snapshot(100, 5_000))
    expect(cache.entryCount).toBe(200)
    vi.advanceTimersByTime(1_000)
    expect(cache.size).toBe(1)
    expect(cache.entryCount).toBe(100)
    vi.advanceTimersByTime(4_000)
    expect(cache.size).toBe(0)
    expect(cache.entryCount).toBe(0)
  })

  it('frees a reader’s ledger after its TTL, and reads it again after that', async () => {
    vi.useFakeTimers()
    const cache = createSnapshotCache()
    const memory = createMemorySource(makeEntries(50, 2), 'none')
    const reader = createLedgerReader(memory.source, { cache, snapshotTtlMs: 1_000 })
    await reader.readPage({ query: {}, ...firstPage })
    expect(cache.entryCount).toBe(50)
    vi.advanceTimersByTime(1_001)
    expect(cache.entryCount).toBe(0)
    await reader.readPage({ query: { kinds: ['usage'] }, ...firstPage })
    expect(memory.requests).toBe(2)
  })

  it('never serves one reader’s ledger to another, even when their sources share a key', async () => {
    const cache = createSnapshotCache()
    // Like two Synap customers behind one base URL: same key, different credentials.
    const sources = [1, 2].map((seed): LedgerSource => ({
      ...createMemorySource(makeEntries(30, seed, `c${seed}-`), 'none').source,
      key: ['synap', 'https://example.test'],
    }))
    const pages = await Promise.all(
      sources.map((source) =>
        createLedgerReader(source, { cache }).readPage({ query: {}, ...firstPage }),
      ),
    )
    expect(pages[0]?.entries.every((entry) => entry.id.startsWith('c1-'))).toBe(true)
    expect(pages[1]?.entries.every((entry) => entry.id.startsWith('c2-'))).toBe(true)
    expect(cache.size).toBe(2)
  })

  it('takes a store of the host’s own', async () => {
    const map = new Map<string, CachedSnapshot>()
    const store: SnapshotCache = {
      get: (key) => map.get(key),
      set: (key, value) => void map.set(key, value),
      delete: (key) => void map.delete(key),
    }
    const memory = createMemorySource(makeEntries(40, 3), 'none')
    const reader = createLedgerReader(memory.source, { cache: store })
    await reader.readPage({ query: {}, ...firstPage })
    await reader.readPage({ query: { kinds: ['grant'] }, ...firstPage })
    expect(memory.requests).toBe(1)
    expect(map.size).toBe(1)
    const [key] = map.keys()
    expect(key).not.toContain('token')
  })

  it('is shared by every reader by default, with one budget', async () => {
    const before = defaultSnapshotCache.entryCount
    const memory = createMemorySource(makeEntries(25, 4), 'none')
    await createLedgerReader(memory.source).readPage({ query: {}, ...firstPage })
    expect(defaultSnapshotCache.entryCount).toBe(before + 25)
    expect(defaultSnapshotCache.maxEntries).toBe(500_000)
    expect(() => defaultSnapshotCache.resize(-1)).toThrow(RangeError)
  })
})
