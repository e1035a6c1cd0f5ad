import { describe, expect, it } from 'vitest'
import { createMonkMock, createSynapMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { makeEntries } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import { setupMockServer } from '../../test/mock-server.js'
import { createMonkSource } from '../providers/monk/source.js'
import { createSynapSource } from '../providers/synap/source.js'
import type { LedgerError } from '../errors.js'
import { applyQuery, normalizeQuery } from '../query.js'
import type { LedgerSource } from '../source.js'
import { createLedgerReader } from './index.js'
import type { ReaderPage } from './types.js'

/** A whole-ledger source whose requests wait for `release()`, counting them and their aborts. */
function gatedSource() {
  const memory = createMemorySource(makeEntries(50, 7), 'none')
  let open: () => void = () => {}
  let gate = new Promise<void>((resolve) => (open = resolve))
  const state = { requests: 0, aborted: 0 }
  const source: LedgerSource = {
    ...memory.source,
    async fetchPage(request) {
      state.requests++
      request.signal?.addEventListener('abort', () => state.aborted++)
      await gate
      return memory.source.fetchPage(request)
    },
  }
  return {
    source,
    state,
    release() {
      open()
      gate = new Promise<void>((resolve) => (open = resolve))
    },
  }
}

const firstPage = { pageSize: 10, pageParam: null }

describe('whole-ledger reads', () => {
  it('share one provider read between callers that ask at the same time', async () => {
    const { source, state, release } = gatedSource()
    const reader = createLedgerReader(source)
    const a = reader.readPage({ query: {}, ...firstPage })
    const b = reader.readPage({ query: { kinds: ['usage'] }, ...firstPage })
    release()
    const [pageA, pageB] = await Promise.all([a, b])
    expect(state.requests).toBe(1)
    expect(pageA.entries).toHaveLength(10)
    expect(pageB.entries.every((entry) => entry.kind === 'usage')).toBe(true)
  })

  it('let one caller leave without failing the other; the read is aborted when all have left', async () => {
    const { source, state, release } = gatedSource()
    const reader = createLedgerReader(source)
    const leaving = new AbortController()
    const staying = reader.readPage({ query: {}, ...firstPage })
    const left = reader.readPage({ query: {}, ...firstPage, signal: leaving.signal })
    leaving.abort()
    expect(((await left.catch((e: unknown) => e)) as LedgerError).kind).toBe('aborted')
    expect(state.aborted).toBe(0)
    release()
    expect((await staying).entries).toHaveLength(10)

    const all = new AbortController()
    // A refresh (the first read is still cached) that every caller leaves.
    const one = reader.readPage({ query: {}, ...firstPage, signal: all.signal, fresh: true })
    all.abort()
    expect(((await one.catch((e: unknown) => e)) as LedgerError).kind).toBe('aborted')
    expect(state.aborted).toBe(1)
    // A caller after the abort starts a new read rather than joining the aborted one.
    const after = reader.readPage({ query: {}, ...firstPage, fresh: true })
    release()
    expect((await after).entries).toHaveLength(10)
    expect(state.requests).toBe(3)
  })

  it('filter locally what the provider cannot: a new filter costs no request', async () => {
    const memory = createMemorySource(makeEntries(80, 3), 'none')
    const reader = createLedgerReader(memory.source)
    await reader.readPage({ query: {}, ...firstPage })
    const requests = memory.requests
    const query = { kinds: ['grant' as const], search: 'e' }
    const page = await reader.readPageAt({ query, pageSize: 5, pageIndex: 0, fresh: false })
    expect(memory.requests).toBe(requests)
    await reader.readPage({ query: { search: 'x' }, pageSize: 5, pageParam: null, fresh: false })
    expect(memory.requests).toBe(requests)
    // A refresh does reach the provider.
    await reader.readPageAt({ query, pageSize: 5, pageIndex: 0, fresh: true })
    expect(memory.requests).toBe(requests + 1)
    const expected = applyQuery(
      (await reader.readPage({ query: {}, pageSize: 80, pageParam: null })).entries,
      query,
    )
    expect(page.entries.map((entry) => entry.id)).toEqual(
      expected.slice(0, 5).map((entry) => entry.id),
    )
  })
})

const use = setupMockServer()

/** Five filters a user might pick in a row, each asked for as a first page. */
const FILTERS = [
  {},
  { kinds: ['usage' as const] },
  { kinds: ['grant' as const], search: 'credit' },
  { from: '2026-06-01T00:00:00Z' },
  { from: '2026-03-01T00:00:00Z', to: '2026-09-01T00:00:00Z', categories: ['inference'] },
]

describe('one read per ledger (issue 14, item 13)', () => {
  it('serves five filters of a Monk ledger from one provider read', async () => {
    const mock = use(createMonkMock({ size: 500 }))
    const reader = createLedgerReader(
      createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' }),
    )
    for (const query of FILTERS) {
      await reader.readPage({ query, pageSize: 20, pageParam: null })
      await reader.readPageAt({ query, pageSize: 20, pageIndex: 0 })
    }
    const ledgerReads = mock.requests.filter((request) => request.url.endsWith('/ledger'))
    expect(ledgerReads).toHaveLength(1)
    // A user's refresh still reaches the provider.
    await reader.readPage({ query: FILTERS[1], pageSize: 20, pageParam: null, fresh: true })
    expect(mock.requests.filter((request) => request.url.endsWith('/ledger'))).toHaveLength(2)
  })

  it('reads a provider that filters dates itself once, unfiltered, for every date range', async () => {
    const mock = use(createSynapMock({ size: 300 }))
    const reader = createLedgerReader(createSynapSource({ token: 'test-token' }))
    const pages: ReaderPage[] = []
    for (const query of FILTERS) {
      pages.push(await reader.readPage({ query, pageSize: 20, pageParam: null }))
    }
    // Synap serves up to its largest page per request: 300 entries are one request.
    expect(mock.requests.filter((request) => request.url.includes('/ledger'))).toHaveLength(1)
    const whole = (await reader.readPage({ query: {}, pageSize: 300, pageParam: null })).entries
    FILTERS.forEach((query, i) => {
      expect(pages[i]?.entries.map((entry) => entry.id)).toEqual(
        applyQuery(whole, normalizeQuery(query))
          .slice(0, 20)
          .map((entry) => entry.id),
      )
    })
  })

  it('shares one read between concurrent first pages under different filters', async () => {
    const mock = use(createMonkMock({ size: 500 }))
    const reader = createLedgerReader(
      createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' }),
    )
    await Promise.all(
      FILTERS.map((query) => reader.readPage({ query, pageSize: 20, pageParam: null })),
    )
    expect(mock.requests.filter((request) => request.url.endsWith('/ledger'))).toHaveLength(1)
  })
})
