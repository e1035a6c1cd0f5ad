import { http, HttpResponse } from 'msw'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import documented from '../../../test/fixtures/monk-ledger.doc.json' with { type: 'json' }
import { failure, setupMockServer } from '../../../test/mock-server.js'
import { createMonkSource } from './source.js'

const use = setupMockServer()
const base = 'https://api.monk.com'
const ledgerUrl = `${base}/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`
const source = (token = 'test-token') => createMonkSource({ contractId: MONK_CONTRACT_ID, token })

const serveBody = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  use({
    handlers: [http.get(ledgerUrl, () => HttpResponse.json(body as never, { status, headers }))],
  } as never)

describe('createMonkSource', () => {
  it('normalizes the documented response exactly (fixture from the Monk docs)', async () => {
    serveBody(documented)
    const page = await source().fetchPage({ pageSize: 50, query: {} })
    expect(page.nextPageParam).toBeNull()
    // totalCount says 4 but 3 rows came: the rows are what counts, and nothing is asserted equal.
    expect(page.total).toBe(4)
    const [usage, promo, paid] = documented.data.entries
    expect(page.entries).toEqual([
      {
        id: 'entry-usage-1',
        provider: 'monk',
        kind: 'usage',
        providerType: 'usage',
        pending: false,
        occurredAt: '2026-03-03T10:54:00.000Z',
        credits: -250,
        money: { amountMinor: -2500, currency: 'USD' },
        balanceAfter: null,
        category: null,
        metric: null,
        description: 'Usage for INV-24548 (LLM tokens)',
        expiresAt: null,
        invoice: { id: 'inv-24548', url: null },
        // Non-FIFO in the docs (the promotional grant should go first); kept as sent.
        grantId: 'entry-grant-1',
        raw: usage,
      },
      {
        id: 'entry-grant-2',
        provider: 'monk',
        kind: 'grant',
        providerType: 'grant',
        pending: false,
        occurredAt: '2026-02-27T06:41:00.000Z',
        credits: 500,
        money: { amountMinor: 5000, currency: 'USD' },
        balanceAfter: null,
        category: 'promotional',
        metric: null,
        description: 'Bonus credit grant from contract creation',
        expiresAt: '2026-06-12T23:59:59.000Z',
        invoice: null,
        grantId: null,
        raw: promo,
      },
      {
        id: 'entry-grant-1',
        provider: 'monk',
        kind: 'grant',
        providerType: 'grant',
        pending: false,
        occurredAt: '2026-02-27T06:41:00.000Z',
        credits: 2000,
        money: { amountMinor: 20000, currency: 'USD' },
        balanceAfter: null,
        category: 'purchase',
        metric: null,
        description: 'Initial prepaid credit grant from contract creation',
        expiresAt: '2026-06-12T23:59:59.000Z',
        invoice: null,
        grantId: null,
        raw: paid,
      },
    ])
  })

  it('sends the documented request: path with the contract id, Bearer token, extra headers', async () => {
    const mock = use(createMonkMock())
    await createMonkSource({
      contractId: MONK_CONTRACT_ID,
      token: 'test-token',
      headers: () => ({ 'X-Trace': 'abc' }),
    }).fetchPage({ pageSize: 25, query: { kinds: ['usage'], from: '2026-01-01' } })
    const request = mock.requests[0] as Request
    const url = new URL(request.url)
    expect(url.origin + url.pathname).toBe(ledgerUrl)
    // Monk documents no query parameters: filters and page size stay client-side.
    expect([...url.searchParams]).toEqual([])
    expect(request.headers.get('authorization')).toBe('Bearer test-token')
    expect(request.headers.get('x-trace')).toBe('abc')
  })

  it('maps a generated ledger: credits and cents both kept, grantEntryId, unknown types kept', async () => {
    const mock = use(createMonkMock({ size: 300, scenario: 'unknown-types' }))
    const { entries } = await source().fetchPage({ pageSize: 50, query: {} })
    expect(entries).toHaveLength(300)
    const unknown = entries.filter((entry) => entry.providerType === 'transfer')
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.every((entry) => entry.kind === 'adjustment')).toBe(true)
    const usage = entries.find((entry) => entry.kind === 'usage' && entry.grantId !== null)
    expect(usage?.money?.amountMinor).toBeLessThan(0)
    expect(usage?.credits).toBeLessThan(0)
    expect(entries.some((entry) => entry.id === usage?.grantId)).toBe(true)
    expect(mock.requests).toHaveLength(1)
  })

  it('reads the balance endpoint as the anchor', async () => {
    const mock = use(createMonkMock({ size: 50 }))
    const balance = await source().fetchBalance?.({})
    expect(balance?.credits).toBe(mock.timeline.balanceCenti() / 100)
    expect(balance?.money?.currency).toBe('USD')
  })

  it('reads Monk error bodies into LedgerError', async () => {
    use(createMonkMock())
    const auth = await failure(source('wrong').fetchPage({ pageSize: 10, query: {} }))
    expect(auth).toMatchObject({ kind: 'auth', status: 401, code: 'UNAUTHORIZED' })
    expect(auth.providerMessage).toBe('Invalid API key')

    use(createMonkMock({ scenario: 'forbidden' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'forbidden',
      status: 403,
      code: 'FORBIDDEN',
    })

    use(createMonkMock({ scenario: 'rate-limited', retryAfterSeconds: 7 }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
      code: 'RATE_LIMITED',
    })

    use(createMonkMock({ scenario: 'server-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'server',
      status: 500,
    })

    use(createMonkMock({ scenario: 'network-error' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'network',
    })

    use(createMonkMock({ scenario: 'malformed' }))
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.data.entries[0].amountCents',
    })

    const other = createMonkSource({ contractId: 'no-such-contract', token: 'test-token' })
    use(createMonkMock())
    expect(await failure(other.fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'not_found',
      status: 404,
      code: 'NOT_FOUND',
    })
  })

  it('names the JSON path of a wrong type and rejects non-JSON bodies', async () => {
    const broken = structuredClone(documented) as { data: { entries: Record<string, unknown>[] } }
    ;(broken.data.entries[2] as Record<string, unknown>).createdAt = '2026-02-30T06:41:00.000Z'
    serveBody(broken)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$.data.entries[2].createdAt',
    })
    use({
      handlers: [http.get(ledgerUrl, () => new HttpResponse('<html>oops</html>', { status: 200 }))],
    } as never)
    expect(await failure(source().fetchPage({ pageSize: 10, query: {} }))).toMatchObject({
      kind: 'malformed',
      path: '$',
    })
  })

  it('reports an abort as aborted', async () => {
    use(createMonkMock({ scenario: 'slow', delayMs: 5000 }))
    const controller = new AbortController()
    const pending = source().fetchPage({ pageSize: 10, query: {}, signal: controller.signal })
    controller.abort()
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('refuses to be built without a contract id', () => {
    expect(() => createMonkSource({ contractId: ' ' })).toThrow(/contractId/)
  })
})
