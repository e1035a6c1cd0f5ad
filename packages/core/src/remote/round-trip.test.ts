/**
 * The whole path over real HTTP: reader -> createRemoteSource -> 127.0.0.1 -> toNodeHandler ->
 * createLedgerHandler -> provider source -> MSW. For every provider (every pagination style) and
 * every filter, walking the remote ledger gives exactly what reading the provider directly gives.
 */
import { describe, expect, it } from 'vitest'
import { rawText, setupLoopback } from '../../test/loopback.js'
import { PROVIDERS } from '../../test/providers.js'
import type { LedgerEntry } from '../model.js'
import type { LedgerQuery } from '../query.js'
import { createLedgerReader } from '../reader/index.js'
import { readAll } from '../reader/read-all.js'
import type { LedgerReader, ReaderPageParam } from '../reader/types.js'
import { boundedSource } from '../server/entryBounds.js'
import { createLedgerHandler, DEFAULT_MAX_TEXT_LENGTH } from '../server/index.js'
import { createRemoteSource } from './source.js'

const loop = setupLoopback()
// What the endpoint sends by default: raw reduced to its documented fields, texts bounded.
const sent = { raw: 'documented', maxTextLength: DEFAULT_MAX_TEXT_LENGTH } as const

async function walk(reader: LedgerReader, query: LedgerQuery, pageSize: number) {
  const seen: LedgerEntry[] = []
  let pageParam: ReaderPageParam | null = null
  for (let pages = 0; pages < 400; pages++) {
    const page = await reader.readPage({ query, pageSize, pageParam })
    expect(page.entries.length).toBeLessThanOrEqual(pageSize)
    seen.push(...page.entries)
    if (page.nextPageParam === null) return { entries: seen, total: page.total }
    pageParam = page.nextPageParam
  }
  throw new Error('walk did not end')
}

async function walkByIndex(reader: LedgerReader, query: LedgerQuery, pageSize: number) {
  const seen: LedgerEntry[] = []
  for (let pageIndex = 0; pageIndex < 400; pageIndex++) {
    const page = await reader.readPageAt({ query, pageSize, pageIndex })
    seen.push(...page.entries)
    if (page.pageCount !== null && pageIndex >= page.pageCount - 1) {
      return { entries: seen, pageCount: page.pageCount }
    }
    if (page.entries.length < pageSize) return { entries: seen, pageCount: null }
  }
  throw new Error('index walk did not end')
}

/** Filters that select something in this ledger: dates, a category and a word that occur. */
function queriesFor(all: LedgerEntry[]): [string, LedgerQuery][] {
  const at = (i: number) => (all[Math.min(i, all.length - 1)] as LedgerEntry).occurredAt
  const category = all.find((e) => e.category !== null)?.category
  const word = all
    .map((e) => e.description?.split(/\s+/).find((w) => w.length > 4))
    .find((w) => w !== undefined)
  const queries: [string, LedgerQuery][] = [
    ['everything', {}],
    ['kinds', { kinds: ['usage'] }],
    ['kinds (two)', { kinds: ['grant', 'adjustment'] }],
    ['from and to', { from: at(40), to: at(8) }],
    ['from (a date)', { from: at(25).slice(0, 10) }],
    ['combined', { kinds: ['usage', 'grant'], from: at(60) }],
  ]
  if (category) queries.push(['categories', { categories: [category, 'no-such-category'] }])
  // Every provider has ids, and search covers them: a fragment that picks out a few rows.
  queries.push(['search (id)', { search: (all[3] as LedgerEntry).id.slice(-3) }])
  if (word) {
    queries.push(['search', { search: word.toUpperCase() }])
    queries.push(['search and kinds', { search: word, kinds: ['usage'] }])
  }
  return queries
}

describe.each(PROVIDERS)('$provider through the ledger endpoint', ({ provider, mock, source }) => {
  it('round-trips every filter, by param and by index, entry for entry', async () => {
    loop.use(mock({ size: 90, seed: 11 }))
    const url = await loop.serve(createLedgerHandler({ source: source() }))
    const direct = createLedgerReader(boundedSource(source(), sent))
    const all = (await walk(direct, {}, 500)).entries
    expect(all.length).toBeGreaterThan(40)
    // What totals, the chart and the CSV export read: everything at once, in reader pages of 1000.
    const set = await readAll(createLedgerReader(createRemoteSource({ url, maxPageSize: 20 })))
    expect(set).toEqual({ entries: all, complete: true })
    for (const [name, query] of queriesFor(all)) {
      const expected = (await walk(createLedgerReader(boundedSource(source(), sent)), query, 500))
        .entries
      for (const pageSize of [7, 50]) {
        const remote = createLedgerReader(createRemoteSource({ url }))
        const walked = await walk(remote, query, pageSize)
        expect(walked.entries, `${provider} ${name} by param, pages of ${pageSize}`).toEqual(
          expected,
        )
      }
      const indexed = await walkByIndex(createLedgerReader(createRemoteSource({ url })), query, 9)
      expect(indexed.entries, `${provider} ${name} by index`).toEqual(expected)
      if (indexed.pageCount !== null) {
        expect(indexed.pageCount).toBe(Math.max(1, Math.ceil(expected.length / 9)))
      }
    }
  })

  it('reads the balance through <url>/balance', async () => {
    loop.use(mock({ size: 30, seed: 3 }))
    const direct = source()
    const url = await loop.serve(createLedgerHandler({ source: direct }))
    const remote = createRemoteSource({ url })
    if (direct.fetchBalance) {
      expect(await remote.fetchBalance?.({})).toEqual(await direct.fetchBalance({}))
    } else {
      await expect(remote.fetchBalance?.({})).rejects.toMatchObject({
        kind: 'not_found',
        provider: 'remote',
        status: 404,
      })
    }
  })

  it('never sends the provider token to the browser', async () => {
    loop.use(mock({ size: 40, seed: 5 }))
    const url = await loop.serve(createLedgerHandler({ source: source() }))
    let text = ''
    const remote = createRemoteSource({
      url,
      fetch: async (input, init) => {
        const response = await fetch(input, init)
        text += await rawText(response.clone())
        return response
      },
    })
    await walk(createLedgerReader(remote), {}, 15)
    expect(text.length).toBeGreaterThan(1000)
    expect(text).not.toContain('test-token')
  })
})

describe('createRemoteSource over an offset provider', () => {
  it('streams: the first page is one HTTP request and one provider page, not the whole ledger', async () => {
    const synap = PROVIDERS.find((p) => p.provider === 'synap')
    if (!synap) throw new Error('synap missing')
    const provider = loop.use(synap.mock({ size: 400 }))
    const url = await loop.serve(createLedgerHandler({ source: synap.source() }))
    const reader = createLedgerReader(createRemoteSource({ url, balance: false }))
    const page = await reader.readPage({ pageSize: 20 })
    expect(page.entries).toHaveLength(20)
    expect(page.total).toBe(400)
    expect(loop.hits).toHaveLength(1)
    expect(provider.requests.filter((r) => r.url.includes('/ledger'))).toHaveLength(1)
  })
})
