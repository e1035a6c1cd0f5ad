import { http, HttpResponse } from 'msw'
import { createNgrokMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { failure, setupMockServer } from '../../../test/mock-server.js'
import { sumExact } from '../../decimal.js'
import type { LedgerEntry } from '../../model.js'
import { createNgrokSource, NGROK_DEFAULT_BASE_URL } from './source.js'

const use = setupMockServer()
const base = 'https://api.ngrok.ai'
const ledgerUrl = `${base}/credits/transactions`
const balanceUrl = `${base}/credits/balance`
const source = (token = 'test-token') => createNgrokSource({ token })

const serve = (url: string, body: unknown, status = 200, headers: Record<string, string> = {}) =>
  use({
    handlers: [http.get(url, () => HttpResponse.json(body as never, { status, headers }))],
  } as never)

async function entriesOf(body: unknown): Promise<LedgerEntry[]> {
  serve(ledgerUrl, body)
  return (await source().fetchPage({ pageSize: 50, query: {} })).entries
}

// One item of each documented type, newest first, as the OpenAPI schema describes them.
const preview = {
  type: 'usageInvoicePreview',
  createdAt: '2026-03-10T08:00:00Z',
  periodStart: '2026-03-01T00:00:00Z',
  periodEnd: '2026-04-01T00:00:00Z',
  totalCents: 420,
  appliedCreditsCents: 420,
  amountDueCents: 0,
  amountPaidCents: 0,
  amountRemainingCents: 0,
}
const invoice = {
  type: 'usageInvoice',
  createdAt: '2026-03-01T01:00:00Z',
  periodStart: '2026-02-01T00:00:00Z',
  periodEnd: '2026-03-01T00:00:00Z',
  invoiceUrl: 'https://invoice.stripe.com/i/acct_1Ngrok/live_YWNjdF8x0200abc?s=ap',
  totalCents: 1800,
  appliedCreditsCents: 1500,
  amountDueCents: 300,
  amountPaidCents: 300,
  amountRemainingCents: 0,
}
const purchase = {
  type: 'credits',
  amountCents: 2500,
  category: 'purchase',
  expiresAt: '2027-03-01T00:00:00Z',
  createdAt: '2026-03-01T00:00:00Z',
}
// `expiresAt` is optional; the offset spelling is normalized to UTC.
const promo = {
  type: 'credits',
  amountCents: 500,
  category: 'promotional',
  createdAt: '2026-02-01T12:00:00+00:00',
}
const refund = { type: 'refund', createdAt: '2026-01-15T09:30:00Z', amountCents: 120 }

describe('createNgrokSource', () => {
  it('normalizes every documented item type exactly: credits in dollars, money in cents (README.md)', async () => {
    const entries = await entriesOf({ items: [preview, invoice, purchase, promo, refund] })
    expect(entries).toEqual([
      {
        id: '2026-04-01T00:00:00.000Z',
        provider: 'ngrok',
        kind: 'usage',
        providerType: 'usageInvoicePreview',
        pending: true,
        occurredAt: '2026-03-10T08:00:00.000Z',
        credits: -4.2,
        money: { amountMinor: -420, currency: 'USD' },
        balanceAfter: null,
        category: null,
        metric: null,
        description: 'Usage 2026-03-01–2026-04-01',
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: preview,
      },
      {
        id: '2026-03-01T00:00:00.000Z',
        provider: 'ngrok',
        kind: 'usage',
        providerType: 'usageInvoice',
        pending: false,
        occurredAt: '2026-03-01T01:00:00.000Z',
        credits: -15,
        money: { amountMinor: -1500, currency: 'USD' },
        balanceAfter: null,
        category: null,
        metric: null,
        description: 'Usage 2026-02-01–2026-03-01',
        expiresAt: null,
        invoice: { id: null, url: invoice.invoiceUrl },
        grantId: null,
        raw: invoice,
      },
      {
        id: 'ngrok:credits:028a23c1a2f0eb',
        provider: 'ngrok',
        kind: 'grant',
        providerType: 'credits',
        pending: false,
        occurredAt: '2026-03-01T00:00:00.000Z',
        credits: 25,
        money: { amountMinor: 2500, currency: 'USD' },
        balanceAfter: null,
        category: 'purchase',
        metric: null,
        description: null,
        expiresAt: '2027-03-01T00:00:00.000Z',
        invoice: null,
        grantId: null,
        raw: purchase,
      },
      {
        id: 'ngrok:credits:048208b0af9dcb',
        provider: 'ngrok',
        kind: 'grant',
        providerType: 'credits',
        pending: false,
        occurredAt: '2026-02-01T12:00:00.000Z',
        credits: 5,
        money: { amountMinor: 500, currency: 'USD' },
        balanceAfter: null,
        category: 'promotional',
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: promo,
      },
      {
        id: expect.stringMatching(/^ngrok:other:[0-9a-f]{14}$/) as unknown as string,
        provider: 'ngrok',
        kind: 'adjustment',
        providerType: 'refund',
        pending: false,
        occurredAt: '2026-01-15T09:30:00.000Z',
        credits: 1.2,
        money: { amountMinor: 120, currency: 'USD' },
        balanceAfter: null,
        category: null,
        metric: null,
        description: null,
        expiresAt: null,
        invoice: null,
        grantId: null,
        raw: refund,
      },
    ])
  })

  it('sends one GET /credits/transactions with no query parameters, whatever the query', async () => {
    const mock = use(createNgrokMock())
    const page = await createNgrokSource({
      token: 'test-token',
      headers: { 'X-Trace': 'abc' },
    }).fetchPage({
      pageSize: 25,
      pageParam: 3,
      query: {
        kinds: ['usage'],
        from: '2026-01-01',
        to: '2026-06-01',
        categories: ['purchase'],
        search: 'x',
      },
    })
    expect(page.entries.length).toBeGreaterThan(0)
    expect(mock.requests).toHaveLength(1)
    const request = mock.requests[0] as Request
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe(ledgerUrl)
    // ngrok documents no parameters at all: no filters, no page size, no cursor.
    expect(url.search).toBe('')
    expect(request.method).toBe('GET')
    expect(request.headers.get('authorization')).toBe('Bearer test-token')
    expect(request.headers.get('x-trace')).toBe('abc')
  })

  it('takes extra headers from a function, a custom base URL, and no token for a proxy', async () => {
    const mock = use(
      createNgrokMock({ baseUrl: 'https://app.example/api/billing/ngrok', token: null }),
    )
    await createNgrokSource({
      baseUrl: 'https://app.example/api/billing/ngrok/',
      headers: async () => ({ 'X-Session': 's1' }),
    }).fetchPage({ pageSize: 10, query: {} })
    const request = mock.requests[0] as Request
    expect(request.url).toBe('https://app.example/api/billing/ngrok/credits/transactions')
    expect(request.headers.get('x-session')).toBe('s1')
    expect(request.headers.get('authorization')).toBeNull()
  })

  it('declares no paging and no server filters; one page is the whole history', async () => {
    const s = source()
    expect(s.provider).toBe('ngrok')
    expect(s.capabilities).toEqual({
      pagination: 'none',
      filters: [],
      maxPageSize: Number.MAX_SAFE_INTEGER,
    })
    expect(NGROK_DEFAULT_BASE_URL).toBe(base)
    const mock = use(createNgrokMock({ size: 300 }))
    const page = await s.fetchPage({ pageSize: 50, query: {} })
    expect(page.entries).toHaveLength(300)
    expect(page.nextPageParam).toBeNull()
    expect(page.total).toBe(300)
    expect(mock.requests).toHaveLength(1)

    // total counts the entries returned: a superseded preview is not one of them.
    const final = { ...invoice, periodStart: preview.periodStart, periodEnd: preview.periodEnd }
    serve(ledgerUrl, { items: [preview, final] })
    expect(await s.fetchPage({ pageSize: 50, query: {} })).toMatchObject({
      total: 1,
      nextPageParam: null,
    })
  })

  it('maps a generated ledger: grants, usage invoices, one open preview, unique ids', async () => {
    use(createNgrokMock({ size: 400 }))
    const { entries } = await source().fetchPage({ pageSize: 50, query: {} })
    expect(entries).toHaveLength(400)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(400)
    const pending = entries.filter((entry) => entry.pending)
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({
      kind: 'usage',
      providerType: 'usageInvoicePreview',
      invoice: null,
    })
    const kinds = new Set(entries.map((entry) => `${entry.kind}/${entry.providerType}`))
    expect([...kinds].sort()).toEqual([
      'grant/credits',
      'usage/usageInvoice',
      'usage/usageInvoicePreview',
    ])
    const linked = entries.filter((entry) => entry.invoice?.url)
    expect(linked.length).toBeGreaterThan(300)
    expect(
      linked.every((entry) => entry.invoice?.url?.startsWith('https://invoice.stripe.com/')),
    ).toBe(true)
    // Newest first, as documented.
    const times = entries.map((entry) => entry.occurredAt)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('reads the balance endpoint: 1 credit = 1 US dollar, money in cents, no as-of time', async () => {
    const mock = use(createNgrokMock({ size: 120 }))
    const s = source()
    const balance = await s.fetchBalance?.({})
    const request = mock.requests[0] as Request
    expect(request.url).toBe(balanceUrl)
    expect(request.headers.get('authorization')).toBe('Bearer test-token')
    const { entries } = await s.fetchPage({ pageSize: 50, query: {} })
    // Money is integer cents, so plain addition is exact; credits are the same sum in dollars.
    const cents = entries.reduce((total, entry) => total + (entry.money?.amountMinor ?? 0), 0)
    expect(balance).toEqual({
      credits: sumExact(entries.map((entry) => entry.credits ?? 0)),
      money: { amountMinor: cents, currency: 'USD' },
      asOf: null,
    })
    expect(balance?.credits).toBe(cents / 100)

    serve(balanceUrl, { balanceCents: 123 })
    expect(await s.fetchBalance?.({})).toEqual({
      credits: 1.23,
      money: { amountMinor: 123, currency: 'USD' },
      asOf: null,
    })
    serve(balanceUrl, { balanceCents: 1.5 })
    expect(await failure(s.fetchBalance?.({}) ?? Promise.resolve())).toMatchObject({
      kind: 'malformed',
      path: '$.balanceCents',
    })
  })

  it('reads ngrok error bodies ({ errorCode?, statusCode, msg, details }) into LedgerError', async () => {
    use(createNgrokMock())
    const auth = await failure(source('wrong').fetchPage({ pageSize: 10, query: {} }))
    expect(auth).toMatchObject({ kind: 'auth', status: 401, code: null, retryAfterMs: null })
    expect(auth.providerMessage).toBe('Unauthorized: invalid API key')

    use(createNgrokMock({ scenario: 'forbidden' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'ERR_NGROK_403',
      providerMessage: 'Forbidden',
    })

    use(createNgrokMock({ scenario: 'rate-limited', retryAfterSeconds: 7 }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      code: 'ERR_NGROK_226',
      providerMessage: 'rate limited',
    })

    use(createNgrokMock({ scenario: 'server-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'server',
      status: 500,
      code: null,
      providerMessage: 'Internal server error',
    })

    use(createNgrokMock({ scenario: 'network-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'network',
      status: null,
    })

    use(createNgrokMock({ scenario: 'malformed' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.items[0].createdAt',
    })
  })

  it('rejects non-JSON bodies and keeps an excerpt of a non-JSON error page', async () => {
    use({
      handlers: [http.get(ledgerUrl, () => new HttpResponse('<html>oops</html>', { status: 200 }))],
    } as never)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$',
    })
    use({
      handlers: [http.get(ledgerUrl, () => new HttpResponse('Bad gateway', { status: 502 }))],
    } as never)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'server',
      status: 502,
      code: null,
      providerMessage: 'Bad gateway',
    })
  })

  it('reports an abort as aborted', async () => {
    use(createNgrokMock({ scenario: 'slow', delayMs: 5000 }))
    const controller = new AbortController()
    const pending = source().fetchPage({ pageSize: 10, query: {}, signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('refuses an empty base URL', () => {
    expect(() => createNgrokSource({ baseUrl: ' ' })).toThrow(TypeError)
    expect(() => createNgrokSource({ baseUrl: '' })).toThrow(/baseUrl/)
  })
})
