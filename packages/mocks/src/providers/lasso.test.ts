import { createMockServer } from '@usage-kit/mocks/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ProviderMock } from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'
import type { TimelineEvent } from '../timeline.js'
import {
  createLassoMock,
  isLassoRowEvent,
  LASSO_BASE_URL,
  toLassoRow,
  type LassoRow,
} from './lasso.js'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const AUTH = { Authorization: 'Bearer test-token' }

interface UsageBody {
  data: LassoRow[]
  pagination: { page: number; limit: number; total: number }
  total_used: number
}

interface ErrorBody {
  status_code: number
  error_type: string
  message: string
  request_id: string
}

function mock(options: MockOptions = {}): ProviderMock {
  const created = createLassoMock(options)
  server.use(...created.handlers)
  return created
}

async function get(path: string, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${LASSO_BASE_URL}${path}`, { headers })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as unknown,
  }
}

async function usage(query = '', options?: MockOptions): Promise<UsageBody> {
  if (options) mock(options)
  const { status, body } = await get(`/credits/usage${query}`)
  expect(status).toBe(200)
  return body as UsageBody
}

/** Every row for a query, walking pages of 100. */
async function walk(query: string): Promise<UsageBody[]> {
  const pages: UsageBody[] = []
  for (let page = 1; ; page++) {
    const body = await usage(`?limit=100&page=${page}${query}`)
    pages.push(body)
    if (body.data.length === 0 || page * 100 >= body.pagination.total) return pages
  }
}

const centi = (credits: number) => Math.round(credits * 100)

describe('createLassoMock', () => {
  it('defaults to page 1 and limit 25, newest first, with the documented body shape', async () => {
    const lasso = mock({ size: 200 })
    const body = await usage()
    const rows = lasso.timeline.events.filter(isLassoRowEvent)
    expect(body.pagination).toEqual({ page: 1, limit: 25, total: rows.length })
    expect(body.data).toHaveLength(25)
    const newest = rows[rows.length - 1] as TimelineEvent
    expect(body.data[0]).toEqual(toLassoRow(newest))
    expect(Object.keys(body.data[0] as LassoRow)).toEqual([
      'id',
      'service',
      'amount',
      'table_id',
      'description',
      'created_at',
    ])
    for (let i = 1; i < body.data.length; i++) {
      expect(
        (body.data[i - 1] as LassoRow).created_at >= (body.data[i] as LassoRow).created_at,
      ).toBe(true)
    }
  })

  it('maps usage to negative fractional amounts and refunds to positive ones; no grant rows', async () => {
    const lasso = mock({ size: 400 })
    const all = (await walk('')).flatMap((page) => page.data)
    const kinds = new Set(lasso.timeline.events.map((event) => event.kind))
    expect(kinds.has('grant')).toBe(true)
    const byId = new Map(lasso.timeline.events.map((e) => [toLassoRow(e).id, e]))
    expect(all).toHaveLength(lasso.timeline.events.filter(isLassoRowEvent).length)
    for (const row of all) {
      const event = byId.get(row.id) as TimelineEvent
      expect(event.kind).not.toBe('grant')
      expect(event.kind).not.toBe('expiration')
      expect(row.amount).toBe(event.centi / 100)
      if (event.kind === 'usage') expect(row.amount).toBeLessThan(0)
      if (event.kind === 'reversal') expect(row.amount).toBeGreaterThan(0)
      expect(row.table_id === null || /^tbl_\d{6}$/.test(row.table_id)).toBe(true)
    }
    expect(all.some((row) => row.amount > 0 && row.service === 'reversal')).toBe(true)
    expect(all.some((row) => !Number.isInteger(row.amount))).toBe(true)
    expect(all.some((row) => row.table_id === null)).toBe(true)
  })

  it('pages by number: total = matching rows, pages do not overlap, past the end is empty', async () => {
    mock({ size: 120 })
    const first = await usage('?limit=10&page=1')
    const second = await usage('?limit=10&page=2')
    expect(second.pagination).toEqual({ page: 2, limit: 10, total: first.pagination.total })
    const ids = new Set([...first.data, ...second.data].map((row) => row.id))
    expect(ids.size).toBe(20)
    const beyond = await usage('?limit=10&page=999')
    expect(beyond.data).toEqual([])
    expect(beyond.pagination).toEqual({ page: 999, limit: 10, total: first.pagination.total })
  })

  it('answers invalid page, limit and dates with a 422 in Lasso error shape', async () => {
    mock()
    for (const query of [
      '?limit=101',
      '?limit=0',
      '?limit=2.5',
      '?limit=ten',
      '?page=0',
      '?page=-1',
      '?page=1.5',
      '?from=yesterday',
      '?to=2026-13-45T99:00:00Z',
    ]) {
      const { status, body } = await get(`/credits/usage${query}`)
      expect(status, query).toBe(422)
      const error = body as ErrorBody
      expect(error).toMatchObject({ status_code: 422, error_type: 'validation_error' })
      expect(error.message.length).toBeGreaterThan(0)
      expect(error.request_id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      )
    }
    expect((await usage('?limit=100')).data).toHaveLength(100)
    expect((await usage('?limit=1')).data).toHaveLength(1)
  })

  it('filters from/to inclusively on created_at and service exactly; total_used covers all matches', async () => {
    const lasso = mock({ size: 300 })
    const rows = lasso.timeline.events.filter(isLassoRowEvent).map((event) => toLassoRow(event))
    const pick = rows[100] as LassoRow
    const upper = rows[200] as LassoRow
    const query = `&from=${pick.created_at}&to=${upper.created_at}&service=enhancement`
    const expected = rows.filter(
      (row) =>
        row.created_at >= pick.created_at &&
        row.created_at <= upper.created_at &&
        row.service === 'enhancement',
    )
    const pages = await walk(query)
    const served = pages.flatMap((page) => page.data)
    expect(served.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort())
    expect(served.length).toBeGreaterThan(0)
    const usedCenti = expected.reduce((sum, row) => sum + Math.max(0, -centi(row.amount)), 0)
    for (const page of pages) {
      expect(page.pagination.total).toBe(expected.length)
      expect(page.total_used).toBe(usedCenti / 100)
    }
    // A bound equal to a row's timestamp keeps the row (inclusive).
    const exact = await usage(`?from=${pick.created_at}&to=${pick.created_at}`)
    expect(exact.data.map((row) => row.id)).toContain(pick.id)
  })

  it('reports total_used positive over all matching rows, exact to 2 decimals', async () => {
    const lasso = mock({ size: 500 })
    const body = await usage('?limit=5')
    const rows = lasso.timeline.events.filter(isLassoRowEvent)
    const consumed = rows.reduce((sum, event) => sum + (event.centi < 0 ? -event.centi : 0), 0)
    expect(body.total_used).toBeGreaterThan(0)
    expect(body.total_used).toBe(consumed / 100)
    const pageSum = body.data.reduce((sum, row) => sum - Math.min(0, centi(row.amount)), 0) / 100
    expect(body.total_used).toBeGreaterThan(pageSum)
  })

  it('serves a balance consistent with the rows: grants plus every row amount', async () => {
    const lasso = mock({ size: 250 })
    const { status, body } = await get('/credits/balance')
    expect(status).toBe(200)
    const grants = lasso.timeline.events
      .filter((event) => event.kind === 'grant')
      .reduce((sum, event) => sum + event.centi, 0)
    const all = (await walk('')).flatMap((page) => page.data)
    const rowsCenti = all.reduce((sum, row) => sum + centi(row.amount), 0)
    expect(body).toEqual({ balance: (grants + rowsCenti) / 100 })
  })

  it('puts unknown services in the unknown-types scenario', async () => {
    const body = await usage('?limit=100&service=ai_field', {
      scenario: 'unknown-types',
      size: 300,
    })
    expect(body.data.length).toBeGreaterThan(0)
    expect(body.data.every((row) => row.service === 'ai_field')).toBe(true)
  })

  it('serves an empty ledger', async () => {
    mock({ scenario: 'empty' })
    expect(await usage()).toEqual({
      data: [],
      pagination: { page: 1, limit: 25, total: 0 },
      total_used: 0,
    })
    expect((await get('/credits/balance')).body).toEqual({ balance: 0 })
  })

  it('corrupts the first row when malformed', async () => {
    mock({ scenario: 'malformed', failCount: 1 })
    const bad = await usage()
    expect((bad.data[0] as LassoRow).amount).toBe('twelve')
    const good = await usage()
    expect(typeof (good.data[0] as LassoRow).amount).toBe('number')

    server.resetHandlers()
    mock({ scenario: 'malformed', failCount: 1, size: 20 })
    const balance = (await get('/credits/balance')).body as { balance: unknown }
    expect(typeof balance.balance).toBe('string')
    expect(typeof (await usage()).total_used).toBe('number')
    expect(typeof ((await usage()).data[0] as LassoRow).amount).toBe('number')
  })

  it('answers auth and failure scenarios with Lasso error bodies', async () => {
    mock()
    const missing = await get('/credits/usage', {})
    expect(missing.status).toBe(401)
    expect(missing.body).toMatchObject({
      status_code: 401,
      error_type: 'unauthenticated',
      message: 'Invalid or deactivated API key',
    })
    expect((await get('/credits/balance', { Authorization: 'Bearer nope' })).status).toBe(401)

    server.resetHandlers()
    mock({ scenario: 'forbidden' })
    expect((await get('/credits/usage')).body).toMatchObject({
      status_code: 403,
      error_type: 'forbidden',
    })

    server.resetHandlers()
    mock({ scenario: 'rate-limited', retryAfterSeconds: 9 })
    const limited = await get('/credits/usage')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('9')
    expect(limited.body).toMatchObject({ status_code: 429, error_type: 'rate_limited' })

    server.resetHandlers()
    mock({ scenario: 'server-error', failCount: 1 })
    expect((await get('/credits/usage')).body).toMatchObject({
      status_code: 500,
      error_type: 'internal_error',
    })
    expect((await get('/credits/usage')).status).toBe(200)
  })

  it('adds newer rows on each request when appending', async () => {
    const lasso = mock({ scenario: 'appending', appendPerRequest: 2, size: 50 })
    const first = await usage('?limit=5')
    const second = await usage('?limit=5')
    const rows = lasso.timeline.events.filter(isLassoRowEvent)
    expect(second.pagination.total).toBe(rows.length)
    expect(second.pagination.total).toBeGreaterThan(first.pagination.total)
    const added = second.pagination.total - first.pagination.total
    expect((second.data[added] as LassoRow).id).toBe((first.data[0] as LassoRow).id)
    expect((second.data[0] as LassoRow).id).toBe(
      toLassoRow(rows[rows.length - 1] as TimelineEvent).id,
    )
  })
})
