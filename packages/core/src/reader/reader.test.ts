import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry, makeEntries, queryArbitrary } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import type { LedgerEntry, PaginationStyle } from '../index.js'
import { LedgerError } from '../errors.js'
import { sortNewestFirst } from '../order.js'
import { applyQuery, normalizeQuery, type LedgerQuery } from '../query.js'
import { createLedgerReader } from './index.js'
import type { LedgerReader, ReaderPageParam } from './types.js'

const STYLES: PaginationStyle[] = ['offset', 'page', 'cursor', 'none']

async function walkAll(
  reader: LedgerReader,
  query: LedgerQuery,
  pageSize: number,
  afterEachPage?: () => void,
) {
  const seen: LedgerEntry[] = []
  let param: ReaderPageParam | null = null
  for (let pages = 0; pages < 500; pages++) {
    const page = await reader.readPage({ query, pageSize, pageParam: param })
    expect(page.entries.length).toBeLessThanOrEqual(pageSize)
    seen.push(...page.entries)
    afterEachPage?.()
    if (page.nextPageParam === null) return seen
    param = page.nextPageParam
  }
  throw new Error('walk did not end')
}

async function walkByIndex(reader: LedgerReader, query: LedgerQuery, pageSize: number) {
  const seen: LedgerEntry[] = []
  for (let pageIndex = 0; pageIndex < 500; pageIndex++) {
    const page = await reader.readPageAt({ query, pageSize, pageIndex })
    seen.push(...page.entries)
    if (page.pageCount !== null && pageIndex >= page.pageCount - 1)
      return { seen, pageCount: page.pageCount }
  }
  throw new Error('index walk did not end')
}

const ids = (entries: LedgerEntry[]) => entries.map((e) => e.id)

describe('createLedgerReader', () => {
  it('walks every matching entry exactly once, newest first, for every pagination style (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...STYLES),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 60 }),
        queryArbitrary,
        fc.integer(),
        async (style, size, pageSize, rawQuery, seed) => {
          const entries = makeEntries(size, seed)
          const query = normalizeQuery(rawQuery)
          const expected = ids(applyQuery(sortNewestFirst(entries), query))
          const reader = createLedgerReader(createMemorySource(entries, style).source)
          expect(ids(await walkAll(reader, query, pageSize))).toEqual(expected)
          const byIndex = await walkByIndex(
            createLedgerReader(createMemorySource(entries, style).source),
            query,
            pageSize,
          )
          expect(ids(byIndex.seen)).toEqual(expected)
          expect(byIndex.pageCount).toBe(Math.max(1, Math.ceil(expected.length / pageSize)))
        },
      ),
      { numRuns: 150 },
    )
  }, 30_000)

  it('shows every entry that existed when the walk began exactly once while new ones arrive (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...STYLES),
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer(),
        async (style, size, pageSize, arriving, seed) => {
          const entries = makeEntries(size, seed)
          const memory = createMemorySource(entries, style)
          let batch = 0
          const walked = await walkAll(createLedgerReader(memory.source), {}, pageSize, () => {
            // Newer than everything so far: they push older rows onto later offset pages.
            const newest = sortNewestFirst(entries)[0]?.occurredAt ?? '2026-01-01T00:00:00.000Z'
            const at = Date.parse(newest) + ++batch * 3_600_000
            memory.prepend(
              Array.from({ length: arriving }, (_, i) =>
                entry({ id: `new-${batch}-${i}`, occurredAt: new Date(at).toISOString() }),
              ),
            )
          })
          const walkedIds = ids(walked)
          expect(new Set(walkedIds).size).toBe(walkedIds.length)
          const original = new Set(ids(entries))
          expect(walkedIds.filter((id) => original.has(id)).sort()).toEqual([...original].sort())
        },
      ),
      { numRuns: 120 },
    )
  }, 30_000)

  it('fills a page thinned by client-side filtering, with a cap on requests per page', async () => {
    const entries = makeEntries(200, 7)
    // Page filling streams, which only a source that promises newest-first pages allows.
    const streamed = { maxPageSize: 10, order: 'newest-first' } as const
    const memory = createMemorySource(entries, 'offset', streamed)
    const reader = createLedgerReader(memory.source, { maxRequestsPerPage: 3 })
    const query = normalizeQuery({ kinds: ['grant'] })
    const page = await reader.readPage({ query, pageSize: 10 })
    expect(memory.requests).toBeLessThanOrEqual(3)
    expect(page.entries.every((e) => e.kind === 'grant')).toBe(true)
    // Short because of the cap, but the walk continues and still sees every grant once.
    expect(page.nextPageParam).not.toBeNull()
    const all = await walkAll(
      createLedgerReader(createMemorySource(entries, 'offset', streamed).source, {
        maxRequestsPerPage: 3,
      }),
      query,
      10,
    )
    expect(ids(all)).toEqual(ids(applyQuery(sortNewestFirst(entries), query)))
  })

  it('reports the provider total when the provider filters everything itself, else once known', async () => {
    const entries = makeEntries(95, 3)
    const covered = await createLedgerReader(createMemorySource(entries, 'offset').source).readPage(
      {
        query: { from: '2026-01-01T01:00:00.000Z' },
        pageSize: 10,
      },
    )
    expect(covered.total).toBe(
      applyQuery(entries, normalizeQuery({ from: '2026-01-01T01:00:00.000Z' })).length,
    )
    // Streamed (a newest-first source), a client-side filter leaves the total unknown at first;
    // read whole (any other offset source), it is counted.
    const streamed = await createLedgerReader(
      createMemorySource(entries, 'offset', { order: 'newest-first' }).source,
    ).readPage({
      query: { search: 'row 1' },
      pageSize: 5,
    })
    expect(streamed.total).toBeNull()
    const filtered = await createLedgerReader(
      createMemorySource(entries, 'offset').source,
    ).readPage({
      query: { search: 'row 1' },
      pageSize: 5,
    })
    expect(filtered.total).toBe(applyQuery(entries, { search: 'row 1' }).length)
    const snapshot = await createLedgerReader(createMemorySource(entries, 'none').source).readPage({
      query: { search: 'row 1' },
      pageSize: 5,
    })
    expect(snapshot.total).toBe(applyQuery(entries, { search: 'row 1' }).length)
  })

  it('reads the same page param twice with the same result (idempotent params)', async () => {
    const reader = createLedgerReader(createMemorySource(makeEntries(80, 11), 'page').source)
    const first = await reader.readPage({ pageSize: 7 })
    const a = await reader.readPage({ pageSize: 7, pageParam: first.nextPageParam })
    const b = await reader.readPage({ pageSize: 7, pageParam: first.nextPageParam })
    expect(ids(a.entries)).toEqual(ids(b.entries))
  })

  it('stops on a source that repeats its page param', async () => {
    let calls = 0
    const reader = createLedgerReader({
      provider: 'vayu',
      capabilities: { pagination: 'cursor', filters: [], maxPageSize: 5 },
      async fetchPage() {
        calls++
        return { entries: [entry({ id: `x${calls}` })], nextPageParam: 'same', total: null }
      },
    })
    const page = await reader.readPage({ pageSize: 10 })
    expect(calls).toBe(2)
    expect(ids(page.entries)).toEqual(['x2', 'x1'])
  })

  it('turns bad input into invalid_request LedgerErrors', async () => {
    const reader = createLedgerReader(createMemorySource([], 'none').source)
    await expect(reader.readPage({ pageSize: 0 })).rejects.toMatchObject({
      kind: 'invalid_request',
    })
    const error = await reader
      .readPage({ pageSize: 5, query: { from: 'soon' } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LedgerError)
    expect((error as LedgerError).message).toMatch(/LedgerQuery.from "soon"/)
  })
})
