/**
 * Extreme values in provider bodies (issue 14 items 7-8, issue 20 §3): amounts outside the kit's
 * range and times outside years 0000-9999 UTC are `malformed`, with the JSON path of the value,
 * for every provider parser that reads them through the shared guards.
 */
import { createLedgerBody, type MockProviderId } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { LedgerError } from '../errors.js'
import type { LedgerEntry } from '../model.js'
import { parseLassoLedger } from '../providers/lasso/parse.js'
import { parseMonkBalance, parseMonkLedger } from '../providers/monk/parse.js'
import { parseSynapBalance, parseSynapLedger } from '../providers/synap/parse.js'
import { parseVayuLedger } from '../providers/vayu/parse.js'
import { parseBody } from './validate.js'

/** Where each provider's ledger rows sit, and the fields holding an amount and a time. */
// Each parser as one type: the tests read only `entries`, which every ledger shape has.
const LEDGERS: Record<
  'synap' | 'lasso' | 'monk' | 'vayu',
  {
    parse: (body: unknown) => { entries: LedgerEntry[] }
    rows: string
    amount: string
    time: string
  }
> = {
  synap: { parse: parseSynapLedger, rows: '$.entries', amount: 'delta', time: 'created_at' },
  lasso: { parse: parseLassoLedger, rows: '$.data', amount: 'amount', time: 'created_at' },
  monk: {
    parse: parseMonkLedger,
    rows: '$.data.entries',
    amount: 'creditAmount',
    time: 'createdAt',
  },
  vayu: { parse: parseVayuLedger, rows: '$.entries', amount: 'amount', time: 'createdAt' },
}

type Provider = keyof typeof LEDGERS

/** A small valid body with `field` of the first row set to `value`. */
function bodyWith(provider: Provider, field: string, value: unknown): unknown {
  const body = createLedgerBody(provider as MockProviderId, { size: 5 }) as Record<string, unknown>
  const rows = LEDGERS[provider].rows
    .slice(2)
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], body) as Record<
    string,
    unknown
  >[]
  ;(rows[0] as Record<string, unknown>)[field] = value
  return body
}

function failureOf(provider: Provider, body: unknown): LedgerError {
  try {
    parseBody(provider, body, LEDGERS[provider].parse)
  } catch (error) {
    if (error instanceof LedgerError) return error
    throw error
  }
  throw new Error(`${provider} took the body`)
}

const PROVIDERS = Object.keys(LEDGERS) as Provider[]

/** One test per provider and value: the value in the first row's field is malformed there. */
function refusesEach(field: 'amount' | 'time', values: readonly unknown[]): void {
  it.each(PROVIDERS.flatMap((provider) => values.map((value) => [provider, value] as const)))(
    `%s refuses a${field === 'amount' ? 'n amount' : ' time'} of %s`,
    (provider, value) => {
      const { rows, [field]: name } = LEDGERS[provider]
      const error = failureOf(provider, bodyWith(provider, name, value))
      expect(error).toMatchObject({ kind: 'malformed', path: `${rows}[0].${name}` })
    },
  )
}

describe('amounts outside the range are malformed, with their path', () => {
  // JSON `1e309` parses to Infinity; numeric strings are read the same way as numbers.
  refusesEach('amount', [
    1e21,
    -1e21,
    1e15 + 1,
    5e-324,
    -1.5e-23,
    Infinity,
    '1e21',
    '5e-324',
    '1e309',
  ])

  it.each(PROVIDERS)('%s takes the ends of the range and float32 round-off', (provider) => {
    for (const value of [1e15, -1e15, 1e-22, -0.0004, 0.0010000000474974513, '1e15', 0]) {
      const body = bodyWith(provider, LEDGERS[provider].amount, value)
      expect(() => parseBody(provider, body, LEDGERS[provider].parse)).not.toThrow()
    }
  })

  it('holds Monk cents and the balances to the same range', () => {
    const cents = failureOf('monk', bodyWith('monk', 'amountCents', 1e15 + 1))
    expect(cents).toMatchObject({ kind: 'malformed', path: '$.data.entries[0].amountCents' })
    const monkBalance = (creditBalance: unknown, balanceCents: unknown) => () =>
      parseBody(
        'monk',
        {
          data: {
            balance: { creditBalance, balanceCents, currency: 'USD', asOf: '2026-03-01T00:00:00Z' },
          },
        },
        parseMonkBalance,
      )
    expect(monkBalance(1, 100)).not.toThrow()
    expect(monkBalance(1e21, 100)).toThrow(
      expect.objectContaining({ path: '$.data.balance.creditBalance' }),
    )
    expect(monkBalance(1, 2 ** 53)).toThrow(
      expect.objectContaining({ path: '$.data.balance.balanceCents' }),
    )
    const synapBalance = () =>
      parseBody(
        'synap',
        { client_id: 'c', warning_low: false, balance_credits: 5e-324 },
        parseSynapBalance,
      )
    expect(synapBalance).toThrow(
      expect.objectContaining({ kind: 'malformed', path: '$.balance_credits' }),
    )
  })
})

describe('times outside years 0000-9999 UTC are malformed, with their path', () => {
  refusesEach('time', [
    '0000-01-01T00:00:00+01:00',
    '0000-01-01T00:00:00+00:01',
    '9999-12-31T23:59:59-14:00',
  ])

  it.each(PROVIDERS)('%s takes the first and last instants of the range', (provider) => {
    for (const value of ['0000-01-01T01:00:00+01:00', '9999-12-31T09:59:59.999-14:00']) {
      const body = bodyWith(provider, LEDGERS[provider].time, value)
      const { entries } = parseBody(provider, body, LEDGERS[provider].parse)
      expect(entries.map((entry) => entry.occurredAt)).toContain(
        value.startsWith('0000') ? '0000-01-01T00:00:00.000Z' : '9999-12-31T23:59:59.999Z',
      )
    }
  })
})
