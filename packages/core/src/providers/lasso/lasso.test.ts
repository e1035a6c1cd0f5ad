import { http, HttpResponse } from 'msw'
import { createLassoMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import documented from '../../../test/fixtures/lasso-usage.doc.json' with { type: 'json' }
import { failure, paramsOf, setupMockServer } from '../../../test/mock-server.js'
import type { LedgerEntry } from '../../model.js'
import { createLassoSource, LASSO_DEFAULT_BASE_URL } from './source.js'

const use = setupMockServer()
const base = 'https://hub.banditshq.com/api/v1'
const usageUrl = `${base}/credits/usage`
const source = (token = 'test-token') => createLassoSource({ token })

/** Serves fixed bodies by page number and logs every request, for exact paging assertions. */
function servePages(pages: Record<number, unknown>): Request[] {
  const requests: Request[] = []
  use({
    handlers: [
      http.get(usageUrl, ({ request }) => {
        requests.push(request)
        const page = Number(new URL(request.url).searchParams.get('page'))
        return HttpResponse.json((pages[page] ?? null) as never)
      }),
    ],
  } as never)
  return requests
}

const serveBody = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  use({
    handlers: [http.get(usageUrl, () => HttpResponse.json(body as never, { status, headers }))],
  } as never)

const row = (id: string, amount: number, service = 'enhancement') => ({
  id,
  service,
  amount,
  table_id: null,
  description: `row ${id}`,
  created_at: '2026-01-02T03:04:05Z',
})

const body = (data: unknown[], page: number, limit: number, total: number) => ({
  data,
  pagination: { page, limit, total },
  total_used: 0,
})

describe('createLassoSource', () => {
  it('normalizes the documented example and, despite its one row, asks for page 2', async () => {
    const requests = servePages({ 1: documented, 2: body([], 2, 50, 128) })
    const lasso = source()
    const query = { from: '2025-01-01T00:00:00.000Z', to: '2025-03-31T23:59:59.000Z' }
    const first = await lasso.fetchPage({ pageSize: 50, query })
    const expected: LedgerEntry = {
      id: 'tx_abc123',
      provider: 'lasso',
      kind: 'usage',
      providerType: 'usage',
      pending: false,
      occurredAt: '2025-03-10T14:30:00.000Z',
      credits: -12,
      money: null,
      balanceAfter: null,
      category: 'enhancement',
      metric: null,
      description: 'Enhanced 6 rows × description column',
      expiresAt: null,
      invoice: null,
      grantId: null,
      raw: documented.data[0],
    }
    expect(first).toEqual({ entries: [expected], nextPageParam: 2, total: 128 })
    // raw keeps the whole row, table_id included.
    expect((first.entries[0]?.raw as { table_id: string }).table_id).toBe('tbl_xyz789')

    const second = await lasso.fetchPage({ pageSize: 50, pageParam: first.nextPageParam, query })
    expect(second).toEqual({ entries: [], nextPageParam: null, total: 128 })
    expect(requests.map((request) => paramsOf(request))).toEqual([
      { page: '1', limit: '50', from: '2025-01-01T00:00:00.000Z', to: '2025-03-31T23:59:59.000Z' },
      { page: '2', limit: '50', from: '2025-01-01T00:00:00.000Z', to: '2025-03-31T23:59:59.000Z' },
    ])
  })

  it('sends the documented request: path, page, limit, filters, Bearer token, extra headers', async () => {
    const mock = use(createLassoMock())
    const lasso = createLassoSource({ token: 'test-token', headers: { 'X-Trace': 'obj' } })
    await lasso.fetchPage({
      pageSize: 30,
      pageParam: 3,
      query: {
        kinds: ['usage'],
        from: '2026-01-01',
        to: '2026-06-30T12:00:00+02:00',
        categories: ['enhancement'],
        search: 'rows',
      },
    })
    const request = mock.requests[0] as Request
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe(usageUrl)
    // kinds and search are not Lasso filters: they are never sent.
    expect([...url.searchParams]).toEqual([
      ['page', '3'],
      ['limit', '30'],
      ['from', '2026-01-01T00:00:00.000Z'],
      ['to', '2026-06-30T10:00:00.000Z'],
      ['service', 'enhancement'],
    ])
    expect(request.headers.get('authorization')).toBe('Bearer test-token')
    expect(request.headers.get('x-trace')).toBe('obj')
    expect(LASSO_DEFAULT_BASE_URL).toBe(base)
  })

  it('sends page 1 and only page/limit without filters; headers may come from a function', async () => {
    const mock = use(createLassoMock({ token: null }))
    await createLassoSource({ headers: async () => ({ 'X-Trace': 'fn' }) }).fetchPage({
      pageSize: 10,
      query: {},
    })
    const request = mock.requests[0] as Request
    expect(paramsOf(request)).toEqual({ page: '1', limit: '10' })
    expect(request.headers.get('authorization')).toBeNull()
    expect(request.headers.get('x-trace')).toBe('fn')
  })

  it('sends service only for exactly one category', async () => {
    const mock = use(createLassoMock())
    const lasso = source()
    await lasso.fetchPage({ pageSize: 10, query: { categories: ['ingestion', 'enhancement'] } })
    await lasso.fetchPage({ pageSize: 10, query: { categories: [] } })
    await lasso.fetchPage({ pageSize: 10, query: { categories: ['ingestion'] } })
    expect(mock.requests.map((request) => paramsOf(request))).toEqual([
      { page: '1', limit: '10' },
      { page: '1', limit: '10' },
      { page: '1', limit: '10', service: 'ingestion' },
    ])
    expect(lasso.capabilities).toEqual({
      pagination: 'page',
      filters: ['from', 'to'],
      maxPageSize: 100,
    })
  })

  it('caps limit at 100 and pages by the echoed (clamped) limit', async () => {
    // A server that clamps to 40 although 100 was asked: 2 * 40 < 120, so page 3 exists.
    const rows = Array.from({ length: 40 }, (_, i) => row(`tx_${i}`, -1))
    const requests = servePages({ 2: body(rows, 2, 40, 120), 3: body(rows, 3, 40, 120) })
    const lasso = source()
    const second = await lasso.fetchPage({ pageSize: 500, pageParam: 2, query: {} })
    expect(paramsOf(requests[0])).toEqual({ page: '2', limit: '100' })
    expect(second.nextPageParam).toBe(3)
    expect(second.total).toBe(120)
    // 3 * 40 = 120 is not below 120: the last page, although the requested 100 would say otherwise.
    const third = await lasso.fetchPage({ pageSize: 100, pageParam: 3, query: {} })
    expect(third.nextPageParam).toBeNull()
  })

  it('stops on an empty page even when total says there is more', async () => {
    servePages({ 4: body([], 4, 25, 1000) })
    const page = await source().fetchPage({ pageSize: 25, pageParam: 4, query: {} })
    expect(page).toEqual({ entries: [], nextPageParam: null, total: 1000 })
  })

  it('maps positive amounts as adjustments labelled credit, fractions and zero as usage', async () => {
    const refund = {
      ...row('tx_refund', 2.5, 'ai_field'),
      table_id: 'tbl_1',
      created_at: '2026-01-02T04:04:05+01:00',
    }
    const fraction = row('tx_frac', -0.37)
    const zero = row('tx_zero', 0, 'ingestion')
    serveBody(body([refund, fraction, zero], 1, 25, 3))
    const page = await source().fetchPage({ pageSize: 25, query: {} })
    expect(page.nextPageParam).toBeNull()
    expect(page.entries).toEqual([
      {
        id: 'tx_refund',
        provider: 'lasso',
        kind: 'adjustment',
        providerType: 'credit',
        pending: false,
        occurredAt: '2026-01-02T03:04:05.000Z',
        credits: 2.5,
        money: null,
        balanceAfter: null,
        category: 'ai_field',
        metric: null,
        description: 'row tx_refund',
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: refund,
      },
      {
        id: 'tx_frac',
        provider: 'lasso',
        kind: 'usage',
        providerType: 'usage',
        pending: false,
        occurredAt: '2026-01-02T03:04:05.000Z',
        credits: -0.37,
        money: null,
        balanceAfter: null,
        category: 'enhancement',
        metric: null,
        description: 'row tx_frac',
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: fraction,
      },
      {
        id: 'tx_zero',
        provider: 'lasso',
        kind: 'usage',
        providerType: 'usage',
        pending: false,
        occurredAt: '2026-01-02T03:04:05.000Z',
        credits: 0,
        money: null,
        balanceAfter: null,
        category: 'ingestion',
        metric: null,
        description: 'row tx_zero',
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: zero,
      },
    ])
  })

  it('maps a generated ledger: unknown services kept, signs give the kind', async () => {
    use(createLassoMock({ size: 300, scenario: 'unknown-types' }))
    const { entries, total, nextPageParam } = await source().fetchPage({ pageSize: 100, query: {} })
    expect(entries).toHaveLength(100)
    expect(nextPageParam).toBe(2)
    expect(total).toBeGreaterThan(100)
    const aiField = entries.filter((entry) => entry.category === 'ai_field')
    expect(aiField.length).toBeGreaterThan(0)
    for (const entry of entries) {
      expect(entry.kind).toBe((entry.credits as number) > 0 ? 'adjustment' : 'usage')
      expect(entry.providerType).toBe((entry.credits as number) > 0 ? 'credit' : 'usage')
    }
  })

  it('reads the balance endpoint as the anchor, accepting extra fields', async () => {
    const mock = use(createLassoMock({ size: 50 }))
    const balance = await source().fetchBalance?.({})
    expect(mock.requests[0]?.url).toBe(`${base}/credits/balance`)
    // Lasso has no grant or expiration rows: its balance is every grant plus every row amount.
    const centi = mock.timeline.events
      .filter((event) => event.kind !== 'expiration')
      .reduce((sum, event) => sum + event.centi, 0)
    expect(balance).toEqual({ credits: centi / 100, money: null, asOf: null })

    use({
      handlers: [
        http.get(`${base}/credits/balance`, () =>
          HttpResponse.json({ balance: 49_876.5, monthly_allocation: 50_000 }),
        ),
      ],
    } as never)
    expect(await source().fetchBalance?.({})).toEqual({
      credits: 49_876.5,
      money: null,
      asOf: null,
    })
  })

  it('reads Lasso error bodies into LedgerError', async () => {
    use(createLassoMock())
    const auth = await failure(source('wrong').fetchPage({ pageSize: 10, query: {} }))
    expect(auth).toMatchObject({ kind: 'auth', status: 401, code: 'unauthenticated' })
    expect(auth.providerMessage).toBe('Invalid or deactivated API key')

    use(createLassoMock({ scenario: 'forbidden' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'forbidden',
    })

    use(createLassoMock({ scenario: 'rate-limited', retryAfterSeconds: 7 }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      code: 'rate_limited',
    })

    use(createLassoMock({ scenario: 'server-error' }))
    expect(await failure(source().fetchBalance!({}))).toMatchObject({
      kind: 'server',
      status: 500,
      code: 'internal_error',
      providerMessage: 'Internal server error',
    })

    use(createLassoMock({ scenario: 'network-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'network',
    })

    use(createLassoMock({ scenario: 'malformed' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.data[0].amount',
    })
  })

  it('reads the documented 422 body exactly', async () => {
    const documented422 = {
      status_code: 422,
      error_type: 'validation_error',
      message: 'Missing required field: name',
      request_id: '550e8400-e29b-41d4-a716-446655440000',
    }
    serveBody(documented422, 422)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'invalid_request',
      status: 422,
      code: 'validation_error',
      providerMessage: 'Missing required field: name',
      retryAfterMs: null,
    })
  })

  it('accepts amounts that arrive as numeric strings, as every provider amount may', async () => {
    const body = structuredClone(documented) as {
      data: Record<string, unknown>[]
      total_used: unknown
    }
    ;(body.data[0] as Record<string, unknown>).amount = '-12.5'
    body.total_used = '3420'
    use({ handlers: [http.get(usageUrl, () => HttpResponse.json(body as never))] } as never)
    const page = await source().fetchPage({ pageSize: 50, query: {} })
    expect(page.entries[0]?.credits).toBe(-12.5)
  })

  it('names the JSON path of a wrong type and rejects non-JSON bodies', async () => {
    type Loose = Record<string, unknown>
    interface Broken {
      data: Loose[]
      pagination: Loose
      total_used: unknown
    }
    const cases: Array<[(b: Broken, first: Loose) => void, string]> = [
      [(_, first) => (first.created_at = '2025-02-30T14:30:00.000Z'), '$.data[0].created_at'],
      [(_, first) => (first.table_id = 7), '$.data[0].table_id'],
      [(_, first) => (first.amount = 'minus twelve'), '$.data[0].amount'],
      [(_, first) => delete first.description, '$.data[0].description'],
      [(_, first) => (first.id = null), '$.data[0].id'],
      [(b) => (b.pagination.limit = 50.5), '$.pagination.limit'],
      [(b) => (b.total_used = null), '$.total_used'],
      [(b) => (b.data = {} as never), '$.data'],
    ]
    for (const [breakIt, path] of cases) {
      const broken = structuredClone(documented) as unknown as Broken
      breakIt(broken, broken.data[0] as Loose)
      serveBody(broken)
      expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
        kind: 'malformed',
        path,
      })
    }
    use({
      handlers: [http.get(usageUrl, () => new HttpResponse('<html>oops</html>', { status: 200 }))],
    } as never)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$',
    })
    use({
      handlers: [
        http.get(`${base}/credits/balance`, () => HttpResponse.json({ balance: 'twelve' })),
      ],
    } as never)
    expect(await failure(source().fetchBalance!({}))).toMatchObject({
      kind: 'malformed',
      path: '$.balance',
    })
  })

  it('reports an abort as aborted', async () => {
    use(createLassoMock({ scenario: 'slow', delayMs: 5000 }))
    const controller = new AbortController()
    const pending = source().fetchPage({ pageSize: 10, query: {}, signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('rejects a page param that is not a page number, without a request', async () => {
    const mock = use(createLassoMock())
    expect(
      await failure(source().fetchPage({ pageSize: 10, pageParam: 0, query: {} })),
    ).toMatchObject({
      kind: 'invalid_request',
    })
    expect(mock.requests).toHaveLength(0)
    expect(() => createLassoSource({ baseUrl: 42 as never })).toThrow(TypeError)
  })
})
