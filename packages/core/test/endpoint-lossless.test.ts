/**
 * Issue 14, items 1-3, through the ledger endpoint over real HTTP (loopback) in front of the
 * provider mocks: rows served in an order of the provider's own, pages that repeat rows, a read
 * cut by the cap. Every entry once, or the response says `complete: false`.
 */
import { describe, expect, it } from 'vitest'
import {
  createLassoMock,
  createSynapMock,
  createVayuMock,
  VAYU_CUSTOMER_ID,
  type MockOptions,
} from '@usage-kit/mocks'
import {
  createLassoSource,
  createLedgerReader,
  createRemoteSource,
  createSynapSource,
  createVayuSource,
  readAll,
  type LedgerSource,
} from '@usage-kit/core'
import { createLedgerHandler, type LedgerResponseBody } from '../src/server/index.js'
import { setupLoopback } from './loopback.js'

const loop = setupLoopback()
const token = 'test-token'

/** Every page of the endpoint, following its tokens. */
async function walkEndpoint(url: string, pageSize: number) {
  const ids: string[] = []
  const bodies: LedgerResponseBody[] = []
  let pageParam: string | null = null
  for (let i = 0; i < 1000; i++) {
    const search = new URLSearchParams({ pageSize: String(pageSize) })
    if (pageParam !== null) search.set('pageParam', pageParam)
    const response = await fetch(`${url}?${search}`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as LedgerResponseBody
    bodies.push(body)
    ids.push(...body.entries.map((entry) => entry.id))
    pageParam = body.nextPageParam
    if (pageParam === null) break
  }
  return { ids, bodies }
}

const cases: {
  name: string
  options: MockOptions
  mock(options: MockOptions): ReturnType<typeof createSynapMock>
  source(): LedgerSource
}[] = [
  {
    name: 'Synap served in an order of its own',
    options: { size: 300, rowOrder: 'shuffled' },
    mock: createSynapMock,
    source: () => createSynapSource({ token }),
  },
  {
    name: 'Synap pages repeating every row',
    options: { size: 300, repeatRows: true },
    mock: createSynapMock,
    source: () => createSynapSource({ token }),
  },
  {
    name: 'Lasso served in an order of its own',
    options: { size: 300, rowOrder: 'shuffled' },
    mock: createLassoMock,
    source: () => createLassoSource({ token }),
  },
  {
    name: 'Lasso pages repeating every row',
    options: { size: 300, repeatRows: true, rowOrder: 'shuffled' },
    mock: createLassoMock,
    source: () => createLassoSource({ token }),
  },
]

describe('the endpoint over misbehaving providers', () => {
  it.each(cases)('$name: delivers every entry exactly once, newest first', async (c) => {
    const reference = c.mock({ ...c.options, rowOrder: 'newest-first', repeatRows: false })
    loop.use(reference)
    const expected = (
      await readAll(createLedgerReader(c.source(), { reconstructBalances: false }))
    ).entries.map((entry) => entry.id)
    expect(expected.length).toBeGreaterThan(200)

    loop.use(c.mock(c.options))
    const url = await loop.serve(createLedgerHandler({ source: c.source() }))
    const { ids, bodies } = await walkEndpoint(url, 50)
    expect(ids).toEqual(expected)
    expect(bodies.every((body) => body.complete === undefined)).toBe(true)
    expect(bodies[0]?.total).toBe(expected.length)
  })

  it('says complete: false when the ledger is larger than the cap, and the remote source passes it on', async () => {
    loop.use(createVayuMock({ size: 300 }))
    const source = createVayuSource({ token, customerId: VAYU_CUSTOMER_ID })
    const url = await loop.serve(
      createLedgerHandler({ source, reader: { maxSnapshotEntries: 120 } }),
    )
    const { ids, bodies } = await walkEndpoint(url, 50)
    expect(ids).toHaveLength(120)
    expect(bodies.every((body) => body.complete === false)).toBe(true)
    expect(bodies[0]?.total).toBe(120)

    const remote = createRemoteSource({ url, balance: false })
    const page = await createLedgerReader(remote).readPage({ pageSize: 50 })
    expect(page.complete).toBe(false)
    const all = await readAll(createLedgerReader(remote), { pageSize: 50 })
    expect(all.complete).toBe(false)
  })

  it('reads an oldest-first Vayu cursor past the old 200-request cap to its newest entry', async () => {
    // 205 pages of Vayu's largest (1,000) would take minutes here; 205 pages of 10 are the same
    // walk, with the page size capped by the source's declared maximum.
    loop.use(createVayuMock({ size: 2050 }))
    const vayu = createVayuSource({ token, customerId: VAYU_CUSTOMER_ID })
    const small: LedgerSource = {
      ...vayu,
      capabilities: { ...vayu.capabilities, maxPageSize: 10 },
      fetchPage: (request) => vayu.fetchPage({ ...request, pageSize: 10 }),
    }
    const url = await loop.serve(createLedgerHandler({ source: small }))
    const { bodies } = await walkEndpoint(url, 200)
    expect(bodies[0]?.total).toBe(2050)
    expect(bodies[0]?.complete).toBeUndefined()
    const newest = bodies[0]?.entries[0]?.occurredAt
    const all = bodies.flatMap((body) => body.entries)
    expect(all).toHaveLength(2050)
    expect(all.every((entry) => entry.occurredAt <= (newest as string))).toBe(true)
  }, 60_000)

  it('Synap: a page of 100 rows for limit=50 moves the offset by 50, not 100', async () => {
    loop.use(createSynapMock({ size: 300, repeatRows: true }))
    const source = createSynapSource({ token })
    const seen = new Set<string>()
    let pageParam: unknown = undefined
    for (let i = 0; i < 10; i++) {
      const page = await source.fetchPage({ pageSize: 50, pageParam, query: {} })
      expect(page.entries).toHaveLength(100)
      expect(page.total).toBe(300)
      for (const entry of page.entries) seen.add(entry.id)
      pageParam = page.nextPageParam
      if (pageParam === null) break
      expect(pageParam).toBe(50 * (i + 1))
    }
    expect(seen.size).toBe(300)
  })
})
