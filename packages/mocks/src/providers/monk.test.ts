import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockServer } from '../node.js'
import { createMonkMock, MONK_CONTRACT_ID } from './monk.js'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const ledgerUrl = (id = MONK_CONTRACT_ID) =>
  `https://api.monk.com/v1/contracts/${id}/credits/ledger`
const auth = { headers: { Authorization: 'Bearer test-token' } }

describe('createMonkMock', () => {
  it('serves the whole ledger newest first with every documented key present (nullable ones as null)', async () => {
    server.use(...createMonkMock({ size: 40 }).handlers)
    const body = (await (await fetch(ledgerUrl(), auth)).json()) as {
      data: { totalCount: number; entries: Record<string, unknown>[] }
    }
    expect(body.data.totalCount).toBe(40)
    const keys = [
      'id',
      'type',
      'amountCents',
      'creditAmount',
      'creditRateCents',
      'currency',
      'description',
      'sourceType',
      'invoiceId',
      'grantEntryId',
      'expiresAt',
      'isPromotional',
      'createdAt',
    ]
    for (const entry of body.data.entries)
      expect(Object.keys(entry).sort()).toEqual([...keys].sort())
    const times = body.data.entries.map((e) => e.createdAt as string)
    expect(times).toEqual([...times].sort().reverse())
  })

  it('answers with Monk error bodies: 401 without the token, 404 for another contract', async () => {
    server.use(...createMonkMock().handlers)
    const missing = await fetch(ledgerUrl())
    expect(missing.status).toBe(401)
    expect(await missing.json()).toEqual({
      error: { message: 'Invalid API key', code: 'UNAUTHORIZED' },
    })
    const other = await fetch(ledgerUrl('11111111-2222-4333-8444-555555555555'), auth)
    expect(other.status).toBe(404)
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND')
  })

  it('serves a balance equal to the sum of the ledger', async () => {
    const mock = createMonkMock({ size: 120, seed: 3 })
    server.use(...mock.handlers)
    const ledger = (await (await fetch(ledgerUrl(), auth)).json()) as {
      data: { entries: { creditAmount: number }[] }
    }
    const cents = ledger.data.entries.reduce((sum, e) => sum + Math.round(e.creditAmount * 100), 0)
    const balance = (await (
      await fetch(ledgerUrl().replace('/ledger', '/balance'), auth)
    ).json()) as {
      data: { balance: { creditBalance: number } }
    }
    expect(Math.round(balance.data.balance.creditBalance * 100)).toBe(cents)
  })

  it('fails only the first failCount requests, then recovers (retry scenarios)', async () => {
    server.use(
      ...createMonkMock({ scenario: 'rate-limited', failCount: 2, retryAfterSeconds: 3 }).handlers,
    )
    const statuses = []
    for (let i = 0; i < 3; i++) {
      const response = await fetch(ledgerUrl(), auth)
      statuses.push([response.status, response.headers.get('Retry-After')])
    }
    expect(statuses).toEqual([
      [429, '3'],
      [429, '3'],
      [200, null],
    ])
  })

  it('appends entries between requests in the appending scenario', async () => {
    server.use(...createMonkMock({ size: 10, scenario: 'appending', appendPerRequest: 2 }).handlers)
    const count = async () =>
      ((await (await fetch(ledgerUrl(), auth)).json()) as { data: { totalCount: number } }).data
        .totalCount
    expect(await count()).toBe(10)
    expect(await count()).toBeGreaterThanOrEqual(12)
  })
})
