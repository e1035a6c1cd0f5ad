/**
 * The reader over each real source and its MSW mock: for random ledger sizes, page sizes and
 * filters, walking every page (by param and by index) yields every matching entry exactly once,
 * newest first; entries appended while walking never show twice and never push an old one out.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  applyQuery,
  createLedgerReader,
  dedupeById,
  normalizeQuery,
  sortNewestFirst,
  type LedgerEntry,
  type LedgerQuery,
  type LedgerSource,
  type ReaderPageParam,
} from '@usage-kit/core'
import { setupMockServer } from './mock-server.js'
import { PROVIDERS } from './providers.js'

const use = setupMockServer()
const NOW = Date.UTC(2026, 10, 1)
const DAY = 86_400_000

const queryArbitrary = fc.record(
  {
    kinds: fc.subarray(['grant', 'usage', 'adjustment', 'reversal', 'expiration'] as const, {
      minLength: 1,
    }),
    from: fc.integer({ min: 20, max: 60 }).map((days) => new Date(NOW - days * DAY).toISOString()),
    to: fc.integer({ min: 0, max: 19 }).map((days) => new Date(NOW - days * DAY).toISOString()),
    categories: fc.subarray(['inference', 'ingestion', 'retrieval', 'enhancement', 'purchase'], {
      minLength: 1,
    }),
    search: fc.constantFrom('ingestion', 'TOKENS', 'credit'),
  },
  { requiredKeys: [] },
)

/** Every entry through the source alone, page after page: the reference the reader must match. */
async function readDirectly(source: LedgerSource): Promise<LedgerEntry[]> {
  const all: LedgerEntry[] = []
  let pageParam: unknown = undefined
  for (let i = 0; i < 100; i++) {
    const page = await source.fetchPage({
      pageSize: source.capabilities.maxPageSize,
      pageParam,
      query: {},
    })
    all.push(...page.entries)
    if (page.nextPageParam === null || page.entries.length === 0) break
    pageParam = page.nextPageParam
  }
  return sortNewestFirst(dedupeById(all))
}

const ids = (entries: LedgerEntry[]) => entries.map((e) => e.id)

describe.each(PROVIDERS)('reading $provider through the reader', ({ mock, source }) => {
  it('walks every matching entry exactly once, by page and by index (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 220 }),
        fc.integer({ min: 1, max: 70 }),
        queryArbitrary,
        fc.integer({ min: 1, max: 1000 }),
        async (size, pageSize, rawQuery, seed) => {
          use(mock({ size, seed }))
          const query: LedgerQuery = normalizeQuery(rawQuery)
          const expected = ids(applyQuery(await readDirectly(source()), query))

          const reader = createLedgerReader(source())
          const walked: LedgerEntry[] = []
          let pageParam: ReaderPageParam | null = null
          for (let i = 0; i < 300; i++) {
            const page = await reader.readPage({ query, pageSize, pageParam })
            walked.push(...page.entries)
            pageParam = page.nextPageParam
            if (pageParam === null) break
          }
          expect(ids(walked)).toEqual(expected)

          const indexed: LedgerEntry[] = []
          for (let pageIndex = 0; pageIndex < 300; pageIndex++) {
            const page = await createLedgerReader(source()).readPageAt({
              query,
              pageSize,
              pageIndex,
            })
            indexed.push(...page.entries)
            if (page.pageCount !== null && pageIndex >= page.pageCount - 1) break
          }
          expect(ids(indexed)).toEqual(expected)
        },
      ),
      { numRuns: 25 },
    )
    // Many real (MSW-served) walks per run: generous on a loaded 2-core CI machine.
  }, 60_000)

  it('keeps every entry that existed when the walk began exactly once while entries arrive (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 220 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 5 }),
        async (size, pageSize, arriving) => {
          const ledger = use(mock({ size, seed: size }))
          const before = new Set(ids(await readDirectly(source())))
          const reader = createLedgerReader(source())
          const walked: string[] = []
          let pageParam: ReaderPageParam | null = null
          for (let i = 0; i < 300; i++) {
            const page = await reader.readPage({ pageSize, pageParam })
            walked.push(...ids(page.entries))
            ledger.append(arriving)
            pageParam = page.nextPageParam
            if (pageParam === null) break
          }
          expect(new Set(walked).size).toBe(walked.length)
          expect(walked.filter((id) => before.has(id)).sort()).toEqual([...before].sort())
        },
      ),
      { numRuns: 20 },
    )
  }, 60_000)
})
