/**
 * Vayu's documented response is only `{ entries }` (issue 20 §2): a full page is not the end, the
 * assumed cursor checks itself, and where the end cannot be established the read says
 * `complete: false`, never silently fewer.
 */
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { createVayuMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { failure, paramsOf, setupMockServer } from '../../../test/mock-server.js'
import { fetchAll } from '../../reader/whole-read.js'
import { createLedgerReader } from '../../reader/index.js'
import { readAll } from '../../reader/read-all.js'
import type { LedgerSource } from '../../source.js'
import { createVayuSource } from './source.js'

const use = setupMockServer()
const CUSTOMER = '65f0c0ffee0123456789abcd'
const ledgerUrl = 'https://connect.withvayu.com/credits'
const vayu = () => createVayuSource({ customerId: CUSTOMER, token: 'test-token' })

/** The source asking for `limit` rows a page, as a reader would with that page size. */
const atLimit = (limit: number): LedgerSource => {
  const source = vayu()
  return { ...source, capabilities: { ...source.capabilities, maxPageSize: limit } }
}
const LIMITS = { maxEntries: 1_000_000, maxRequests: 100_000 }
const walk = (source: LedgerSource) => fetchAll(source, {}, LIMITS, undefined)

/** How a documented-shape server might read a `cursor` nothing documents. */
type CursorReading = 'after' | 'ignored' | 'refused' | 'empty' | 'inclusive' | 'earlier'
const READINGS: CursorReading[] = ['after', 'ignored', 'refused', 'empty', 'inclusive', 'earlier']

const rowAt = (i: number) => ({
  id: (0x65000000 + i).toString(16).padStart(8, '0') + i.toString(16).padStart(16, '0'),
  createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
  type: 'Grant',
  amount: 1,
  balanceAfterEntry: i + 1,
  integrationEntities: [],
})

/** A ledger of `size` rows in the documented shape, its `cursor` read as `reading` says. */
function serveLedger(size: number, reading: CursorReading) {
  const rows = Array.from({ length: size }, (_, i) => rowAt(i))
  const index = new Map(rows.map((row, i) => [row.id, i]))
  const requests: Request[] = []
  const refuse = () =>
    HttpResponse.json(
      { type: 'invalid_request_error', code: 'parameter_invalid', message: '', param: 'cursor' },
      { status: 400 },
    )
  use({
    handlers: [
      http.get(ledgerUrl, ({ request }) => {
        requests.push(request)
        const params = new URL(request.url).searchParams
        const limit = Number(params.get('limit') ?? 10)
        const cursor = params.get('cursor')
        let start = 0
        if (cursor !== null && reading !== 'ignored') {
          const at = index.get(cursor)
          if (reading === 'refused' || at === undefined) return refuse()
          if (reading === 'empty') return HttpResponse.json({ entries: [] })
          start =
            reading === 'after' ? at + 1 : reading === 'inclusive' ? at : Math.max(0, at - limit)
        }
        return HttpResponse.json({ entries: rows.slice(start, start + limit) })
      }),
    ],
  } as never)
  return { ids: rows.map((row) => row.id), requests }
}

describe('Vayu documented-shape pagination', () => {
  it('trap: reads past a full page of 1,000 (the mock by default serves only entries)', async () => {
    const mock = use(createVayuMock({ customerId: CUSTOMER, token: 'test-token', size: 2500 }))
    const result = await readAll(createLedgerReader(vayu()))
    expect(result.complete).toBe(true)
    expect(result.entries).toHaveLength(2500)
    expect(new Set(result.entries.map((entry) => entry.id)).size).toBe(2500)
    // The second request's cursor is the first page's second-to-last row; it repeats the last.
    expect(mock.requests).toHaveLength(3)
    expect(paramsOf(mock.requests[1]).limit).toBe('1000')
  })

  it('a ledger of exactly one full page ends on the repeated row alone', async () => {
    const { ids, requests } = serveLedger(1000, 'after')
    const result = await walk(vayu())
    expect(result).toMatchObject({ complete: true })
    expect(result.entries.map((entry) => entry.id)).toEqual(ids)
    expect(requests.map((request) => paramsOf(request).cursor)).toEqual([undefined, ids[998]])
  })

  it('a short first page is the whole ledger: one request', async () => {
    const { requests } = serveLedger(999, 'after')
    expect((await walk(vayu())).entries).toHaveLength(999)
    expect(requests).toHaveLength(1)
  })

  it.each<[CursorReading, number]>([
    ['ignored', 1000],
    ['refused', 1000],
    ['empty', 1000],
    // Its answer is real rows, kept; the one it starts with was not the row the cursor expects.
    ['inclusive', 1998],
    ['earlier', 1000],
  ])('a cursor %s: complete false with what was read, never a silent end', async (reading, n) => {
    const { ids } = serveLedger(2500, reading)
    const result = await walk(vayu())
    expect(result.complete).toBe(false)
    expect(result.entries.map((entry) => entry.id)).toEqual(ids.slice(0, n))
  })

  it('a first-page-only mock says the read may be incomplete, through the reader', async () => {
    use(createVayuMock({ customerId: CUSTOMER, size: 1500, pagination: 'first-page-only' }))
    const page = await createLedgerReader(vayu()).readPage({ pageSize: 50, pageParam: null })
    expect(page.complete).toBe(false)
  })

  it('hasMore: true without a nextCursor goes on like a full page', async () => {
    const row = rowAt(0)
    const second = rowAt(1)
    use({
      handlers: [
        http.get(ledgerUrl, () =>
          HttpResponse.json({ entries: [row, second], hasMore: true, total: 5 }),
        ),
      ],
    } as never)
    const page = await vayu().fetchPage({ pageSize: 10, query: {} })
    expect(page.nextPageParam).toEqual({ cursor: row.id, overlap: second.id })
  })

  it('a failure other than a refusal on a continuation is still thrown', async () => {
    const row = rowAt(0)
    use({
      handlers: [
        http.get(ledgerUrl, () =>
          HttpResponse.json(
            { type: 'api_error', code: 'internal_error', message: 'down' },
            { status: 500 },
          ),
        ),
      ],
    } as never)
    const pending = vayu().fetchPage({
      pageSize: 10,
      pageParam: { cursor: row.id, overlap: row.id },
      query: {},
    })
    expect(await failure(pending)).toMatchObject({ kind: 'server', status: 500 })
  })

  it('property: ledgers of 0 to 5,000 at limits 1 to 1,000 reach every entry or say they may not have', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...READINGS),
        async (size, limit, reading) => {
          const { ids } = serveLedger(size, reading)
          const result = await walk(atLimit(limit))
          const got = result.entries.map((entry) => entry.id)
          expect(new Set(got).size).toBe(got.length)
          if (result.complete) expect(got).toEqual(ids)
          else expect(ids.slice(0, got.length)).toEqual(got)
          // A server that reads the cursor as assumed is always read to its end.
          if (reading === 'after') expect(result.complete).toBe(true)
        },
      ),
      // The extremes always: the largest ledger, one new row a page, exact full pages.
      {
        numRuns: 25,
        examples: [
          [400, 1, 'after'],
          [5000, 1000, 'after'],
          [2000, 1000, 'empty'],
          [0, 1, 'ignored'],
        ],
      },
    )
  })
})
