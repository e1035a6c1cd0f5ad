import { createMockServer } from '@usage-kit/mocks/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { MockOptions } from '../scenario.js'
import { createSynapMock, SYNAP_BASE_URL, SYNAP_CLIENT_ID } from './synap.js'

interface Row {
  ledger_id: string
  entry_type: string
  delta: number | string
  metric_type: string | null
  category: string | null
  created_at: string
}
interface Page {
  entries: Row[]
  total: number
  limit: number
  offset: number
}

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function mock(options: MockOptions = {}) {
  const created = createSynapMock(options)
  server.use(...created.handlers)
  return created
}

const auth = { Authorization: 'Bearer test-token' }

function get(path: string, params: Record<string, string> = {}, headers: HeadersInit = auth) {
  const query = new URLSearchParams(params).toString()
  return fetch(`${SYNAP_BASE_URL}${path}${query ? `?${query}` : ''}`, { headers })
}

async function ledger(params: Record<string, string> = {}): Promise<Page> {
  const response = await get('/v1/credits/ledger', params)
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}

/** Epoch ms of a wire timestamp; a naive value is UTC. */
const utc = (value: string) => Date.parse(/Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`)
const centi = (delta: number | string) => Math.round(Number(delta) * 100)

describe('createSynapMock: ledger', () => {
  it('defaults to limit 100, offset 0, and reports the total', async () => {
    mock()
    const page = await ledger()
    expect(page.entries).toHaveLength(100)
    expect({ total: page.total, limit: page.limit, offset: page.offset }).toEqual({
      total: 200,
      limit: 100,
      offset: 0,
    })
    const all = await ledger({ limit: '200' })
    const tail = await ledger({ offset: '150' })
    expect(tail.entries).toEqual(all.entries.slice(150))
    expect(await ledger({ offset: '500' })).toEqual({
      entries: [],
      total: 200,
      limit: 100,
      offset: 500,
    })
  })

  it('accepts limit 1..1000', async () => {
    mock({ size: 1200 })
    expect((await ledger({ limit: '1000' })).entries).toHaveLength(1000)
    expect((await ledger({ limit: '1' })).entries).toHaveLength(1)
  })

  it('answers out-of-range and non-integer limit/offset with a FastAPI 422 list', async () => {
    mock()
    const detail = async (params: Record<string, string>) => {
      const response = await get('/v1/credits/ledger', params)
      expect(response.status).toBe(422)
      return ((await response.json()) as { detail: unknown }).detail
    }
    expect(await detail({ limit: '1001' })).toEqual([
      {
        type: 'less_than_equal',
        loc: ['query', 'limit'],
        msg: 'Input should be less than or equal to 1000',
        input: '1001',
        ctx: { le: 1000 },
      },
    ])
    expect(await detail({ limit: '0' })).toEqual([
      {
        type: 'greater_than_equal',
        loc: ['query', 'limit'],
        msg: 'Input should be greater than or equal to 1',
        input: '0',
        ctx: { ge: 1 },
      },
    ])
    expect(await detail({ offset: '-1' })).toEqual([
      {
        type: 'greater_than_equal',
        loc: ['query', 'offset'],
        msg: 'Input should be greater than or equal to 0',
        input: '-1',
        ctx: { ge: 0 },
      },
    ])
    const intParsing = 'Input should be a valid integer, unable to parse string as an integer'
    expect(await detail({ limit: 'ten', offset: '1.5' })).toEqual([
      { type: 'int_parsing', loc: ['query', 'limit'], msg: intParsing, input: 'ten' },
      { type: 'int_parsing', loc: ['query', 'offset'], msg: intParsing, input: '1.5' },
    ])
  })

  it('orders newest first, ledger_id descending on equal timestamps', async () => {
    mock({ size: 600 })
    const { entries } = await ledger({ limit: '1000' })
    expect(entries).toHaveLength(600)
    for (let i = 1; i < entries.length; i++) {
      const a = entries[i - 1] as Row
      const b = entries[i] as Row
      const order = utc(b.created_at) - utc(a.created_at) || (b.ledger_id < a.ledger_id ? -1 : 1)
      expect(order).toBeLessThan(0)
    }
  })

  it('emits the wire quirks: numeric-string deltas, hundredths, naive and +00:00 timestamps', async () => {
    const created = mock({ size: 300 })
    const { entries } = await ledger({ limit: '1000' })
    expect(entries.filter((row) => typeof row.delta === 'string').length).toBeGreaterThan(30)
    expect(
      entries.some((row) => typeof row.delta === 'string' && /^-?\d+\.\d\d$/.test(row.delta)),
    ).toBe(true)
    expect(entries.some((row) => !Number.isInteger(Number(row.delta)))).toBe(true)
    expect(entries.filter((row) => !/(Z|[+-]\d\d:\d\d)$/.test(row.created_at)).length).toBe(60)
    expect(entries.filter((row) => row.created_at.endsWith('+00:00')).length).toBe(60)
    expect(entries.filter((row) => row.created_at.endsWith('Z')).length).toBe(180)
    const events = [...created.timeline.events].reverse()
    expect(entries.map((row) => [utc(row.created_at), centi(row.delta)])).toEqual(
      events.map((event) => [event.at, event.centi]),
    )
    const labels = new Set(entries.map((row) => row.entry_type))
    expect(['credit', 'debit'].every((label) => labels.has(label))).toBe(true)
    const known = ['credit', 'debit', 'expiration', 'refund', 'adjustment']
    expect([...labels].every((label) => known.includes(label))).toBe(true)
    const usage = entries.find((row) => row.entry_type === 'debit')
    expect(typeof usage?.metric_type).toBe('string')
    expect(typeof usage?.category).toBe('string')
  })

  it('filters entry_type by exact label, with a total for the filter', async () => {
    const created = mock({ size: 400 })
    const debits = await ledger({ entry_type: 'debit', limit: '1000' })
    const usage = created.timeline.events.filter((event) => event.kind === 'usage')
    expect(debits.total).toBe(usage.length)
    expect(debits.entries.every((row) => row.entry_type === 'debit')).toBe(true)
    const credits = await ledger({ entry_type: 'credit', limit: '1000' })
    expect(credits.total).toBe(created.timeline.events.filter((e) => e.kind === 'grant').length)
    expect((await ledger({ entry_type: 'Debit' })).total).toBe(0)
  })

  it('labels some rows with an unknown entry_type in the unknown-types scenario', async () => {
    mock({ size: 300, scenario: 'unknown-types' })
    const rollover = await ledger({ entry_type: 'rollover', limit: '1000' })
    expect(rollover.total).toBeGreaterThan(10)
    expect(rollover.entries.every((row) => row.entry_type === 'rollover')).toBe(true)
  })

  it('filters from/to inclusively, reading Z, +00:00 and naive values alike', async () => {
    const created = mock({ size: 300 })
    const events = created.timeline.events
    const low = events[100]?.at as number
    const high = events[200]?.at as number
    const iso = (at: number) => new Date(at).toISOString()
    const expected = events.filter((event) => event.at >= low && event.at <= high).length
    for (const [from, to] of [
      [iso(low), iso(high)],
      [iso(low).replace('.000Z', '+00:00'), iso(high).replace('.000Z', '+00:00')],
      [iso(low).slice(0, 19), iso(high).slice(0, 19)],
      [iso(low + 3_600_000).replace('.000Z', '+01:00'), iso(high).replace('Z', '')],
    ] as const) {
      const page = await ledger({ from, to, limit: '1000' })
      expect(page.total).toBe(expected)
      expect(utc(page.entries[0]?.created_at as string)).toBe(high)
      expect(utc(page.entries.at(-1)?.created_at as string)).toBe(low)
    }
    const exact = await ledger({ from: iso(low), to: iso(low) })
    expect(exact.total).toBe(events.filter((event) => event.at === low).length)
  })

  it('rejects an unreadable datetime, such as an unencoded "+" that arrived as a space', async () => {
    mock()
    const response = await fetch(
      `${SYNAP_BASE_URL}/v1/credits/ledger?from=2026-03-01T00:00:00+00:00`,
      { headers: auth },
    )
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      detail: [
        {
          type: 'datetime_from_date_parsing',
          loc: ['query', 'from'],
          msg: 'Input should be a valid datetime or date, invalid character in year',
          input: '2026-03-01T00:00:00 00:00',
        },
      ],
    })
  })

  it('grows total between requests in the appending scenario', async () => {
    mock({ scenario: 'appending', appendPerRequest: 3 })
    expect((await ledger()).total).toBe(200)
    expect((await ledger()).total).toBe(203)
    expect((await ledger({ entry_type: 'debit' })).entries[0]?.entry_type).toBe('debit')
  })
})

describe('createSynapMock: auth, scenarios and balance', () => {
  it('answers a missing or wrong token with the FastAPI 401 body; client headers are optional', async () => {
    mock()
    for (const headers of [{}, { Authorization: 'Bearer nope' }] as HeadersInit[]) {
      const response = await get('/v1/credits/ledger', {}, headers)
      expect(response.status).toBe(401)
      expect(await response.json()).toEqual({ detail: 'Invalid API key' })
    }
    const withIds = { ...auth, 'X-Client-ID': SYNAP_CLIENT_ID, 'X-Instance-ID': 'inst_1' }
    expect((await get('/v1/credits/ledger', {}, withIds)).status).toBe(200)
    expect((await get('/v1/credits/balance', {}, {})).status).toBe(401)
  })

  it('serves the failure scenarios in FastAPI shape', async () => {
    const cases = [
      ['forbidden', 403, { detail: 'Forbidden' }],
      ['rate-limited', 429, { detail: 'Rate limit exceeded' }],
      ['server-error', 500, { detail: 'Internal server error' }],
    ] as const
    for (const [scenario, status, body] of cases) {
      server.resetHandlers()
      mock({ scenario, retryAfterSeconds: 7 })
      const response = await get('/v1/credits/ledger')
      expect(response.status).toBe(status)
      expect(await response.json()).toEqual(body)
      if (status === 429) expect(response.headers.get('Retry-After')).toBe('7')
    }
    server.resetHandlers()
    mock({ scenario: 'network-error' })
    await expect(get('/v1/credits/ledger')).rejects.toThrow()
  })

  it('corrupts the first row in the malformed scenario, then recovers', async () => {
    mock({ scenario: 'malformed', failCount: 1 })
    expect((await ledger()).entries[0]?.delta).toBe('twenty-five')
    const delta = (await ledger()).entries[0]?.delta
    expect(delta === undefined || Number.isNaN(Number(delta))).toBe(false)
  })

  it('serves an empty wallet', async () => {
    mock({ scenario: 'empty' })
    expect(await ledger()).toEqual({ entries: [], total: 0, limit: 100, offset: 0 })
    const balance = await (await get('/v1/credits/balance')).json()
    expect(balance).toEqual({
      client_id: SYNAP_CLIENT_ID,
      balance_credits: 0,
      warning_low: true,
      buckets: [],
    })
  })

  it('serves a balance equal to the sum of all deltas, split into buckets that add up', async () => {
    const created = mock({ size: 2500 })
    let sum = 0
    for (let offset = 0; offset < 2500; offset += 1000) {
      for (const row of (await ledger({ limit: '1000', offset: String(offset) })).entries) {
        sum += centi(row.delta)
      }
    }
    const response = await get('/v1/credits/balance')
    const balance = (await response.json()) as {
      balance_credits: number
      warning_low: boolean
      buckets: Array<{ source_type: string; balance: number; expires_at: string | null }>
    }
    expect(sum).toBe(created.timeline.balanceCenti())
    expect(balance.balance_credits).toBe(sum / 100)
    expect(balance.warning_low).toBe(sum < 10_000)
    expect(balance.buckets.reduce((total, bucket) => total + centi(bucket.balance), 0)).toBe(sum)
    for (const bucket of balance.buckets) {
      expect(['paid', 'promo', 'adjustment']).toContain(bucket.source_type)
      if (bucket.expires_at !== null) expect(bucket.expires_at).toMatch(/^\d{4}-.*Z$/)
    }
  })
})
