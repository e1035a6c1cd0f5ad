import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import type { LedgerEntry } from '../model.js'
import { creditGrants } from './creditGrants.js'

const day = (d: number, hour = 0) => new Date(Date.UTC(2026, 0, d, hour)).toISOString()
const grant = (id: string, d: number, credits: number, expiresDay: number | null) =>
  entry({
    id,
    kind: 'grant',
    occurredAt: day(d),
    credits,
    expiresAt: expiresDay === null ? null : day(expiresDay),
  })
const usage = (id: string, d: number, credits: number, grantId: string | null = null) =>
  entry({ id, kind: 'usage', occurredAt: day(d, 12), credits: -credits, grantId })
const expiration = (id: string, d: number, credits: number, grantId: string | null = null) =>
  entry({ id, kind: 'expiration', occurredAt: day(d), credits: -credits, grantId })

const view = (entries: LedgerEntry[], asOf = day(60)) =>
  Object.fromEntries(
    creditGrants(entries, { asOf }).map((g) => [
      g.entry.id,
      [g.used, g.expired, g.remaining, g.status, g.attribution],
    ]),
  )

describe('creditGrants (estimated attribution)', () => {
  it('draws usage earliest expiry first, grants without expiry last', () => {
    const entries = [
      grant('forever', 1, 100, null),
      grant('late', 1, 100, 90),
      grant('soon', 2, 50, 80),
      usage('u1', 3, 30),
      usage('u2', 4, 40),
    ]
    expect(view(entries)).toEqual({
      soon: [50, 0, 0, 'depleted', 'estimated'],
      late: [20, 0, 80, 'active', 'estimated'],
      forever: [0, 0, 100, 'active', 'estimated'],
    })
  })

  it('ties on expiry go oldest grant first, then by id; expired and future grants are skipped', () => {
    const entries = [
      grant('b', 1, 10, 50),
      grant('a', 1, 10, 50),
      grant('old', 1, 10, 5),
      grant('later', 10, 10, 50),
      usage('u', 6, 15),
    ]
    // 'old' expired on day 5; 'later' did not exist yet; 'a' before 'b' by id.
    expect(view(entries, day(8))).toEqual({
      a: [10, 0, 0, 'depleted', 'estimated'],
      b: [5, 0, 5, 'active', 'estimated'],
      old: [0, 0, 10, 'expired', 'estimated'],
    })
  })

  it('an unnamed expiration takes from the latest grant expired at or before it', () => {
    const entries = [
      grant('first', 1, 10, 5),
      grant('second', 1, 10, 7),
      usage('u', 2, 4),
      expiration('x', 8, 16),
    ]
    expect(view(entries)).toEqual({
      first: [4, 6, 0, 'depleted', 'estimated'],
      second: [0, 10, 0, 'depleted', 'estimated'],
    })
  })

  it('credits beyond every grant are not attributed; usage is exact to the decimals', () => {
    const entries = [grant('g', 1, 0.3, null), usage('u1', 2, 0.1), usage('u2', 2, 0.1)]
    expect(view(entries)).toEqual({ g: [0.2, 0, 0.1, 'active', 'estimated'] })
    expect(view([...entries, usage('u3', 3, 5)])).toEqual({
      g: [0.3, 0, 0, 'depleted', 'estimated'],
    })
  })

  it('pending entries, non-positive grants and entries after asOf are left out', () => {
    const entries = [
      grant('g', 1, 10, null),
      { ...grant('p', 1, 10, null), pending: true },
      grant('zero', 1, 0, null),
      { ...usage('pu', 2, 5), pending: true },
      usage('after', 30, 5),
    ]
    expect(view(entries, day(20))).toEqual({ g: [0, 0, 10, 'active', 'exact'] })
  })
})

describe('creditGrants (exact attribution)', () => {
  it('named usage and expirations go to their grant, even against the estimate order', () => {
    const entries = [
      grant('soon', 1, 10, 20),
      grant('late', 1, 10, 90),
      usage('u', 2, 4, 'late'),
      expiration('x', 20, 10, 'soon'),
    ]
    expect(view(entries)).toEqual({
      soon: [0, 10, 0, 'depleted', 'exact'],
      late: [4, 0, 6, 'active', 'exact'],
    })
  })

  it('a grant is estimated once an unnamed draw happened while it existed', () => {
    const entries = [grant('old', 1, 10, null), usage('u', 2, 1), grant('new', 3, 10, null)]
    expect(view(entries)).toEqual({
      new: [0, 0, 10, 'active', 'exact'],
      old: [1, 0, 9, 'active', 'estimated'],
    })
  })

  it('a usage naming a grant outside the ledger is not drawn from any grant', () => {
    expect(view([grant('g', 1, 10, null), usage('u', 2, 4, 'elsewhere')])).toEqual({
      g: [0, 0, 10, 'active', 'exact'],
    })
  })
})

describe('creditGrants statuses and options', () => {
  it('expiring within expiringWithinDays (inclusive), expired at the instant itself', () => {
    const entries = [grant('g', 1, 10, 20)]
    const status = (asOf: string, expiringWithinDays?: number) =>
      creditGrants(entries, { asOf, expiringWithinDays })[0]?.status
    expect(status(day(6))).toBe('expiring')
    expect(status(day(5))).toBe('active')
    expect(status(day(5), 15)).toBe('expiring')
    expect(status(day(6), 0)).toBe('active')
    expect(status(day(20), 0)).toBe('expired')
  })

  it('newest grant first', () => {
    const ids = creditGrants(
      [grant('a', 1, 1, null), grant('c', 3, 1, null), grant('b', 2, 1, null)],
      {
        asOf: day(9),
      },
    ).map((g) => g.entry.id)
    expect(ids).toEqual(['c', 'b', 'a'])
  })

  it('names the bad option', () => {
    expect(() => creditGrants([], { asOf: 'yesterday' })).toThrow(
      new RangeError('creditGrants: asOf must be an ISO-8601 instant (got "yesterday")'),
    )
    expect(() => creditGrants([], { expiringWithinDays: -1 })).toThrow(
      /creditGrants: expiringWithinDays must be a number of days at least 0 \(got -1\)/,
    )
  })
})
