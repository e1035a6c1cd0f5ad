import { createMockServer } from '@usage-kit/mocks/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { MockOptions } from '../scenario.js'
import { createNgrokMock, NGROK_BASE_URL, NGROK_UNKNOWN_TYPE, type NgrokMockItem } from './ngrok.js'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const install = (options: MockOptions = {}) => {
  const mock = createNgrokMock(options)
  server.use(...mock.handlers)
  return mock
}

const get = (path: string, token: string | null = 'test-token') =>
  fetch(`${NGROK_BASE_URL}${path}`, {
    headers: token === null ? {} : { Authorization: `Bearer ${token}` },
  })

async function ledger(path = '/credits/transactions'): Promise<NgrokMockItem[]> {
  const response = await get(path)
  expect(response.status).toBe(200)
  const body = (await response.json()) as { items: NgrokMockItem[] }
  expect(Object.keys(body)).toEqual(['items'])
  return body.items
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const AMOUNTS = [
  'amountDueCents',
  'amountPaidCents',
  'amountRemainingCents',
  'appliedCreditsCents',
  'totalCents',
]
const KEYS: Record<string, string[][]> = {
  credits: [
    ['amountCents', 'category', 'createdAt', 'expiresAt', 'type'],
    ['amountCents', 'category', 'createdAt', 'type'],
  ],
  usageInvoice: [
    [...AMOUNTS, 'createdAt', 'invoiceUrl', 'periodEnd', 'periodStart', 'type'].sort(),
  ],
  usageInvoicePreview: [[...AMOUNTS, 'createdAt', 'periodEnd', 'periodStart', 'type'].sort()],
}

const signed = (item: NgrokMockItem) =>
  item.type === 'usageInvoice' || item.type === 'usageInvoicePreview'
    ? -Number(item.appliedCreditsCents)
    : Number(item.amountCents)

const isInvoice = (item: NgrokMockItem) =>
  item.type === 'usageInvoice' || item.type === 'usageInvoicePreview'

describe('ngrok mock: GET /credits/transactions', () => {
  it('serves the whole history at once, newest first, with exactly the documented keys', async () => {
    install()
    const items = await ledger()
    expect(items).toHaveLength(200)
    const times = items.map((item) => String(item.createdAt))
    expect(times).toEqual([...times].sort().reverse())
    for (const item of items) {
      expect(KEYS[String(item.type)]).toContainEqual(Object.keys(item).sort())
      expect(item.createdAt).toMatch(ISO)
      if (item.type === 'credits') {
        expect(['purchase', 'promotional']).toContain(item.category)
        expect(Number.isSafeInteger(item.amountCents) && Number(item.amountCents) >= 0).toBe(true)
        if (item.expiresAt != null) expect(item.expiresAt).toMatch(ISO)
      } else {
        for (const key of AMOUNTS) expect(Number.isSafeInteger(item[key])).toBe(true)
        expect(item.periodStart).toMatch(ISO)
        expect(item.periodEnd).toMatch(ISO)
      }
    }
    const types = new Set(items.map((item) => item.type))
    expect([...types].sort()).toEqual(['credits', 'usageInvoice', 'usageInvoicePreview'])
  })

  it('has one open preview, the newest invoice, and contiguous, strictly increasing periods', async () => {
    install({ size: 500 })
    const invoices = (await ledger()).filter(isInvoice).reverse()
    const previews = invoices.filter((item) => item.type === 'usageInvoicePreview')
    expect(previews).toHaveLength(1)
    expect(invoices.at(-1)?.type).toBe('usageInvoicePreview')
    expect('invoiceUrl' in (previews[0] as NgrokMockItem)).toBe(false)
    invoices.forEach((item, index) => {
      expect(String(item.periodStart) < String(item.periodEnd)).toBe(true)
      if (index > 0) expect(item.periodStart).toBe(invoices[index - 1]?.periodEnd)
    })
    expect(new Set(invoices.map((item) => `${item.periodStart}/${item.periodEnd}`)).size).toBe(
      invoices.length,
    )
  })

  it('keeps invoice amounts consistent and links to Stripe-hosted invoices (some null)', async () => {
    install({ size: 500 })
    const invoices = (await ledger()).filter((item) => item.type === 'usageInvoice')
    for (const item of invoices) {
      const [total, applied, due, paid, remaining] = [
        item.totalCents,
        item.appliedCreditsCents,
        item.amountDueCents,
        item.amountPaidCents,
        item.amountRemainingCents,
      ].map(Number) as [number, number, number, number, number]
      expect(applied).toBeGreaterThanOrEqual(0)
      expect(due).toBe(total - applied)
      expect(paid + remaining).toBe(due)
      if (item.invoiceUrl !== null)
        expect(item.invoiceUrl).toMatch(
          /^https:\/\/invoice\.stripe\.com\/i\/acct_\w+\/live_[\w-]+\?s=ap$/,
        )
    }
    expect(invoices.some((item) => item.invoiceUrl === null)).toBe(true)
    expect(invoices.some((item) => Number(item.amountDueCents) > 0)).toBe(true)
    expect(invoices.some((item) => Number(item.amountRemainingCents) > 0)).toBe(true)
  })

  it('includes one pair of identical purchases in a ledger of 50 or more items', async () => {
    install({ size: 50 })
    const items = (await ledger()).map((item) => JSON.stringify(item))
    const repeated = items.filter((item, index) => items.indexOf(item) !== index)
    expect(repeated).toHaveLength(1)
    expect(JSON.parse(repeated[0] as string)).toMatchObject({
      type: 'credits',
      category: 'purchase',
    })

    install({ size: 49 })
    const small = (await ledger()).map((item) => JSON.stringify(item))
    expect(new Set(small).size).toBe(49)
  })

  it('honours the size option, one item per event, and is deterministic per seed', async () => {
    install({ size: 1000, seed: 7 })
    const first = await ledger()
    expect(first).toHaveLength(1000)
    install({ size: 1000, seed: 7 })
    expect(await ledger()).toEqual(first)
    install({ size: 1000, seed: 8 })
    expect(await ledger()).not.toEqual(first)
  })

  it('ignores query parameters, which ngrok does not document', async () => {
    install()
    const plain = await ledger()
    expect(
      await ledger('/credits/transactions?limit=5&cursor=abc&startTime=2026-01-01T00:00:00Z'),
    ).toEqual(plain)
  })
})

describe('ngrok mock: GET /credits/balance', () => {
  it('answers { balanceCents }, the signed sum of the ledger served', async () => {
    for (const options of [{}, { scenario: 'unknown-types' as const, size: 300 }]) {
      install(options)
      const items = await ledger()
      const response = await get('/credits/balance')
      expect(response.status).toBe(200)
      const body = (await response.json()) as { balanceCents: number }
      expect(Object.keys(body)).toEqual(['balanceCents'])
      expect(body.balanceCents).toBe(items.reduce((sum, item) => sum + signed(item), 0))
      expect(body.balanceCents).toBeGreaterThan(0)
    }
  })
})

describe('ngrok mock: auth and scenarios', () => {
  it("answers a missing or wrong key with ngrok's 401 body (no errorCode)", async () => {
    install()
    for (const token of [null, 'wrong']) {
      for (const path of ['/credits/transactions', '/credits/balance']) {
        const response = await get(path, token)
        expect(response.status).toBe(401)
        expect(await response.json()).toEqual({
          statusCode: 401,
          msg: 'Unauthorized: invalid API key',
          details: {},
        })
      }
    }
    install({ token: null })
    expect((await get('/credits/transactions', null)).status).toBe(200)
  })

  it('sends the documented error envelope for 403, 429 (with Retry-After) and 500', async () => {
    install({ scenario: 'forbidden' })
    let response = await get('/credits/transactions')
    expect([response.status, await response.json()]).toEqual([
      403,
      { errorCode: 'ERR_NGROK_403', statusCode: 403, msg: 'Forbidden', details: {} },
    ])
    install({ scenario: 'rate-limited', retryAfterSeconds: 9 })
    response = await get('/credits/transactions')
    expect(response.headers.get('retry-after')).toBe('9')
    expect([response.status, await response.json()]).toEqual([
      429,
      { errorCode: 'ERR_NGROK_226', statusCode: 429, msg: 'rate limited', details: {} },
    ])
    install({ scenario: 'server-error', failCount: 1 })
    response = await get('/credits/transactions')
    expect([response.status, await response.json()]).toEqual([
      500,
      { statusCode: 500, msg: 'Internal server error', details: {} },
    ])
    // failCount: the next request succeeds.
    expect((await get('/credits/transactions')).status).toBe(200)
  })

  it('fails the connection in the network-error scenario', async () => {
    install({ scenario: 'network-error' })
    await expect(get('/credits/transactions')).rejects.toThrow()
  })

  it('puts a wrong-typed createdAt in the first item (and a string balance) when malformed', async () => {
    install({ scenario: 'malformed' })
    const items = await ledger()
    expect(typeof items[0]?.createdAt).toBe('number')
    expect(typeof items[1]?.createdAt).toBe('string')
    const balance = (await (await get('/credits/balance')).json()) as { balanceCents: unknown }
    expect(typeof balance.balanceCents).toBe('string')
  })

  it('mixes in refund items with only type, createdAt and amountCents for unknown-types', async () => {
    install({ scenario: 'unknown-types', size: 300 })
    const items = await ledger()
    expect(items).toHaveLength(300)
    const refunds = items.filter((item) => item.type === NGROK_UNKNOWN_TYPE)
    expect(refunds.length).toBeGreaterThan(10)
    for (const item of refunds) {
      expect(Object.keys(item).sort()).toEqual(['amountCents', 'createdAt', 'type'])
      expect(Number(item.amountCents)).toBeGreaterThanOrEqual(0)
    }
    expect(items.filter((item) => item.type === 'usageInvoicePreview')).toHaveLength(1)
  })

  it('serves an empty history and a zero balance for a new account', async () => {
    install({ scenario: 'empty' })
    expect(await ledger()).toEqual([])
    expect(await (await get('/credits/balance')).json()).toEqual({ balanceCents: 0 })
  })

  it('appends usage between requests: the old preview becomes a final invoice of its period', async () => {
    install({ scenario: 'appending', appendPerRequest: 3 })
    const before = await ledger()
    const after = await ledger()
    expect(after).toHaveLength(before.length + 3)
    const oldPreview = before.find((item) => item.type === 'usageInvoicePreview')
    const final = after.find(
      (item) =>
        item.periodStart === oldPreview?.periodStart && item.periodEnd === oldPreview?.periodEnd,
    )
    expect(final?.type).toBe('usageInvoice')
    expect(after[0]?.type).toBe('usageInvoicePreview')
    expect(after.filter((item) => item.type === 'usageInvoicePreview')).toHaveLength(1)
  })
})
