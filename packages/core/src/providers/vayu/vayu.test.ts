import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { createVayuMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { failure, paramsOf, setupMockServer } from '../../../test/mock-server.js'
import { credentialMaterial } from '../../internal/credentials.js'
import { REJECTED } from '../../internal/read-checked.js'
import { parseVayuLedger } from './parse.js'
import { vayuLedgerSchema } from '../../../test/schemas/vayu.js'
import { createVayuSource } from './source.js'

const use = setupMockServer()
const base = 'https://connect.withvayu.com'
const ledgerUrl = `${base}/credits`
const CUSTOMER = '65f0c0ffee0123456789abcd'
const source = (token = 'test-token') => createVayuSource({ customerId: CUSTOMER, token })
const mockOf = (options: Parameters<typeof createVayuMock>[0] = {}) =>
  createVayuMock({ customerId: CUSTOMER, ...options })

/** Serves one fixed body, logging the requests it answers. */
function serveBody(body: unknown, status = 200, headers: Record<string, string> = {}): Request[] {
  const requests: Request[] = []
  use({
    handlers: [
      http.get(ledgerUrl, ({ request }) => {
        requests.push(request.clone())
        return HttpResponse.json(body as never, { status, headers })
      }),
    ],
  } as never)
  return requests
}

type Json = Record<string, unknown>
const set = (target: Json, key: string, value: unknown) => {
  if (value === undefined) delete target[key]
  else target[key] = value
}

const stripe = {
  updatedAt: '2026-03-01T10:01:00+00:00',
  integrationProvider: 'Stripe',
  integrationExternalId: 'cbtxn_1Abc',
  syncStatus: 'Synced',
  metadata: { source: 'invoice' },
  rawSyncedData: null,
}
const grant = {
  id: '65e1a0000000000000000001',
  createdAt: '2026-03-01T09:00:00Z',
  type: 'Grant',
  amount: 500,
  balanceAfterEntry: 500,
  contractId: '65e1a00000000000000c0ffe',
  integrationEntities: [],
}
const usage = {
  id: '65e1a0000000000000000002',
  createdAt: '2026-03-01T10:00:00.250Z',
  type: 'Deduct',
  amount: 12.5, // positive on a Deduct: the type decides the sign
  balanceAfterEntry: 487.5,
  invoiceId: '65e1a00000000000000f00d1',
  erpId: 'cbtxn_1Abc',
  integrationEntities: [stripe],
}
const manual = {
  id: '65e1a0000000000000000003',
  createdAt: '2026-03-02T00:00:00.000Z',
  type: 'Deduct',
  amount: -0.1,
  balanceAfterEntry: 487.4,
  integrationEntities: [],
}
const application = {
  id: 'not-an-object-id', // ids are not held to the documented 24-hex pattern
  createdAt: '2026-03-03T00:00:00.000Z',
  type: 'Application',
  amount: -7.4,
  balanceAfterEntry: 480,
  invoiceId: '65e1a00000000000000f00d1',
  integrationEntities: [{ ...stripe, integrationProvider: 'Brex', syncStatus: 'Pending' }],
}
const documented = { entries: [grant, usage, manual, application] }

describe('createVayuSource', () => {
  it('maps every documented field (`CreditLedgerEntry`), unknown types kept as adjustments', async () => {
    serveBody(documented)
    const page = await source().fetchPage({ pageSize: 100, query: {} })
    expect(page.nextPageParam).toBeNull()
    expect(page.total).toBeNull()
    expect(page.entries).toEqual([
      {
        id: '65e1a0000000000000000001',
        provider: 'vayu',
        kind: 'grant',
        providerType: 'Grant',
        pending: false,
        occurredAt: '2026-03-01T09:00:00.000Z',
        credits: 500,
        money: null,
        balanceAfter: 500,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: grant,
      },
      {
        id: '65e1a0000000000000000002',
        provider: 'vayu',
        kind: 'usage',
        providerType: 'Deduct',
        pending: false,
        occurredAt: '2026-03-01T10:00:00.250Z',
        credits: -12.5,
        money: null,
        balanceAfter: 487.5,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: { id: '65e1a00000000000000f00d1', url: null },
        grantId: null,
        raw: usage,
      },
      {
        id: '65e1a0000000000000000003',
        provider: 'vayu',
        kind: 'adjustment',
        providerType: 'Deduct',
        pending: false,
        occurredAt: '2026-03-02T00:00:00.000Z',
        credits: -0.1,
        money: null,
        balanceAfter: 487.4,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: manual,
      },
      {
        id: 'not-an-object-id',
        provider: 'vayu',
        kind: 'adjustment',
        providerType: 'Application',
        pending: false,
        occurredAt: '2026-03-03T00:00:00.000Z',
        credits: -7.4,
        money: null,
        balanceAfter: 480,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: { id: '65e1a00000000000000f00d1', url: null },
        grantId: null,
        raw: application,
      },
    ])
    // raw is the row itself: contractId, erpId and integrationEntities stay reachable.
    expect((page.entries[0]?.raw as typeof grant).contractId).toBe('65e1a00000000000000c0ffe')
  })

  it('sends the documented request: path, customerId, limit, Bearer token, x-api-key', async () => {
    const mock = use(mockOf())
    await createVayuSource({
      customerId: CUSTOMER,
      token: 'test-token',
      headers: { 'x-api-key': 'client-id-1' },
    }).fetchPage({ pageSize: 5000, query: {} })
    const request = mock.requests[0] as Request
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe(ledgerUrl)
    expect([...url.searchParams]).toEqual([
      ['customerId', CUSTOMER],
      ['limit', '1000'],
    ])
    expect(request.headers.get('authorization')).toBe('Bearer test-token')
    expect(request.headers.get('x-api-key')).toBe('client-id-1')
  })

  it('calls the headers function on every request (x-api-key in function form)', async () => {
    const mock = use(mockOf({ size: 30 }))
    let calls = 0
    const vayu = createVayuSource({
      customerId: CUSTOMER,
      token: 'test-token',
      headers: async () => ({ 'x-api-key': `client-${++calls}` }),
    })
    const first = await vayu.fetchPage({ pageSize: 20, query: {} })
    await vayu.fetchPage({ pageSize: 20, pageParam: first.nextPageParam, query: {} })
    expect(mock.requests.map((request) => request.headers.get('x-api-key'))).toEqual([
      'client-1',
      'client-2',
    ])
  })

  it('sends no filters: Vayu filters nothing server-side', async () => {
    const mock = use(mockOf())
    const vayu = source()
    expect(vayu.capabilities).toEqual({ pagination: 'cursor', filters: [], maxPageSize: 1000 })
    await vayu.fetchPage({
      pageSize: 50,
      query: {
        kinds: ['usage'],
        from: '2026-01-01',
        to: '2026-02-01',
        categories: ['x'],
        search: 'y',
      },
    })
    expect(paramsOf(mock.requests[0])).toEqual({ customerId: CUSTOMER, limit: '50' })
  })

  it('trap: sends limit on every request, even for a small page (the server default is 10)', async () => {
    const mock = use(mockOf({ size: 40 }))
    const vayu = source()
    const first = await vayu.fetchPage({ pageSize: 3, query: {} })
    expect(first.entries).toHaveLength(3)
    await vayu.fetchPage({ pageSize: 3, pageParam: first.nextPageParam, query: {} })
    await vayu.fetchPage({ pageSize: 0, query: {} })
    await vayu.fetchPage({ pageSize: 12.7, query: {} })
    await vayu.fetchPage({ pageSize: Number.POSITIVE_INFINITY, query: {} })
    // A continuation repeats one row (asking one more), and no page asks for fewer than two.
    expect(mock.requests.map((request) => paramsOf(request).limit)).toEqual([
      '3',
      '4',
      '2',
      '12',
      '1000',
    ])
  })

  it('trap: follows nextCursor when present (list-convention) to the end, with total', async () => {
    const mock = use(mockOf({ size: 230, pagination: 'list-convention' }))
    const vayu = source()
    const ids: string[] = []
    const cursors: unknown[] = []
    let pageParam: unknown
    do {
      const page = await vayu.fetchPage({ pageSize: 100, pageParam, query: {} })
      expect(page.total).toBe(230)
      ids.push(...page.entries.map((e) => e.id))
      pageParam = page.nextPageParam
      cursors.push(pageParam)
    } while (pageParam !== null)
    expect(ids).toHaveLength(230)
    expect(new Set(ids).size).toBe(230)
    expect(cursors).toEqual([expect.any(String), expect.any(String), null])
    expect(paramsOf(mock.requests[1])).toEqual({
      customerId: CUSTOMER,
      limit: '100',
      cursor: cursors[0] as string,
    })
  })

  it('ignores a nextCursor when hasMore is false, or when it is empty', async () => {
    serveBody({ entries: [grant], total: 1, hasMore: false, nextCursor: 'abc' })
    expect(await source().fetchPage({ pageSize: 10, query: {} })).toMatchObject({
      nextPageParam: null,
      total: 1,
    })
    serveBody({ entries: [grant], nextCursor: '' })
    expect((await source().fetchPage({ pageSize: 10, query: {} })).nextPageParam).toBeNull()
    serveBody({ entries: [grant], nextCursor: 'abc', total: null, hasMore: null })
    expect(await source().fetchPage({ pageSize: 10, query: {} })).toMatchObject({
      nextPageParam: 'abc',
      total: null,
    })
  })

  it('trap: Deduct rows are negative whatever the sign of amount; Grant rows positive', async () => {
    const row = (type: string, amount: number) => ({ ...manual, type, amount })
    serveBody({
      entries: [
        row('Deduct', 4),
        row('Deduct', -4),
        row('Grant', 4),
        row('Grant', -4),
        row('Deduct', 0),
      ],
    })
    const { entries } = await source().fetchPage({ pageSize: 10, query: {} })
    expect(entries.map((e) => e.credits)).toEqual([-4, -4, 4, 4, 0])
    expect(Object.is(entries[4]?.credits, 0)).toBe(true)
  })

  it('trap: balanceAfter is the provider balance, never recomputed', async () => {
    // 500 - 12.5 would be 487.5; the provider says otherwise and is believed.
    serveBody({ entries: [grant, { ...usage, balanceAfterEntry: 1000 }] })
    const { entries } = await source().fetchPage({ pageSize: 10, query: {} })
    expect(entries.map((e) => e.balanceAfter)).toEqual([500, 1000])
  })

  it('maps a generated ledger whose balances follow the signed credits', async () => {
    const mock = use(mockOf({ size: 900 }))
    const { entries } = await source().fetchPage({ pageSize: 1000, query: {} })
    expect(entries).toHaveLength(900)
    let centi = 0
    for (const e of entries) {
      centi += Math.round((e.credits as number) * 100)
      expect(Math.round((e.balanceAfter as number) * 100)).toBe(centi)
    }
    expect(centi).toBe(mock.timeline.balanceCenti())
    expect(
      entries.filter((e) => e.providerType === 'Deduct' && (e.raw as { amount: number }).amount > 0)
        .length,
    ).toBeGreaterThan(0)
    const usages = entries.filter((e) => e.kind === 'usage')
    expect(usages.length).toBeGreaterThan(0)
    expect(usages.every((e) => (e.credits as number) < 0 && e.invoice?.id !== undefined)).toBe(true)
  })

  it('keeps unknown type labels from the mock as adjustments', async () => {
    use(mockOf({ size: 300, scenario: 'unknown-types' }))
    const { entries } = await source().fetchPage({ pageSize: 1000, query: {} })
    const unknown = entries.filter((e) => e.providerType === 'Application')
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.every((e) => e.kind === 'adjustment' && (e.credits as number) < 0)).toBe(true)
  })

  it('reads Vayu error bodies into LedgerError', async () => {
    use(mockOf())
    const auth = await failure(source('wrong').fetchPage({ pageSize: 10, query: {} }))
    expect(auth).toMatchObject({ kind: 'auth', status: 401, code: 'authentication_failed' })
    expect(auth.providerMessage).toBe('Invalid or expired access token')

    use(mockOf({ scenario: 'forbidden' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'forbidden',
    })

    use(mockOf({ scenario: 'rate-limited', retryAfterSeconds: 7 }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: null,
      code: 'rate_limit_exceeded',
      providerMessage: 'Too many requests',
    })

    use(mockOf({ scenario: 'server-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'server',
      status: 500,
      code: 'internal_error',
    })

    use(mockOf({ scenario: 'network-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'network',
      status: null,
    })

    use(mockOf({ scenario: 'malformed' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.entries[0].amount',
    })

    use(createVayuMock({ customerId: 'ffffffffffffffffffffffff' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'not_found',
      status: 404,
      code: 'resource_not_found',
      providerMessage: `Customer with id ${CUSTOMER} not found`,
    })
  })

  it('reads Retry-After on a 429 when a server does send it', async () => {
    serveBody(
      { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: 'Too many requests' },
      429,
      {
        'Retry-After': '3',
      },
    )
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 3000,
    })
  })

  it('appends the failing parameter to the message of a 400', async () => {
    serveBody(
      {
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: 'Invalid value',
        param: 'limit',
      },
      400,
    )
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'invalid_request',
      status: 400,
      code: 'parameter_invalid',
      providerMessage: 'Invalid value (param: limit)',
    })
    serveBody(
      {
        type: 'invalid_request_error',
        code: 'validation_failed',
        message: 'Validation failed',
        params: [
          { param: 'limit', message: 'too big' },
          { param: 'cursor', message: 'unknown' },
        ],
      },
      400,
    )
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      code: 'validation_failed',
      providerMessage: 'Validation failed (param: limit, cursor)',
    })
  })

  it('names the parameter without a leading space when the message is empty (issue 20)', async () => {
    const body = { type: 'invalid_request_error', code: 'parameter_invalid', message: '' }
    serveBody({ ...body, param: 'limit' }, 400)
    expect((await failure(source().fetchPage({ pageSize: 10, query: {} }))).providerMessage).toBe(
      'invalid parameter: limit',
    )
    serveBody({ ...body, message: ' ', params: [{ param: 'limit' }, { param: 'cursor' }] }, 400)
    expect((await failure(source().fetchPage({ pageSize: 10, query: {} }))).providerMessage).toBe(
      'invalid parameters: limit, cursor',
    )
    serveBody({ ...body, param: '' }, 400)
    expect(
      (await failure(source().fetchPage({ pageSize: 10, query: {} }))).providerMessage,
    ).toBeNull()
  })

  it.each([
    [
      'a missing integrationEntities',
      { ...grant, integrationEntities: undefined },
      '$.entries[1].integrationEntities',
    ],
    [
      'a null invoiceId (absent, not null)',
      { ...grant, invoiceId: null },
      '$.entries[1].invoiceId',
    ],
    [
      'an impossible createdAt',
      { ...grant, createdAt: '2026-02-30T00:00:00Z' },
      '$.entries[1].createdAt',
    ],
    [
      'a non-numeric balance',
      { ...grant, balanceAfterEntry: 'five hundred' },
      '$.entries[1].balanceAfterEntry',
    ],
    [
      'a bad integration timestamp',
      { ...grant, integrationEntities: [stripe, { ...stripe, updatedAt: 'yesterday' }] },
      '$.entries[1].integrationEntities[1].updatedAt',
    ],
    [
      'an array as metadata',
      { ...grant, integrationEntities: [{ ...stripe, metadata: [] }] },
      '$.entries[1].integrationEntities[0].metadata',
    ],
  ])('names the JSON path of %s', async (_name, row, path) => {
    serveBody({ entries: [grant, row] })
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path,
    })
  })

  it('names the path of bad list fields and rejects non-JSON bodies', async () => {
    serveBody({ entries: [grant], total: 1.5 })
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.total',
    })
    serveBody({ entries: [grant], nextCursor: 42 })
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      path: '$.nextCursor',
    })
    serveBody({ data: [] })
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      path: '$.entries',
    })
    use({
      handlers: [http.get(ledgerUrl, () => new HttpResponse('<html>oops</html>', { status: 200 }))],
    } as never)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$',
    })
  })

  it('the fast path accepts exactly what the schema accepts, field by field', () => {
    const values: unknown[] = [
      undefined,
      null,
      '',
      'x',
      '2026-03-01T09:00:00Z',
      0,
      1.5,
      -2,
      true,
      [],
      {},
      [{}],
    ]
    const targets: Array<[string, (body: Json, value: unknown) => void]> = [
      ...['entries', 'total', 'hasMore', 'nextCursor'].map(
        (key): [string, (body: Json, value: unknown) => void] => [
          key,
          (body, value) => set(body, key, value),
        ],
      ),
      ...Object.keys(usage).map((key): [string, (body: Json, value: unknown) => void] => [
        `entries[0].${key}`,
        (body, value) => set((body.entries as Json[])[0] as Json, key, value),
      ]),
      ...Object.keys(stripe).map((key): [string, (body: Json, value: unknown) => void] => [
        `entries[0].integrationEntities[0].${key}`,
        (body, value) =>
          set(
            ((body.entries as Json[])[0] as { integrationEntities: Json[] })
              .integrationEntities[0] as Json,
            key,
            value,
          ),
      ]),
    ]
    for (const [where, mutate] of targets) {
      for (const value of values) {
        const body = structuredClone({ entries: [usage], total: 1, hasMore: false }) as Json
        mutate(body, value)
        const schemaAccepts = v.safeParse(vayuLedgerSchema, body).success
        let fastAccepts = true
        try {
          parseVayuLedger(body)
        } catch (error) {
          if (error !== REJECTED) throw error
          fastAccepts = false
        }
        expect({ where, value, accepts: fastAccepts }).toEqual({
          where,
          value,
          accepts: schemaAccepts,
        })
      }
    }
  })

  it('reports an abort as aborted', async () => {
    use(mockOf({ scenario: 'slow', delayMs: 5000 }))
    const controller = new AbortController()
    const pending = source().fetchPage({ pageSize: 10, query: {}, signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('registers its token and headers for the endpoint to bind page tokens to', async () => {
    const vayu = createVayuSource({
      customerId: CUSTOMER,
      token: 'secret',
      headers: { 'X-Api-Key': 'client-1' },
    })
    expect(await credentialMaterial(vayu)).toBe(
      JSON.stringify(['secret', [['x-api-key', 'client-1']]]),
    )
    expect(JSON.stringify(vayu)).not.toContain('secret')
  })

  it('refuses to be built without a 24-hex customer id', () => {
    expect(() => createVayuSource({ customerId: 'cust_123' })).toThrow(TypeError)
    expect(() => createVayuSource({ customerId: ' ' })).toThrow(/customerId/)
    expect(() => createVayuSource({} as never)).toThrow(/customerId/)
    expect(() => createVayuSource({ customerId: `${CUSTOMER}0` })).toThrow(TypeError)
    expect(() => createVayuSource({ customerId: CUSTOMER.toUpperCase() })).not.toThrow()
  })
})
