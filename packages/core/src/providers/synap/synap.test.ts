import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { createSynapMock } from '@usage-kit/mocks'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import sample from '../../../test/fixtures/synap-ledger.sample.json' with { type: 'json' }
import { failure, paramsOf, setupMockServer } from '../../../test/mock-server.js'
import type { LedgerEntry } from '../../model.js'
import type { LedgerQuery } from '../../query.js'
import { parseSynapLedger } from './parse.js'
import { synapLedgerSchema } from '../../../test/schemas/synap.js'
import { createSynapSource } from './source.js'

const use = setupMockServer()
const base = 'https://synap-cloud-prod.maximem.ai'
const ledgerUrl = `${base}/v1/credits/ledger`
const source = (token = 'test-token') => createSynapSource({ token })

const serveBody = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  use({
    handlers: [http.get(ledgerUrl, () => HttpResponse.json(body as never, { status, headers }))],
  } as never)

async function paramsFor(query: LedgerQuery, pageSize = 50, pageParam?: unknown) {
  const mock = use(createSynapMock())
  await source().fetchPage({ pageSize, pageParam, query })
  return paramsOf(mock.requests.at(-1))
}

const rows = sample.entries
const row = rows[0] as (typeof rows)[number]

describe('createSynapSource: request', () => {
  it('sends path, limit/offset, Bearer token and extra headers, and no unsupported filters', async () => {
    const mock = use(createSynapMock())
    // Neither a kind set other than [grant]/[usage], nor categories, nor search go to Synap.
    await createSynapSource({
      token: 'test-token',
      headers: { 'X-Client-ID': 'c1', 'X-Instance-ID': 'i1' },
    }).fetchPage({
      pageSize: 50,
      query: { kinds: ['grant', 'usage'], categories: ['inference'], search: 'x' },
    })
    await createSynapSource({
      token: 'test-token',
      headers: async () => ({ 'X-Trace': 'abc' }),
    }).fetchPage({ pageSize: 20, pageParam: 40, query: {} })
    const [first, second] = mock.requests as [Request, Request]
    const url = new URL(first.url)
    expect(url.origin + url.pathname).toBe(ledgerUrl)
    expect([...url.searchParams]).toEqual([
      ['limit', '50'],
      ['offset', '0'],
    ])
    expect(first.headers.get('authorization')).toBe('Bearer test-token')
    expect(first.headers.get('x-client-id')).toBe('c1')
    expect(first.headers.get('x-instance-id')).toBe('i1')
    expect(paramsOf(second)).toEqual({ limit: '20', offset: '40' })
    expect(second.headers.get('x-trace')).toBe('abc')
    expect(second.headers.get('authorization')).toBe('Bearer test-token')
  })

  it('sends from/to as canonical UTC ISO strings (trap: no "+", no naive values)', async () => {
    const params = await paramsFor({ from: '2026-03-01', to: '2026-03-31T23:59:59+02:00' })
    expect(params).toEqual({
      limit: '50',
      offset: '0',
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T21:59:59.000Z',
    })
    expect(await paramsFor({ from: '2026-03-01T08:00:00' })).toEqual({
      limit: '50',
      offset: '0',
      from: '2026-03-01T08:00:00.000Z',
    })
  })

  it('sends entry_type only for exactly [grant] or [usage] (trap)', async () => {
    expect((await paramsFor({ kinds: ['grant'] })).entry_type).toBe('credit')
    expect((await paramsFor({ kinds: ['usage'] })).entry_type).toBe('debit')
    expect((await paramsFor({ kinds: ['usage', 'usage'] })).entry_type).toBe('debit')
    for (const kinds of [
      ['grant', 'usage'],
      ['expiration'],
      ['reversal'],
      ['adjustment'],
      [],
    ] as const) {
      expect(await paramsFor({ kinds: [...kinds] })).toEqual({ limit: '50', offset: '0' })
    }
  })

  it('caps limit at 1000 and sends the page param as offset', async () => {
    expect(await paramsFor({}, 5000, 2000)).toEqual({ limit: '1000', offset: '2000' })
    expect(await paramsFor({}, 1000)).toEqual({ limit: '1000', offset: '0' })
  })

  it('declares its capabilities and rejects bad options', async () => {
    expect(source().capabilities).toEqual({
      pagination: 'offset',
      filters: ['from', 'to'],
      maxPageSize: 1000,
    })
    expect(() => createSynapSource({ baseUrl: ' ' })).toThrow(TypeError)
    await expect(source().fetchPage({ pageSize: 10, pageParam: 'x', query: {} })).rejects.toThrow(
      TypeError,
    )
  })
})

describe('createSynapSource: mapping', () => {
  it('maps every documented field and kind (README.md)', async () => {
    serveBody(sample)
    const page = await source().fetchPage({ pageSize: 50, query: {} })
    expect(page.total).toBe(6)
    expect(page.nextPageParam).toBeNull()
    expect(page.entries).toEqual([
      // Z suffix
      {
        id: 'led_7',
        provider: 'synap',
        kind: 'usage',
        providerType: 'debit',
        pending: false,
        occurredAt: '2026-03-03T10:54:00.000Z',
        credits: -0.1,
        money: null,
        balanceAfter: null,
        category: 'inference',
        metric: 'llm_input_tokens',
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[0],
      },
      // numeric string, microseconds, +00:00
      {
        id: 'led_6',
        provider: 'synap',
        kind: 'grant',
        providerType: 'credit',
        pending: false,
        occurredAt: '2026-03-02T09:00:00.123Z',
        credits: 500.1,
        money: null,
        balanceAfter: null,
        category: 'purchase',
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[1],
      },
      // naive (UTC), optional keys absent
      {
        id: 'led_5',
        provider: 'synap',
        kind: 'expiration',
        providerType: 'credit_expiration',
        pending: false,
        occurredAt: '2026-03-01T23:59:59.000Z',
        credits: -12.5,
        money: null,
        balanceAfter: null,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[2],
      },
      // +02:00 offset
      {
        id: 'led_4',
        provider: 'synap',
        kind: 'reversal',
        providerType: 'refund',
        pending: false,
        occurredAt: '2026-03-01T10:00:00.000Z',
        credits: 0.3,
        money: null,
        balanceAfter: null,
        category: 'retrieval',
        metric: 'retrievals',
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[3],
      },
      {
        id: 'led_3',
        provider: 'synap',
        kind: 'adjustment',
        providerType: 'manual_adjustment',
        pending: false,
        occurredAt: '2026-02-28T00:00:00.500Z',
        credits: -0.0004,
        money: null,
        balanceAfter: null,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[4],
      },
      // unknown label: kept, providerType unchanged
      {
        id: 'led_2',
        provider: 'synap',
        kind: 'adjustment',
        providerType: 'rollover',
        pending: false,
        occurredAt: '2026-02-27T06:41:00.000Z',
        credits: 7,
        money: null,
        balanceAfter: null,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: rows[5],
      },
    ])
  })

  it('parses numeric-string deltas to numbers (trap)', () => {
    const deltas = ['-0.1', '0.30', '1562.5', '-0.0004', '12']
    const body = { entries: deltas.map((delta, i) => ({ ...row, ledger_id: `d${i}`, delta })) }
    expect(parseSynapLedger(body).entries.map((entry) => entry.credits)).toEqual([
      -0.1, 0.3, 1562.5, -0.0004, 12,
    ])
  })

  it('reads naive timestamps as UTC, never local time (trap)', () => {
    const stamps = [
      '2026-03-03T10:54:00',
      '2026-03-03T10:54:00.250',
      '2026-03-03 10:54:00',
      '2026-03-03T10:54:00+00:00',
      '2026-03-03T10:54:00Z',
      '2026-03-03T12:54:00+02:00',
    ]
    const body = {
      entries: stamps.map((created_at, i) => ({ ...row, ledger_id: `t${i}`, created_at })),
    }
    expect(parseSynapLedger(body).entries.map((entry) => entry.occurredAt)).toEqual([
      '2026-03-03T10:54:00.000Z',
      '2026-03-03T10:54:00.250Z',
      '2026-03-03T10:54:00.000Z',
      '2026-03-03T10:54:00.000Z',
      '2026-03-03T10:54:00.000Z',
      '2026-03-03T10:54:00.000Z',
    ])
  })

  it('maps a generated ledger row for row, unknown labels kept as adjustments', async () => {
    const mock = use(createSynapMock({ size: 120, scenario: 'unknown-types' }))
    const { entries } = await source().fetchPage({ pageSize: 500, query: {} })
    const events = [...mock.timeline.events].reverse()
    const kindOf = {
      grant: 'grant',
      usage: 'usage',
      expiration: 'expiration',
      reversal: 'reversal',
      adjustment: 'adjustment',
    }
    expect(
      entries.map((entry) => [entry.occurredAt, entry.credits, entry.kind, entry.metric]),
    ).toEqual(
      events.map((event) => [
        new Date(event.at).toISOString(),
        event.centi / 100,
        event.seq % 17 === 5 ? 'adjustment' : kindOf[event.kind],
        event.metric,
      ]),
    )
    const unknown = entries.filter((entry) => entry.providerType === 'rollover')
    expect(unknown).toHaveLength(events.filter((event) => event.seq % 17 === 5).length)
    expect(unknown.every((entry) => entry.kind === 'adjustment')).toBe(true)
    expect(
      entries.filter((entry) => typeof (entry.raw as { delta: unknown }).delta === 'string').length,
    ).toBeGreaterThan(10)
  })
})

describe('createSynapSource: pagination', () => {
  const page = (count: number, extra: Record<string, unknown>) => ({
    entries: Array.from({ length: count }, (_, i) => ({ ...row, ledger_id: `p${i}` })),
    ...extra,
  })
  const next = async (body: unknown, pageSize = 10, pageParam?: number) => {
    serveBody(body)
    const result = await source().fetchPage({ pageSize, pageParam, query: {} })
    return { nextPageParam: result.nextPageParam, total: result.total }
  }

  it('walks offsets by the echoed offset plus the rows received, stopping at total', async () => {
    const mock = use(createSynapMock({ size: 250 }))
    const offsets: unknown[] = []
    let pageParam: unknown
    do {
      const result: { nextPageParam: unknown; total: number | null; entries: LedgerEntry[] } =
        await source().fetchPage({ pageSize: 100, pageParam, query: {} })
      expect(result.total).toBe(250)
      offsets.push(pageParam)
      pageParam = result.nextPageParam
    } while (pageParam !== null)
    expect(offsets).toEqual([undefined, 100, 200])
    expect(mock.requests.map((request) => paramsOf(request).offset)).toEqual(['0', '100', '200'])
  })

  it('re-reads a total that grows between pages (trap)', async () => {
    use(createSynapMock({ size: 250, scenario: 'appending', appendPerRequest: 3 }))
    const seen: Array<[unknown, number | null, number]> = []
    let pageParam: unknown
    do {
      const result = await source().fetchPage({ pageSize: 100, pageParam, query: {} })
      seen.push([result.nextPageParam, result.total, result.entries.length])
      pageParam = result.nextPageParam
    } while (pageParam !== null)
    expect(seen).toEqual([
      [100, 250, 100],
      [200, 253, 100],
      [null, 256, 56],
    ])
  })

  it('follows the echoes and stops on empty pages', async () => {
    expect(await next(page(10, { total: 35, limit: 10, offset: 20 }), 10, 20)).toEqual({
      nextPageParam: 30,
      total: 35,
    })
    expect(await next(page(5, { total: 35, limit: 5, offset: 30 }), 10, 30)).toEqual({
      nextPageParam: null,
      total: 35,
    })
    // The server clamped the page to 4 rows and says it started at 8: continue from 12.
    expect(await next(page(4, { total: 35, limit: 4, offset: 8 }), 10, 10)).toEqual({
      nextPageParam: 12,
      total: 35,
    })
    expect(await next(page(0, { total: 35, limit: 10, offset: 10 }), 10, 10)).toEqual({
      nextPageParam: null,
      total: 35,
    })
  })

  it('without total, keeps paging on full pages and stops on a short one (trap)', async () => {
    expect(await next(page(10, { limit: 10, offset: 0 }))).toEqual({
      nextPageParam: 10,
      total: null,
    })
    expect(await next(page(10, {}), 10, 30)).toEqual({ nextPageParam: 40, total: null })
    expect(await next(page(7, {}), 10, 40)).toEqual({ nextPageParam: null, total: null })
    expect(await next(page(6, { limit: 6 }), 10, 40)).toEqual({ nextPageParam: 46, total: null })
    expect(await next(page(0, {}), 10, 50)).toEqual({ nextPageParam: null, total: null })
  })
})

describe('createSynapSource: errors and balance', () => {
  const fetchOne = (s = source()) => s.fetchPage({ pageSize: 10, query: {} })
  const balance = () => {
    const { fetchBalance } = source()
    if (!fetchBalance) throw new Error('createSynapSource must implement fetchBalance')
    return fetchBalance({})
  }

  it('reads FastAPI error bodies into LedgerError', async () => {
    use(createSynapMock())
    expect(await failure(fetchOne(source('wrong')))).toMatchObject({
      kind: 'auth',
      status: 401,
      code: null,
      providerMessage: 'Invalid API key',
    })
    use(createSynapMock({ scenario: 'forbidden' }))
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'forbidden',
      status: 403,
      providerMessage: 'Forbidden',
    })
    use(createSynapMock({ scenario: 'rate-limited', retryAfterSeconds: 7 }))
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      providerMessage: 'Rate limit exceeded',
    })
    use(createSynapMock({ scenario: 'server-error' }))
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'server',
      status: 500,
      providerMessage: 'Internal server error',
    })
    use(createSynapMock({ scenario: 'network-error' }))
    expect(await failure(fetchOne())).toMatchObject({ kind: 'network', status: null })
    use(createSynapMock({ scenario: 'malformed' }))
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'malformed',
      path: '$.entries[0].delta',
    })
  })

  it('reads 422 validation lists and 409 detail objects', async () => {
    serveBody(
      {
        detail: [
          {
            type: 'less_than_equal',
            loc: ['query', 'limit'],
            msg: 'Input should be less than or equal to 1000',
            input: '5000',
          },
          {
            type: 'int_parsing',
            loc: ['query', 'offset'],
            msg: 'Input should be a valid integer',
            input: 'x',
          },
        ],
      },
      422,
    )
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'invalid_request',
      status: 422,
      code: 'less_than_equal',
      providerMessage:
        'query.limit: Input should be less than or equal to 1000; query.offset: Input should be a valid integer',
    })
    serveBody({ detail: { code: 'wallet_locked', message: 'Wallet is locked' } }, 409)
    expect(await failure(fetchOne())).toMatchObject({
      kind: 'invalid_request',
      status: 409,
      code: 'wallet_locked',
      providerMessage: 'Wallet is locked',
    })
  })

  it('names the JSON path of a malformed body and rejects non-JSON bodies', async () => {
    const cases: Array<[unknown, string]> = [
      [
        { entries: [rows[0], rows[1], { ...rows[2], created_at: '2026-02-30T00:00:00' }] },
        '$.entries[2].created_at',
      ],
      [{ entries: [rows[0], { ...rows[1], delta: true }] }, '$.entries[1].delta'],
      [{ entries: [{ ...row, category: 3 }] }, '$.entries[0].category'],
      [{ entries: [rows[0]], total: null }, '$.total'],
      [{ entries: [rows[0]], total: 1, offset: 2.5 }, '$.offset'],
      [{ total: 3 }, '$.entries'],
    ]
    for (const [body, path] of cases) {
      serveBody(body)
      expect(await failure(fetchOne())).toMatchObject({ kind: 'malformed', path })
    }
    use({
      handlers: [http.get(ledgerUrl, () => new HttpResponse('<html>oops</html>', { status: 200 }))],
    } as never)
    expect(await failure(fetchOne())).toMatchObject({ kind: 'malformed', path: '$' })
  })

  it('the fast path and the schema accept the same bodies', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double(),
      fc.string(),
      fc.constantFrom('-0.1', '2026-03-01T00:00:00', 'x'),
    )
    const key = fc.constantFrom(
      'ledger_id',
      'entry_type',
      'delta',
      'metric_type',
      'category',
      'created_at',
    )
    fc.assert(
      fc.property(
        key,
        value,
        fc.constantFrom('total', 'limit', 'offset'),
        value,
        (field, a, meta, b) => {
          const body = { entries: [{ ...row, [field]: a }], [meta]: b }
          let fast = true
          try {
            parseSynapLedger(body)
          } catch {
            fast = false
          }
          expect(fast).toBe(v.safeParse(synapLedgerSchema, body).success)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reports an abort as aborted', async () => {
    use(createSynapMock({ scenario: 'slow', delayMs: 5000 }))
    const controller = new AbortController()
    const pending = source().fetchPage({ pageSize: 10, query: {}, signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('reads the balance endpoint as the anchor, consistent with the ledger', async () => {
    const mock = use(createSynapMock({ size: 300 }))
    expect(await balance()).toEqual({
      credits: mock.timeline.balanceCenti() / 100,
      money: null,
      asOf: null,
    })
    const balanceUrl = `${base}/v1/credits/balance`
    const body = {
      client_id: 'c',
      balance_credits: '12.30',
      warning_low: true,
      buckets: [{ source_type: 'promo', balance: '12.30', expires_at: '2027-01-01T00:00:00' }],
    }
    use({ handlers: [http.get(balanceUrl, () => HttpResponse.json(body))] } as never)
    expect(await balance()).toEqual({ credits: 12.3, money: null, asOf: null })
    use({
      handlers: [
        http.get(balanceUrl, () =>
          HttpResponse.json({ ...body, buckets: [{ ...body.buckets[0], balance: null }] }),
        ),
      ],
    } as never)
    expect(await failure(balance())).toMatchObject({
      kind: 'malformed',
      path: '$.buckets[0].balance',
    })
    use(createSynapMock({ scenario: 'malformed' }))
    expect(await failure(balance())).toMatchObject({ kind: 'malformed', path: '$.balance_credits' })
  })
})
