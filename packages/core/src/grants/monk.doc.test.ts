/**
 * Issue 17's exact fixture: the Monk document's ledger payload (two grants expiring 2026-06-12,
 * one usage naming the prepaid grant). Every number here is derived by hand from that payload.
 */
import { describe, expect, it } from 'vitest'
import documented from '../../test/fixtures/monk-ledger.doc.json' with { type: 'json' }
import { parseMonkLedger } from '../providers/monk/parse.js'
import { creditGrants } from './creditGrants.js'
import { projectRunway } from './runway.js'

const { entries } = parseMonkLedger(documented)
const numbers = (asOf: string) =>
  creditGrants(entries, { asOf }).map((g) => ({
    id: g.entry.id,
    granted: g.granted,
    used: g.used,
    expired: g.expired,
    remaining: g.remaining,
    expiresAt: g.expiresAt,
    status: g.status,
    attribution: g.attribution,
  }))

const EXPIRY = '2026-06-12T23:59:59.000Z'

describe("the Monk document's ledger", () => {
  it('at 2026-03-10: the prepaid grant drew the usage it names (exact), both grants active', () => {
    expect(numbers('2026-03-10T00:00:00Z')).toEqual([
      // Newest first; both granted at the same instant, so the id orders them.
      {
        id: 'entry-grant-2',
        granted: 500,
        used: 0,
        expired: 0,
        remaining: 500,
        expiresAt: EXPIRY,
        status: 'active',
        attribution: 'exact',
      },
      {
        id: 'entry-grant-1',
        granted: 2000,
        used: 250,
        expired: 0,
        remaining: 1750,
        expiresAt: EXPIRY,
        status: 'active',
        attribution: 'exact',
      },
    ])
  })

  it('before the usage, within 14 days of the expiry, and after it', () => {
    const view = (asOf: string) => numbers(asOf).map((g) => [g.id, g.remaining, g.status])
    expect(view('2026-03-01T00:00:00Z')).toEqual([
      ['entry-grant-2', 500, 'active'],
      ['entry-grant-1', 2000, 'active'],
    ])
    expect(view('2026-06-01T00:00:00Z')).toEqual([
      ['entry-grant-2', 500, 'expiring'],
      ['entry-grant-1', 1750, 'expiring'],
    ])
    // The document has no expiration rows: what the grants hold is still theirs, but expired.
    expect(view('2026-06-13T00:00:00Z')).toEqual([
      ['entry-grant-2', 500, 'expired'],
      ['entry-grant-1', 1750, 'expired'],
    ])
    // Before the grants existed there is nothing to show.
    expect(numbers('2026-02-27T06:40:59Z')).toEqual([])
  })

  it('forecast at 2026-03-10: balance unknown without a snapshot, so no run-out date', () => {
    expect(projectRunway(entries, { asOf: '2026-03-10T00:00:00Z' })).toEqual({
      balance: null,
      burnPerDay: 250 / 30,
      runsOutAt: null,
      expiresUnused: 0,
      windowDays: 30,
      path: [],
    })
  })

  it('forecast at 2026-03-10 from the balance 2,250: runs out at the expiry, 1,458.33 expire unused', () => {
    const runway = projectRunway(entries, { asOf: '2026-03-10T00:00:00Z', balance: 2250 })
    // 250 credits in the last 30 days; 95 days less a second to the expiry at that rate.
    const days = (Date.parse(EXPIRY) - Date.parse('2026-03-10T00:00:00Z')) / 86_400_000
    const spent = (250 / 30) * days
    expect(runway.burnPerDay).toBe(250 / 30)
    expect(runway.runsOutAt).toBe(EXPIRY)
    expect(runway.expiresUnused).toBeCloseTo(2250 - spent, 6)
    expect(runway.expiresUnused).toBeCloseTo(1458.33, 2)
    expect(runway.path.map((p) => p.at)).toEqual(['2026-03-10T00:00:00.000Z', EXPIRY, EXPIRY])
    expect(runway.path[0]?.balance).toBe(2250)
    expect(runway.path[1]?.balance).toBeCloseTo(2250 - spent, 6)
    expect(runway.path[2]?.balance).toBe(0)
  })

  it('forecast over a 7-day window at 2026-03-05: 250 / 7 a day runs out in 63 days, before the expiry', () => {
    expect(
      projectRunway(entries, { asOf: '2026-03-05T00:00:00Z', windowDays: 7, balance: 2250 }),
    ).toEqual({
      balance: 2250,
      burnPerDay: 250 / 7,
      runsOutAt: '2026-05-07T00:00:00.000Z',
      expiresUnused: 0,
      windowDays: 7,
      path: [
        { at: '2026-03-05T00:00:00.000Z', balance: 2250 },
        { at: '2026-05-07T00:00:00.000Z', balance: 0 },
      ],
    })
  })
})
