import { createMockServer, type ProviderMock } from '@usage-kit/mocks/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { VayuMockOptions } from './vayu.js'
import { createVayuMock, decodeVayuCursor, encodeVayuCursor, VAYU_CUSTOMER_ID } from './vayu.js'

interface Row {
  id: string
  createdAt: string
  type: string
  amount: number
  balanceAfterEntry: number
  invoiceId?: string
  erpId?: string
  contractId?: string
  integrationEntities: Array<Record<string, unknown>>
}
interface Body {
  entries: Row[]
  total?: number
  hasMore?: boolean
  nextCursor?: string
}

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const base = 'https://connect.withvayu.com'
const HEX24 = /^[0-9a-f]{24}$/

function install(options: VayuMockOptions = {}): ProviderMock {
  const mock = createVayuMock(options)
  server.use(...mock.handlers)
  return mock
}

async function get(query: string, token: string | null = 'test-token') {
  const response = await fetch(`${base}/credits?${query}`, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Body,
  }
}

const customer = `customerId=${VAYU_CUSTOMER_ID}`

/**
 * Every row of the ledger: following `nextCursor` where the body has one (list-convention), else
 * passing a full page's last id as `cursor` (strict-doc's assumed reading) until a short page.
 */
async function walk(limit: number): Promise<Row[]> {
  const rows: Row[] = []
  let cursor: string | undefined
  for (let page = 0; page < 1000; page++) {
    const { body } = await get(`${customer}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
    rows.push(...body.entries)
    cursor =
      'total' in body
        ? body.nextCursor
        : body.entries.length === limit
          ? rows.at(-1)?.id
          : undefined
    if (cursor === undefined) return rows
  }
  throw new Error('the cursor never ended')
}

describe('createVayuMock', () => {
  it('defaults to the documented shape: only entries, limit 10', async () => {
    install({ size: 25 })
    const { status, body } = await get(customer)
    expect(status).toBe(200)
    expect(Object.keys(body)).toEqual(['entries'])
    expect(body.entries).toHaveLength(10)
  })

  it('strict-doc reads cursor as an entry id: the rows after it, a 400 for an id it does not hold', async () => {
    install({ size: 25 })
    const all = (await get(`${customer}&limit=25`)).body.entries
    const after = await get(`${customer}&limit=10&cursor=${all[9]?.id}`)
    expect(after.body).toEqual({ entries: all.slice(10, 20) })
    expect((await get(`${customer}&limit=10&cursor=${all[24]?.id}`)).body).toEqual({ entries: [] })
    // An uppercase id is the same ObjectId.
    const upper = await get(`${customer}&limit=3&cursor=${all[0]?.id.toUpperCase()}`)
    expect(upper.body.entries).toEqual(all.slice(1, 4))
    for (const cursor of ['zzz', encodeVayuCursor(10), 'ffffffffffffffffffffffff']) {
      expect(await get(`${customer}&cursor=${cursor}`)).toMatchObject({
        status: 400,
        body: { code: 'parameter_invalid', param: 'cursor' },
      })
    }
  })

  it('strict-doc walks the whole ledger through the assumed cursor, at any limit', async () => {
    install({ size: 230 })
    const ids = (await get(`${customer}&limit=1000`)).body.entries.map((row) => row.id)
    expect(ids).toHaveLength(230)
    for (const limit of [1, 7, 100, 230, 1000]) {
      expect((await walk(limit)).map((row) => row.id)).toEqual(ids)
    }
  })

  it('first-page-only ignores cursor', async () => {
    install({ size: 30, pagination: 'first-page-only' })
    const first = await get(customer)
    expect(Object.keys(first.body)).toEqual(['entries'])
    expect(first.body.entries).toHaveLength(10)
    const again = await get(`${customer}&limit=10&cursor=${first.body.entries[9]?.id}`)
    expect(again.body).toEqual(first.body)
  })

  it('list-convention defaults limit to 10 and adds total, hasMore and an opaque nextCursor', async () => {
    install({ size: 25, pagination: 'list-convention' })
    const { status, body } = await get(customer)
    expect(status).toBe(200)
    expect(body.entries).toHaveLength(10)
    expect(body.total).toBe(25)
    expect(body.hasMore).toBe(true)
    expect(body.nextCursor).toBe(encodeVayuCursor(10))
    expect(Object.keys(body)).toEqual(['entries', 'total', 'hasMore', 'nextCursor'])
  })

  it('serves the whole ledger ascending by createdAt through the cursor, without overlap', async () => {
    const mock = install({ size: 250, pagination: 'list-convention' })
    const rows = await walk(100)
    expect(rows).toHaveLength(250)
    expect(new Set(rows.map((row) => row.id)).size).toBe(250)
    const times = rows.map((row) => row.createdAt)
    expect(times).toEqual([...times].sort())
    expect(rows.at(-1)?.balanceAfterEntry).toBe(mock.timeline.balanceCenti() / 100)
    const last = await get(`${customer}&limit=100&cursor=${encodeVayuCursor(200)}`)
    expect(last.body.hasMore).toBe(false)
    expect('nextCursor' in last.body).toBe(false)
  })

  it('caps limit at 1000 and rejects 0, 1001, fractions and non-numbers', async () => {
    install({ size: 1500 })
    expect((await get(`${customer}&limit=1000`)).body.entries).toHaveLength(1000)
    for (const limit of ['0', '1001', '10.5', 'abc', '']) {
      const { status, body } = await get(`${customer}&limit=${limit}`)
      expect(status).toBe(400)
      expect(body).toEqual({
        type: 'invalid_request_error',
        code: 'parameter_invalid',
        message: 'limit must be a number between 1 and 1000',
        param: 'limit',
      })
    }
  })

  it('validates customerId: missing, malformed, and unknown', async () => {
    install()
    expect(await get('limit=5')).toMatchObject({
      status: 400,
      body: {
        type: 'invalid_request_error',
        code: 'parameter_missing',
        message: 'customerId is required',
        param: 'customerId',
      },
    })
    expect(await get('customerId=cust_123&limit=5')).toMatchObject({
      status: 400,
      body: { type: 'invalid_request_error', code: 'parameter_invalid', param: 'customerId' },
    })
    const unknown = '0123456789abcdef01234567'
    const missing = await get(`customerId=${unknown}`)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({
      type: 'invalid_request_error',
      code: 'resource_not_found',
      message: `Customer with id ${unknown} not found`,
    })
  })

  it('serves another customer when asked to', async () => {
    const other = 'aaaaaaaaaaaaaaaaaaaaaaaa'
    install({ customerId: other, size: 3 })
    expect((await get(`customerId=${other}`)).body.entries).toHaveLength(3)
    expect((await get(customer)).status).toBe(404)
  })

  it('rejects a cursor it did not issue (list-convention)', async () => {
    install({ pagination: 'list-convention' })
    expect(decodeVayuCursor(encodeVayuCursor(1234))).toBe(1234)
    expect(decodeVayuCursor('not a cursor')).toBeNull()
    const { status, body } = await get(`${customer}&cursor=zzz`)
    expect(status).toBe(400)
    expect(body).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      message: 'cursor is invalid',
      param: 'cursor',
    })
  })

  it('emits Deduct amounts with both signs, balances consistent with |amount| and the type', async () => {
    install({ size: 2000 })
    const rows = await walk(1000)
    const deducts = rows.filter((row) => row.type === 'Deduct')
    expect(deducts.some((row) => row.amount < 0)).toBe(true)
    expect(deducts.some((row) => row.amount > 0)).toBe(true)
    expect(rows.filter((row) => row.type === 'Grant').every((row) => row.amount >= 0)).toBe(true)
    let centi = 0
    for (const row of rows) {
      const magnitude = Math.round(Math.abs(row.amount) * 100)
      centi += row.type === 'Grant' ? magnitude : -magnitude
      expect(Math.round(row.balanceAfterEntry * 100)).toBe(centi)
    }
  })

  it('fills the documented fields: ids, invoices on usage, integration entities always present', async () => {
    install({ size: 2000 })
    const rows = await walk(1000)
    expect(rows.every((row) => HEX24.test(row.id))).toBe(true)
    expect(rows.every((row) => Array.isArray(row.integrationEntities))).toBe(true)
    const withInvoice = rows.filter((row) => row.invoiceId !== undefined)
    expect(withInvoice.length).toBeGreaterThan(0)
    expect(
      withInvoice.every((row) => row.type === 'Deduct' && HEX24.test(row.invoiceId ?? '')),
    ).toBe(true)
    // Manual deducts and expirations carry no invoice (the key is absent, not null).
    const manual = rows.filter((row) => row.type === 'Deduct' && !('invoiceId' in row))
    expect(manual.length).toBeGreaterThan(0)
    const synced = rows.find((row) => row.integrationEntities.length > 0)
    expect(synced?.integrationEntities).toEqual([
      {
        updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/) as unknown,
        integrationProvider: 'Stripe',
        integrationExternalId: synced?.erpId,
        syncStatus: 'Synced',
        metadata: null,
      },
    ])
    expect(rows.filter((row) => row.integrationEntities.length === 0).length).toBeGreaterThan(1000)
  })

  it('labels some rows Application in the unknown-types scenario', async () => {
    install({ size: 200, scenario: 'unknown-types' })
    const rows = await walk(1000)
    const unknown = rows.filter((row) => row.type === 'Application')
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.every((row) => row.amount < 0)).toBe(true)
  })

  it('corrupts the first row once in the malformed scenario', async () => {
    install({ scenario: 'malformed', failCount: 1 })
    const bad = await get(customer)
    expect(bad.body.entries[0]?.amount).toBe('twenty-five')
    const good = await get(customer)
    expect(typeof good.body.entries[0]?.amount).toBe('number')
  })

  it.each(['strict-doc', 'list-convention'] as const)(
    'keeps ascending cursors consistent while entries arrive (appending, %s)',
    async (pagination) => {
      const mock = install({ size: 50, scenario: 'appending', appendPerRequest: 2, pagination })
      const rows = await walk(20)
      expect(rows.length).toBe(mock.timeline.events.length)
      expect(rows.length).toBeGreaterThan(50)
      expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length)
    },
  )

  it('answers an empty ledger with no rows and no cursor', async () => {
    install({ scenario: 'empty' })
    expect((await get(customer)).body).toEqual({ entries: [] })
    server.resetHandlers()
    install({ scenario: 'empty', pagination: 'list-convention' })
    expect((await get(customer)).body).toEqual({ entries: [], total: 0, hasMore: false })
  })

  it('answers auth failures and outages with Vayu bodies, and no Retry-After on 429', async () => {
    install()
    for (const token of [null, 'wrong']) {
      expect(await get(customer, token)).toMatchObject({
        status: 401,
        body: {
          type: 'authentication_error',
          code: 'authentication_failed',
          message: 'Invalid or expired access token',
        },
      })
    }
    server.resetHandlers()
    install({ scenario: 'forbidden' })
    expect(await get(customer)).toMatchObject({
      status: 403,
      body: { type: 'authentication_error', code: 'forbidden' },
    })
    server.resetHandlers()
    install({ scenario: 'rate-limited', retryAfterSeconds: 7 })
    const limited = await get(customer)
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({
      type: 'rate_limit_error',
      code: 'rate_limit_exceeded',
      message: 'Too many requests',
    })
    expect(limited.headers.get('retry-after')).toBeNull()
    server.resetHandlers()
    install({ scenario: 'server-error' })
    expect(await get(customer)).toMatchObject({
      status: 500,
      body: { type: 'api_error', code: 'internal_error' },
    })
  })

  it('answers at a custom base URL', async () => {
    const mock = createVayuMock({ baseUrl: 'https://staging-connect.withvayu.com/' })
    server.use(...mock.handlers)
    const response = await fetch(`https://staging-connect.withvayu.com/credits?${customer}`, {
      headers: { Authorization: 'Bearer test-token' },
    })
    expect(response.status).toBe(200)
    expect(mock.requests).toHaveLength(1)
  })
})
