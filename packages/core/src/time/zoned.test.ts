import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { zonedDayStart, zonedInstant } from './zoned.js'

/** Zones with DST at midnight (Havana, Santiago, Beirut), 30- and 45-minute offsets, the date line. */
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Chatham',
  'America/Havana',
  'America/Santiago',
  'Asia/Beirut',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Europe/Prague',
  'Pacific/Apia',
] as const

/** The calendar date of an instant in a zone, by Intl (the reference): 'YYYY-MM-DD'. */
function dateIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)
}

const iso = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10)

// Runs in every zone project (UTC, America/Los_Angeles, Pacific/Chatham): the answer must not
// depend on the runtime's own zone, which TZDate's wall-time constructor did.
describe('zonedDayStart', () => {
  it('is the first instant of that date in the zone, wherever the runtime is (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({
          min: Date.UTC(1990, 0, 1) / 86_400_000,
          max: Date.UTC(2040, 0, 1) / 86_400_000,
        }),
        (zone, dayNumber) => {
          const day = new Date(dayNumber * 86_400_000)
          const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()]
          const start = zonedDayStart(y, m, d, zone)
          expect(dateIn(start, zone)).toBe(iso(y, m, d))
          expect(dateIn(start - 1, zone) < iso(y, m, d)).toBe(true)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('starts a day at its first midnight when midnight repeats, and at the jump when it is skipped', () => {
    // Havana falls back at 01:00 to 00:00 on 2026-11-01: the day starts at the first midnight
    // (UTC-4). A Los Angeles runtime made TZDate start it at the second one.
    expect(new Date(zonedDayStart(2026, 10, 1, 'America/Havana')).toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    )
    // Santiago falls back at 00:00 to 23:00 on 2026-04-05 (the 4th's last hour repeats): the 5th
    // starts at 00:00 UTC-4. A Chatham runtime made TZDate start it an hour early.
    expect(new Date(zonedDayStart(2026, 3, 5, 'America/Santiago')).toISOString()).toBe(
      '2026-04-05T04:00:00.000Z',
    )
    // Santiago springs forward at 00:00 on 2026-09-06: no midnight, the day starts at 01:00 (UTC-3).
    const skipped = zonedInstant(Date.UTC(2026, 8, 6), 'America/Santiago')
    expect(skipped.exact).toBe(false)
    expect(new Date(skipped.at).toISOString()).toBe('2026-09-06T04:00:00.000Z')
  })

  it('puts a wall time inside a gap that starts off the hour at the jump (Chatham 2:45 to 3:45)', () => {
    // 2026-09-27 02:45 +12:45 = 2026-09-26T14:00Z, when Chatham's clocks read 03:45 +13:45. Wall
    // 03:00 does not exist; it starts where the clocks jumped, not 15 minutes later (04:00 local).
    const three = zonedInstant(Date.UTC(2026, 8, 27, 3), 'Pacific/Chatham')
    expect(three.exact).toBe(false)
    expect(new Date(three.at).toISOString()).toBe('2026-09-26T14:00:00.000Z')
    const twoThirty = zonedInstant(Date.UTC(2026, 8, 27, 2, 30), 'Pacific/Chatham')
    expect(twoThirty).toEqual({ at: Date.parse('2026-09-26T13:45:00Z'), exact: true })
  })

  it('rolls over like Date.UTC and is NaN for a zone the runtime does not know', () => {
    expect(zonedDayStart(2026, 12, 0, 'UTC')).toBe(Date.UTC(2026, 11, 31))
    expect(zonedDayStart(2026, 0, 1, 'Mars/Olympus_Mons')).toBeNaN()
  })
})
