import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import type { LedgerEntry } from '../model.js'
import { reconcileBalance } from './reconcile.js'
import { ledgerStatement } from './statement.js'

const row = (id: string, occurredAt: string, credits: number, balanceAfter: number | null) =>
  entry({ id, kind: credits >= 0 ? 'grant' : 'usage', occurredAt, credits, balanceAfter })

const ledger: LedgerEntry[] = [
  row('g', '2026-01-10T12:00:00.000Z', 100, 100),
  row('u1', '2026-01-20T12:00:00.000Z', -0.1, 99.9),
  row('u2', '2026-03-05T12:00:00.000Z', -0.2, 99.7),
  { ...row('p', '2026-04-01T12:00:00.000Z', -50, null), pending: true },
]

describe('ledgerStatement', () => {
  it('monthly in UTC, newest first, with the empty month between; chained exactly', () => {
    expect(ledgerStatement(ledger, { period: 'month', timeZone: 'UTC' })).toEqual([
      {
        start: '2026-03-01T00:00:00.000Z',
        end: '2026-04-01T00:00:00.000Z',
        opening: 99.9,
        closing: 99.7,
        granted: 0,
        used: 0.2,
        count: 1,
      },
      {
        start: '2026-02-01T00:00:00.000Z',
        end: '2026-03-01T00:00:00.000Z',
        opening: 99.9,
        closing: 99.9,
        granted: 0,
        used: 0,
        count: 0,
      },
      {
        start: '2026-01-01T00:00:00.000Z',
        end: '2026-02-01T00:00:00.000Z',
        opening: 0,
        closing: 99.9,
        granted: 100,
        used: 0.1,
        count: 2,
      },
    ])
  })

  it('billing cycles from cycleAnchor, in the zone', () => {
    const periods = ledgerStatement(ledger, {
      period: 'month',
      timeZone: 'America/Los_Angeles',
      cycleAnchor: 15,
    })
    expect(periods.map((p) => [p.start, p.count])).toEqual([
      ['2026-02-15T08:00:00.000Z', 1],
      ['2026-01-15T08:00:00.000Z', 1],
      ['2025-12-15T08:00:00.000Z', 1],
    ])
    expect(periods[0]?.end).toBe('2026-03-15T07:00:00.000Z')
  })

  it('days and weeks (weekStartsOn)', () => {
    const days = ledgerStatement(ledger.slice(0, 2), { period: 'day', timeZone: 'UTC' })
    expect(days).toHaveLength(11)
    const weeks = ledgerStatement(ledger.slice(0, 2), {
      period: 'week',
      timeZone: 'UTC',
      weekStartsOn: 0,
    })
    // Sat 10 Jan is in the week from Sun 4 Jan; Tue 20 Jan in the week from Sun 18 Jan.
    expect(weeks.map((w) => w.start)).toEqual([
      '2026-01-18T00:00:00.000Z',
      '2026-01-11T00:00:00.000Z',
      '2026-01-04T00:00:00.000Z',
    ])
  })

  it('without running balances: opening and closing are null; no posted entries: no periods', () => {
    const unknown = ledger.map((e) => ({ ...e, balanceAfter: null }))
    const periods = ledgerStatement(unknown, { period: 'month', timeZone: 'UTC' })
    expect(periods.map((p) => [p.opening, p.closing, p.used])).toEqual([
      [null, null, 0.2],
      [null, null, 0],
      [null, null, 0.1],
    ])
    expect(ledgerStatement([ledger[3] as LedgerEntry], { period: 'day', timeZone: 'UTC' })).toEqual(
      [],
    )
  })

  it('names the bad option', () => {
    const bad = (options: object) => () => ledgerStatement(ledger, options as never)
    expect(bad({ period: 'month', timeZone: 'UTC', cycleAnchor: 29 })).toThrow(
      new RangeError(
        'ledgerStatement: cycleAnchor must be a whole day of the month from 1 to 28 (got 29)',
      ),
    )
    expect(bad({ period: 'month', timeZone: 'Mars/Olympus' })).toThrow(
      new RangeError('ledgerStatement: unknown time zone "Mars/Olympus"'),
    )
    expect(bad({ period: 'year', timeZone: 'UTC' })).toThrow(/period must be 'day'/)
    expect(bad({ period: 'week', timeZone: 'UTC', weekStartsOn: 7 })).toThrow(/weekStartsOn/)
    expect(() => ledgerStatement(ledger, undefined as never)).toThrow(TypeError)
  })
})

describe('reconcileBalance', () => {
  it('provider - ledger, exact, from the newest posted entry', () => {
    const snapshot = { credits: 99.8, money: null, asOf: null }
    expect(reconcileBalance(ledger, snapshot)).toEqual({
      ledger: 99.7,
      provider: 99.8,
      difference: 0.1,
      matches: false,
    })
    expect(reconcileBalance(ledger, { ...snapshot, credits: 99.7 })).toMatchObject({
      difference: 0,
      matches: true,
    })
  })

  it('an unknown side gives no difference and never matches', () => {
    const snapshot = { credits: null, money: null, asOf: null }
    expect(reconcileBalance(ledger, snapshot)).toEqual({
      ledger: 99.7,
      provider: null,
      difference: null,
      matches: false,
    })
    expect(reconcileBalance([], { ...snapshot, credits: 5 })).toEqual({
      ledger: null,
      provider: 5,
      difference: null,
      matches: false,
    })
  })
})
