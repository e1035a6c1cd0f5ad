import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import { forecastRunway } from './forecast.js'
import { projectRunway } from './runway.js'

const DAY = 86_400_000
const T0 = Date.UTC(2026, 0, 1)
const at = (days: number) => new Date(T0 + days * DAY).toISOString()

describe('forecastRunway', () => {
  it('draws the expiring grant first, loses what it holds at its expiry, spends the rest after', () => {
    // 100 a day; 500 held by a grant expiring on day 3, 1,000 unheld.
    const forecast = forecastRunway({
      asOf: T0,
      balance: 1500,
      burnPerDay: 100,
      holdings: [{ expiresAt: T0 + 3 * DAY, held: 500 }],
    })
    expect(forecast).toEqual({
      runsOutAt: at(13),
      expiresUnused: 200,
      path: [
        { at: at(0), balance: 1500 },
        { at: at(3), balance: 1200 },
        { at: at(3), balance: 1000 },
        { at: at(13), balance: 0 },
      ],
    })
  })

  it('a grant used up before its expiry loses nothing and makes no step', () => {
    const forecast = forecastRunway({
      asOf: T0,
      balance: 1000,
      burnPerDay: 100,
      holdings: [{ expiresAt: T0 + 5 * DAY, held: 200 }],
    })
    expect(forecast).toEqual({
      runsOutAt: at(10),
      expiresUnused: 0,
      path: [
        { at: at(0), balance: 1000 },
        { at: at(10), balance: 0 },
      ],
    })
  })

  it('runs out at an expiry when the grants held everything; a grant already expired is lost at once', () => {
    const forecast = forecastRunway({
      asOf: T0,
      balance: 300,
      burnPerDay: 10,
      holdings: [
        { expiresAt: T0 - DAY, held: 100 },
        { expiresAt: T0 + 2 * DAY, held: 200 },
      ],
    })
    expect(forecast).toEqual({
      runsOutAt: at(2),
      expiresUnused: 280,
      path: [
        { at: at(0), balance: 300 },
        { at: at(0), balance: 200 },
        { at: at(2), balance: 180 },
        { at: at(2), balance: 0 },
      ],
    })
  })

  it('holdings above the balance are cut from the earliest expiring', () => {
    const forecast = forecastRunway({
      asOf: T0,
      balance: 100,
      burnPerDay: 10,
      holdings: [
        { expiresAt: T0 + 5 * DAY, held: 80 },
        { expiresAt: T0 + 20 * DAY, held: 80 },
      ],
    })
    // Held 160 in a balance of 100: the day-5 grant keeps 20 (spent by day 2), the day-20 one 80.
    expect(forecast.expiresUnused).toBe(0)
    expect(forecast.runsOutAt).toBe(at(10))
  })

  it('balance 0 or below: out at asOf; unknown balance or no burn: no date', () => {
    const base = { asOf: T0, holdings: [] }
    expect(forecastRunway({ ...base, balance: 0, burnPerDay: 5 })).toEqual({
      runsOutAt: at(0),
      expiresUnused: 0,
      path: [{ at: at(0), balance: 0 }],
    })
    expect(forecastRunway({ ...base, balance: -3, burnPerDay: 5 }).runsOutAt).toBe(at(0))
    expect(forecastRunway({ ...base, balance: null, burnPerDay: 5 })).toEqual({
      runsOutAt: null,
      expiresUnused: 0,
      path: [],
    })
    // Nothing is used, so every credit an expiring grant holds is lost, but nothing runs out.
    expect(
      forecastRunway({
        ...base,
        balance: 50,
        burnPerDay: 0,
        holdings: [{ expiresAt: T0 + DAY, held: 20 }],
      }),
    ).toEqual({ runsOutAt: null, expiresUnused: 20, path: [] })
  })
})

describe('projectRunway', () => {
  const ledger = [
    entry({
      id: 'g',
      kind: 'grant',
      occurredAt: at(0),
      credits: 600,
      balanceAfter: 600,
      expiresAt: at(40),
    }),
    entry({ id: 'u1', kind: 'usage', occurredAt: at(5), credits: -150, balanceAfter: 450 }),
    entry({ id: 'u2', kind: 'usage', occurredAt: at(25), credits: -150, balanceAfter: 300 }),
    entry({ id: 'p', kind: 'usage', occurredAt: at(29), credits: -999, pending: true }),
  ]

  it('burns the posted usage of the window, from the newest running balance', () => {
    expect(projectRunway(ledger, { asOf: at(30), windowDays: 30 })).toEqual({
      balance: 300,
      burnPerDay: 10,
      runsOutAt: at(40),
      expiresUnused: 200,
      windowDays: 30,
      path: [
        { at: at(30), balance: 300 },
        { at: at(40), balance: 200 },
        { at: at(40), balance: 0 },
      ],
    })
  })

  it('the window is (asOf - windowDays, asOf]: usage exactly at its start is out', () => {
    expect(projectRunway(ledger, { asOf: at(25), windowDays: 20 }).burnPerDay).toBe(150 / 20)
    expect(projectRunway(ledger, { asOf: at(26), windowDays: 21 }).burnPerDay).toBe(150 / 21)
  })

  it('a balance option overrides the ledger; none known gives no date', () => {
    expect(projectRunway(ledger, { asOf: at(30), balance: 50 }).runsOutAt).toBe(at(35))
    const unknown = ledger.map((e) => ({ ...e, balanceAfter: null }))
    expect(projectRunway(unknown, { asOf: at(30) })).toMatchObject({
      balance: null,
      runsOutAt: null,
    })
  })

  it('names the bad option', () => {
    expect(() => projectRunway(ledger, { windowDays: 0 })).toThrow(
      new RangeError('projectRunway: windowDays must be a number of days above 0 (got 0)'),
    )
    expect(() => projectRunway(ledger, { asOf: '2026-13-45' })).toThrow(
      /projectRunway: asOf must be an ISO-8601 instant/,
    )
    expect(() => projectRunway(ledger, { balance: Number.NaN })).toThrow(
      /projectRunway: balance must be a finite number \(got NaN\)/,
    )
  })
})
