import { createMonkMock, MONK_CONTRACT_ID, type MockOptions } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import { failure } from '../../test/mock-server.js'
import { setupLoopback } from '../../test/loopback.js'
import { createMonkSource } from '../providers/monk/source.js'
import { createLedgerReader } from '../reader/index.js'
import { createLedgerHandler, type LedgerHandlerOptions } from '../server/index.js'
import { createRemoteSource } from './source.js'

const loop = setupLoopback()

async function endpoint(mock: MockOptions = {}, options: Partial<LedgerHandlerOptions> = {}) {
  loop.use(createMonkMock({ size: 40, ...mock }))
  const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
  return loop.serve(createLedgerHandler({ source, ...options }))
}

/** A fetch that answers every request with the same body. */
const answering =
  (body: string, status = 200, headers: Record<string, string> = {}): typeof fetch =>
  async () =>
    new Response(body, { status, headers })

describe('createRemoteSource', () => {
  it('is keyed by its URL and declares a filtered, newest-first cursor', () => {
    const source = createRemoteSource({ url: '/api/ledger' })
    expect(source.provider).toBe('remote')
    expect(source.key).toEqual(['remote', '/api/ledger'])
    expect(source.capabilities).toEqual({
      pagination: 'cursor',
      filters: ['kinds', 'from', 'to', 'categories', 'search'],
      maxPageSize: 200,
      order: 'newest-first',
    })
    expect(typeof source.fetchBalance).toBe('function')
    expect(createRemoteSource({ url: '/api/ledger', balance: false }).fetchBalance).toBeUndefined()
  })

  it('refuses a URL with a query string, and a bad maxPageSize', () => {
    expect(() => createRemoteSource({ url: '/api/ledger?tenant=1' })).toThrow(/url/)
    expect(() => createRemoteSource({ url: ' ' })).toThrow(/url/)
    expect(() => createRemoteSource({ url: '/api', maxPageSize: 0 })).toThrow(/maxPageSize/)
  })

  it('sends its headers (object or function) to the endpoint, where authorize sees them', async () => {
    const url = await endpoint(
      {},
      { authorize: (request) => request.headers.get('x-csrf-token') === 'csrf-1' },
    )
    const fixed = createLedgerReader(
      createRemoteSource({ url, headers: { 'X-CSRF-Token': 'csrf-1' } }),
    )
    expect((await fixed.readPage({ pageSize: 5 })).entries).toHaveLength(5)
    const computed = createRemoteSource({
      url,
      headers: async () => ({ 'X-CSRF-Token': 'csrf-1' }),
    })
    expect((await computed.fetchBalance?.({}))?.credits).not.toBeNull()
    const without = createLedgerReader(createRemoteSource({ url }))
    expect(await failure(without.readPage({ pageSize: 5 }))).toMatchObject({
      kind: 'forbidden',
      provider: 'remote',
      status: 403,
    })
  })

  it('brings provider failures back as the same LedgerError kinds', async () => {
    const read = async (mock: MockOptions) =>
      failure(
        createLedgerReader(createRemoteSource({ url: await endpoint(mock) })).readPage({
          pageSize: 5,
        }),
      )
    expect(await read({ scenario: 'unauthorized' })).toMatchObject({
      kind: 'auth',
      provider: 'remote',
      status: 502,
    })
    expect(await read({ scenario: 'rate-limited', retryAfterSeconds: 7 })).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfterMs: 7000,
    })
    expect(await read({ scenario: 'server-error' })).toMatchObject({ kind: 'server', status: 502 })
    expect(await read({ scenario: 'network-error' })).toMatchObject({ kind: 'network' })
  })

  it('names a refused parameter in `code`', async () => {
    // The browser asks for more than the handler allows.
    const url = await endpoint({}, { maxPageSize: 20 })
    const error = await failure(
      createLedgerReader(createRemoteSource({ url, maxPageSize: 100 })).readPage({ pageSize: 50 }),
    )
    expect(error).toMatchObject({ kind: 'invalid_request', status: 400, code: 'pageSize' })
    expect(error.providerMessage).toMatch(/pageSize must be a whole number from 1 to 20/)
  })

  it("reads the host's own refusals by their status", async () => {
    const url = await endpoint(
      {},
      { authorize: () => new Response('<h1>Sign in</h1>', { status: 401 }) },
    )
    expect(
      await failure(createRemoteSource({ url }).fetchPage({ pageSize: 5, query: {} })),
    ).toMatchObject({ kind: 'auth', status: 401, provider: 'remote' })
  })

  it('reports a network failure and an abort as such', async () => {
    const down = createRemoteSource({
      url: 'http://127.0.0.1:1/api/ledger',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    })
    expect(await failure(down.fetchPage({ pageSize: 5, query: {} }))).toMatchObject({
      kind: 'network',
    })
    const url = await endpoint({ scenario: 'slow', delayMs: 5000 })
    const controller = new AbortController()
    const pending = createRemoteSource({ url }).fetchPage({
      pageSize: 5,
      query: {},
      signal: controller.signal,
    })
    setTimeout(() => controller.abort(), 20)
    expect(await failure(pending)).toMatchObject({ kind: 'aborted' })
  })

  it('refuses a body that is not the endpoint format, naming the first bad field', async () => {
    const page = (entries: unknown[]) =>
      JSON.stringify({ entries, nextPageParam: null, total: entries.length })
    const cases: [body: string, path: string][] = [
      ['<html>', '$'],
      ['[]', '$'],
      [JSON.stringify({ entries: null }), '$.entries'],
      [page([{ ...entry({ id: 'a' }), credits: '5' }]), '$.entries[0].credits'],
      [page([entry({ id: 'a' }), { ...entry({ id: 'b' }), kind: 'refund' }]), '$.entries[1].kind'],
      [
        page([entry({ id: 'a', invoice: { id: 'i', url: 'javascript:alert(1)' } })]),
        '$.entries[0].invoice.url',
      ],
      [page([{ ...entry({ id: 'a' }), money: { amountMinor: 1 } }]), '$.entries[0].money.currency'],
      [JSON.stringify({ entries: [], nextPageParam: 5, total: null }), '$.nextPageParam'],
    ]
    for (const [body, path] of cases) {
      const source = createRemoteSource({ url: '/api/ledger', fetch: answering(body) })
      expect(await failure(source.fetchPage({ pageSize: 5, query: {} })), body).toMatchObject({
        kind: 'malformed',
        provider: 'remote',
        path,
      })
    }
    const balance = createRemoteSource({
      url: '/api/ledger',
      fetch: answering(JSON.stringify({ credits: 'lots', money: null, asOf: null })),
    })
    expect(await failure(balance.fetchBalance?.({}) ?? Promise.resolve())).toMatchObject({
      kind: 'malformed',
      path: '$.credits',
    })
  })

  it('sends the query in the endpoint format, to <url> and <url>/balance', async () => {
    const seen: string[] = []
    const source = createRemoteSource({
      url: 'https://app.example/api/ledger/',
      fetch: async (input) => {
        seen.push(String(input))
        return new Response(
          String(input).includes('/balance')
            ? JSON.stringify({ credits: 1, money: null, asOf: null })
            : JSON.stringify({ entries: [], nextPageParam: null, total: 0 }),
        )
      },
    })
    await source.fetchPage({
      pageSize: 500,
      pageParam: 'abc.def',
      query: {
        kinds: ['grant', 'usage'],
        from: '2026-01-01T00:00:00.000Z',
        categories: ['a,b', 'c d'],
        search: 'x&y=z \uD800',
      },
    })
    await source.fetchBalance?.({})
    expect(seen).toEqual([
      'https://app.example/api/ledger/?pageSize=200&pageParam=abc.def&kinds=grant,usage' +
        '&from=2026-01-01T00%3A00%3A00.000Z&categories=a%2Cb,c%20d&q=x%26y%3Dz%20%EF%BF%BD',
      'https://app.example/api/ledger/balance',
    ])
  })

  it('keeps walking past an empty page that names a next page (the server ran out of budget)', async () => {
    const pages = [
      { entries: [], nextPageParam: 'p1.s', total: null },
      {
        entries: [entry({ id: 'a', occurredAt: '2026-02-01T00:00:00.000Z' })],
        nextPageParam: 'p2.s',
        total: null,
      },
      { entries: [], nextPageParam: 'p3.s', total: null },
      {
        entries: [entry({ id: 'b', occurredAt: '2026-01-01T00:00:00.000Z' })],
        nextPageParam: null,
        total: null,
      },
    ]
    let call = 0
    const source = createRemoteSource({
      url: '/api/ledger',
      balance: false,
      fetch: async () => new Response(JSON.stringify(pages[call++])),
    })
    const page = await createLedgerReader(source).readPage({ pageSize: 10 })
    expect(page.entries.map((e) => e.id)).toEqual(['a', 'b'])
    expect(page.nextPageParam).toBeNull()
  })
})
