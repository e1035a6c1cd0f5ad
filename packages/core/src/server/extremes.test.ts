/**
 * Extreme values through the endpoint (issue 14 items 7-9, issue 20 §3): dates outside years
 * 0000-9999 UTC are a 400 naming the parameter, provider rows outside the kit's ranges a 502
 * `malformed`, and a provider's Retry-After goes out clamped, as whole seconds, or not at all.
 */
import { createLedgerBody, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { setupLoopback } from '../../test/loopback.js'
import { RETRY_AFTER_LIMIT_MS } from '../errors.js'
import { createMonkSource } from '../providers/monk/source.js'
import { createLedgerHandler } from './index.js'

const loop = setupLoopback()
const LEDGER = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`
/** The balance the handler reads as its anchor next to the ledger. */
const balance = http.get(LEDGER.replace(/ledger$/, 'balance'), () =>
  HttpResponse.json({
    data: {
      balance: {
        creditBalance: 1,
        balanceCents: 100,
        currency: 'USD',
        asOf: '2026-03-01T00:00:00Z',
      },
    },
  }),
)

async function serve(): Promise<string> {
  return loop.serve(
    createLedgerHandler({ source: createMonkSource({ contractId: MONK_CONTRACT_ID, token: 't' }) }),
  )
}

async function get(url: string) {
  const response = await fetch(url)
  const body = (await response.json()) as { error?: Record<string, unknown>; entries?: unknown[] }
  return { response, body }
}

/** A Monk ledger whose first (newest) row has `field` set to `value`. */
function serveMonkRow(field: string, value: unknown): void {
  const body = createLedgerBody('monk', { size: 5 }) as {
    data: { entries: Record<string, unknown>[] }
  }
  ;(body.data.entries[0] as Record<string, unknown>)[field] = value
  loop.useHandlers(
    http.get(LEDGER, () => HttpResponse.json(body)),
    balance,
  )
}

describe('dates at the ends of the range', () => {
  // Form encoding: '+' is a space, so the offsets go percent-encoded, as URLSearchParams sends them.
  it.each([
    ['to', '9999-12-31T23:59:59-14:00'],
    ['from', '0000-01-01T00:00:00+00:01'],
    ['from', '0000-01-01T00:00:00+01:00'],
  ])('refuses %s=%s with a 400 naming it (before: 500)', async (parameter, value) => {
    serveMonkRow('id', 'unused')
    const url = `${await serve()}?${new URLSearchParams({ [parameter]: value })}`
    const { response, body } = await get(url)
    expect(response.status).toBe(400)
    expect(body.error).toMatchObject({ kind: 'invalid_request', parameter })
    expect(body.error?.message).toContain('0000-01-01T00:00:00.000Z')
  })

  it('takes the first and last instants of the range, in any offset that stays inside', async () => {
    serveMonkRow('description', 'x')
    const search = new URLSearchParams({
      from: '0000-01-01T01:00:00+01:00',
      to: '9999-12-31T09:59:59.999-14:00',
    })
    const { response, body } = await get(`${await serve()}?${search}`)
    expect(response.status).toBe(200)
    expect(body.entries).toHaveLength(5)
  })

  it.each([
    ['createdAt', '0000-01-01T00:00:00+01:00'],
    ['createdAt', '9999-12-31T23:59:59-14:00'],
    ['creditAmount', 1e21],
    ['creditAmount', 5e-324],
    ['amountCents', 1e15 + 1],
  ])(
    'answers a provider row with %s %s as 502 malformed (before: 500 or 200)',
    async (field, value) => {
      serveMonkRow(field, value)
      const { response, body } = await get(`${await serve()}?pageSize=5`)
      expect(response.status).toBe(502)
      expect(body.error).toMatchObject({ kind: 'malformed' })
    },
  )
})

describe("a provider's Retry-After", () => {
  const rateLimited = (retryAfter: string) =>
    loop.useHandlers(
      balance,
      http.get(LEDGER, () =>
        HttpResponse.json(
          { error: 'slow down' },
          { status: 429, headers: { 'Retry-After': retryAfter } },
        ),
      ),
    )

  it('goes out clamped to the limit, as whole seconds (before: Retry-After: 1e+23)', async () => {
    rateLimited('99999999999999999999999')
    const { response, body } = await get(`${await serve()}?pageSize=5`)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3600')
    expect(body.error).toMatchObject({ kind: 'rate_limited', retryAfterMs: RETRY_AFTER_LIMIT_MS })
  })

  it.each(['-5', '1.5', 'soon', 'Mon, 32 Jan 2026 00:00:00 GMT'])(
    'is left out when invalid (%s), never a zero wait',
    async (retryAfter) => {
      rateLimited(retryAfter)
      const { response, body } = await get(`${await serve()}?pageSize=5`)
      expect(response.status).toBe(429)
      expect(response.headers.get('retry-after')).toBeNull()
      expect(body.error).toMatchObject({ kind: 'rate_limited', retryAfterMs: null })
    },
  )
})
