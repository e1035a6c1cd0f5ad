/**
 * A whole-ledger read capped at N entries keeps the newest N (issue 14, item 3): a Vayu cursor
 * pages oldest first, so stopping at the cap kept the oldest and lost the ones a user looks for.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeEntries } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import type { LedgerEntry } from '../model.js'
import { sortNewestFirst } from '../order.js'
import type { LedgerSource } from '../source.js'
import { createLedgerReader } from './index.js'
import { readAll } from './read-all.js'
import { createNewestHeld, fetchAll } from './whole-read.js'

const ids = (entries: readonly LedgerEntry[]) => entries.map((entry) => entry.id)

/** A cursor source serving `pages` as given (page i's cursor is i), counting its requests. */
function pagedSource(pages: LedgerEntry[][], total: number | null = null) {
  const state = { requests: 0 }
  const source: LedgerSource = {
    provider: 'vayu',
    capabilities: { pagination: 'cursor', filters: [], maxPageSize: 1000 },
    async fetchPage({ pageParam }) {
      state.requests++
      const index = typeof pageParam === 'number' ? pageParam : 0
      return {
        entries: pages[index] ?? [],
        nextPageParam: index + 1 < pages.length ? index + 1 : null,
        total,
      }
    },
  }
  return { source, state }
}

const pagesArbitrary = fc
  .record({
    size: fc.integer({ min: 0, max: 120 }),
    seed: fc.integer({ min: 1, max: 1000 }),
    cap: fc.integer({ min: 1, max: 40 }),
    pageSize: fc.integer({ min: 1, max: 25 }),
  })
  .chain(({ size, seed, cap, pageSize }) => {
    const entries = makeEntries(size, seed)
    // Every entry at least once, some twice, in any order.
    return fc
      .tuple(
        fc.shuffledSubarray(entries, { minLength: 0, maxLength: size }),
        fc.infiniteStream(fc.integer({ min: 0, max: 1_000_000 })),
      )
      .map(([repeats, keys]) => {
        const rows = [...entries, ...repeats]
        const order = rows.map((row, i) => ({ row, key: keys.next().value as number, i }))
        order.sort((a, b) => a.key - b.key || a.i - b.i)
        const pages: LedgerEntry[][] = []
        for (let i = 0; i < order.length; i += pageSize) {
          pages.push(order.slice(i, i + pageSize).map(({ row }) => row))
        }
        return { entries, pages, cap }
      })
  })

describe('a capped whole-ledger read', () => {
  it('keeps exactly the newest N distinct entries of shuffled, repeated pages', async () => {
    await fc.assert(
      fc.asyncProperty(pagesArbitrary, async ({ entries, pages, cap }) => {
        const { source } = pagedSource(pages)
        const read = await fetchAll(source, {}, { maxEntries: cap, maxRequests: 10_000 }, undefined)
        const newest = sortNewestFirst(entries).slice(0, cap)
        expect(ids(sortNewestFirst(read.entries))).toEqual(ids(newest))
        expect(read.complete).toBe(entries.length <= cap)
      }),
      { numRuns: 150 },
    )
  })

  it('holds at most 1.25 times the cap while it reads', () => {
    const entries = makeEntries(2000, 9)
    // An order of its own: by the last digits of the id.
    const shuffled = [...entries].sort((a, b) => a.id.slice(-2).localeCompare(b.id.slice(-2)))
    const held = createNewestHeld(100)
    let most = 0
    for (const entry of [...shuffled, ...shuffled]) {
      held.add(entry)
      most = Math.max(most, held.size)
    }
    expect(most).toBeLessThanOrEqual(125)
    expect(ids(sortNewestFirst(held.entries()))).toEqual(
      ids(sortNewestFirst(entries).slice(0, 100)),
    )
    expect(held.trimmed).toBe(true)
  })

  it('stops at the request cap with the newest of what it read, saying complete: false', async () => {
    const entries = makeEntries(100, 4)
    const pages = Array.from({ length: 10 }, (_, i) => entries.slice(i * 10, i * 10 + 10))
    const { source, state } = pagedSource(pages)
    const read = await fetchAll(source, {}, { maxEntries: 15, maxRequests: 4 }, undefined)
    expect(state.requests).toBe(4)
    expect(read.complete).toBe(false)
    expect(ids(sortNewestFirst(read.entries))).toEqual(
      ids(sortNewestFirst(entries.slice(0, 40)).slice(0, 15)),
    )
  })

  it('accepts a trimmed read that saw the total, and fails one whose pages skipped rows', async () => {
    const entries = makeEntries(60, 5)
    const pages = Array.from({ length: 6 }, (_, i) => entries.slice(i * 10, i * 10 + 10))
    const whole = await fetchAll(
      pagedSource(pages, 60).source,
      {},
      { maxEntries: 10, maxRequests: 100 },
      undefined,
    )
    expect(whole.entries).toHaveLength(10)
    expect(whole.complete).toBe(false)
    const skipping = pagedSource(pages.slice(0, 5), 60).source
    await expect(
      fetchAll(skipping, {}, { maxEntries: 10, maxRequests: 100 }, undefined),
    ).rejects.toMatchObject({ kind: 'server' })
  })

  it('serves the newest entries of an oldest-first cursor ledger longer than the cap', async () => {
    const entries = makeEntries(300, 11)
    const memory = createMemorySource(entries, 'cursor', { maxPageSize: 25 })
    const reader = createLedgerReader(memory.source, { maxSnapshotEntries: 100 })
    const all = await readAll(reader, { pageSize: 30 })
    expect(all.complete).toBe(false)
    expect(ids(all.entries)).toEqual(ids(sortNewestFirst(entries).slice(0, 100)))
  })
})
