/**
 * Issue 14, items 5, 6 and 11: page tokens open only for the customer they were issued to, only
 * for a while, and stay small whatever the provider's ids.
 */
import { http, HttpResponse } from 'msw'
import { createLassoMock, createSynapMock } from '@usage-kit/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { setupLoopback } from '../../test/loopback.js'
import { createLassoSource } from '../providers/lasso/source.js'
import { createSynapSource } from '../providers/synap/source.js'
import type { LedgerSource } from '../source.js'
import { createLedgerHandler, type LedgerHandlerOptions } from './index.js'
import { PARAMETER_LIMITS } from './params.js'

const loop = setupLoopback()
const SECRET = 'a-shared-secret-of-at-least-32-characters'

interface Body {
  entries: { id: string }[]
  nextPageParam: string | null
}

async function page(url: string, search: string, pageParam?: string) {
  const param = pageParam === undefined ? '' : `&pageParam=${encodeURIComponent(pageParam)}`
  const response = await fetch(`${url}?${search}${param}`)
  return { status: response.status, body: (await response.json()) as Body & { error?: unknown } }
}

async function firstToken(url: string, search = 'pageSize=10'): Promise<string> {
  const { status, body } = await page(url, search)
  expect(status).toBe(200)
  expect(body.nextPageParam).not.toBeNull()
  return body.nextPageParam as string
}

function serve(source: LedgerSource, options: Partial<LedgerHandlerOptions> = {}) {
  return loop.serve(createLedgerHandler({ source, secret: SECRET, ...options }))
}

describe('page tokens are bound to the customer (item 5)', () => {
  it.each([
    ['Synap', createSynapMock, createSynapSource],
    ['Lasso', createLassoMock, createLassoSource],
  ] as const)(
    '%s: same secret and base URL, another token: refused with 400 pageParam',
    async (_, mock, create) => {
      loop.use(mock({ token: null, size: 40 }))
      const a = await serve(create({ token: 'customer-a' }))
      const b = await serve(create({ token: 'customer-b' }))
      const token = await firstToken(a)
      expect((await page(a, 'pageSize=10', token)).status).toBe(200)
      const refused = await page(b, 'pageSize=10', token)
      expect(refused.status).toBe(400)
      expect(refused.body).toMatchObject({
        error: { kind: 'invalid_request', parameter: 'pageParam' },
      })
      // The same customer on another instance (a load balancer) still shares tokens.
      const sibling = await serve(create({ token: 'customer-a' }))
      expect((await page(sibling, 'pageSize=10', token)).status).toBe(200)
      // The token never carries the credential.
      expect(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()).not.toContain(
        'customer-a',
      )
    },
  )

  it('binds headers too, resolved like the request headers', async () => {
    loop.use(createSynapMock({ token: null, size: 40 }))
    const a = await serve(createSynapSource({ headers: () => ({ 'X-Client-ID': 'client-a' }) }))
    const b = await serve(createSynapSource({ headers: { 'X-Client-ID': 'client-b' } }))
    const again = await serve(createSynapSource({ headers: { 'x-client-id': 'client-a' } }))
    const token = await firstToken(a)
    expect((await page(b, 'pageSize=10', token)).status).toBe(400)
    expect((await page(again, 'pageSize=10', token)).status).toBe(200)
  })

  it("a failing headers function is a 502, as it is for the provider's request", async () => {
    loop.use(createSynapMock({ token: null, size: 40 }))
    const headers = () => Promise.reject(new Error('vault unreachable'))
    const url = await serve(createSynapSource({ headers }))
    const { status, body } = await page(url, 'pageSize=10')
    expect(status).toBe(502)
    expect(body).toMatchObject({ error: { kind: 'network' } })
  })
})

describe('page tokens expire (item 6)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('opens for pageTokenTtlMs (one hour by default), then says to start from the first page', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(2026, 5, 1))
    loop.use(createSynapMock({ size: 40 }))
    const url = await serve(createSynapSource({ token: 'test-token' }))
    const token = await firstToken(url)
    vi.setSystemTime(Date.UTC(2026, 5, 1) + 3_600_000)
    expect((await page(url, 'pageSize=10', token)).status).toBe(200)
    vi.setSystemTime(Date.UTC(2026, 5, 1) + 3_600_001)
    const expired = await page(url, 'pageSize=10', token)
    expect(expired.status).toBe(400)
    expect(expired.body).toEqual({
      error: {
        kind: 'invalid_request',
        parameter: 'pageParam',
        message: 'pageParam has expired; start again from the first page',
        retryAfterMs: null,
      },
    })

    const short = await serve(createSynapSource({ token: 'test-token' }), { pageTokenTtlMs: 1000 })
    const shortToken = await firstToken(short)
    vi.setSystemTime(Date.now() + 1001)
    expect((await page(short, 'pageSize=10', shortToken)).status).toBe(400)
  })

  it('checks the option', () => {
    const source = createSynapSource()
    for (const pageTokenTtlMs of [0, -1, Number.NaN]) {
      expect(() => createLedgerHandler({ source, pageTokenTtlMs })).toThrow(RangeError)
    }
  })
})

describe('token size does not grow with the ids (item 11)', () => {
  const LASSO = 'https://hub.banditshq.com/api/v1'

  /** 3,500-character ids sharing long prefixes, seven entries per instant, a few short ids. */
  function longIdRows(count: number) {
    const rows = []
    for (let i = 0; i < count; i++) {
      const stem = i % 3 === 0 ? '\uffff' : i % 3 === 1 ? 'p' : 'q\ud83d'
      const id =
        i % 11 === 0 ? `short-${i}` : stem.repeat(3400 / stem.length) + String(i).padStart(100, '0')
      rows.push({
        id,
        service: i % 2 === 0 ? 'extraction' : 'enhancement',
        amount: -(i + 1),
        table_id: null,
        description: `row ${i}`,
        created_at: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 7) * 60_000).toISOString(),
      })
    }
    return rows
  }

  function serveRows(rows: ReturnType<typeof longIdRows>, options: Partial<LedgerHandlerOptions>) {
    loop.useHandlers(
      http.get(`${LASSO}/credits/usage`, ({ request }) => {
        const search = new URL(request.url).searchParams
        const number = Number(search.get('page'))
        const limit = Number(search.get('limit'))
        const data = rows.slice((number - 1) * limit, number * limit)
        const pagination = { page: number, limit, total: rows.length }
        return HttpResponse.json({ data, pagination, total_used: 0 })
      }),
    )
    return serve(createLassoSource({ token: 'test-token' }), {
      reader: { reconstructBalances: false },
      ...options,
    })
  }

  async function walk(url: string, search: string) {
    const ids: string[] = []
    let token: string | undefined
    for (let i = 0; i < 100; i++) {
      const { status, body } = await page(url, search, token)
      expect(status).toBe(200)
      ids.push(...body.entries.map((entry) => entry.id))
      if (body.nextPageParam === null) return ids
      expect(body.nextPageParam.length).toBeLessThan(1000)
      token = body.nextPageParam
    }
    throw new Error('the walk did not end')
  }

  it('walks a ledger of 3,500-character ids to its end, every entry once', async () => {
    const rows = longIdRows(150)
    expect(rows[1]?.id).toHaveLength(3500)
    const url = await serveRows(rows, {})
    const ids = await walk(url, 'pageSize=4')
    expect(ids).toHaveLength(150)
    expect(new Set(ids).size).toBe(150)
    const filtered = await walk(url, 'pageSize=3&categories=extraction')
    expect(filtered.sort()).toEqual(
      rows
        .filter((row) => row.service === 'extraction')
        .map((row) => row.id)
        .sort(),
    )
    expect(PARAMETER_LIMITS.pageParam).toBe(4096)
  })

  it('refuses a token whose entry left the ledger, rather than guess where it was', async () => {
    const rows = longIdRows(30)
    const url = await serveRows(rows, { reader: { snapshotTtlMs: 0, reconstructBalances: false } })
    const { body } = await page(url, 'pageSize=2')
    const last = body.entries[1]?.id as string
    expect(last).toHaveLength(3500)
    rows.splice(
      rows.findIndex((row) => row.id === last),
      1,
    )
    const gone = await page(url, 'pageSize=2', body.nextPageParam as string)
    expect(gone.status).toBe(400)
    expect(gone.body).toMatchObject({ error: { parameter: 'pageParam' } })
  })
})
