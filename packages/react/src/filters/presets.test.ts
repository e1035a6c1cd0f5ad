import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DATE_PRESETS,
  presetForRange,
  presetsFor,
  rangeForPreset,
  rangeKey,
  wholeDaysRange,
  type DateRange,
  type RangePreset,
} from './presets.js'

/** The calendar presets: the cycle ones need an anchor (see cycles.test.ts). */
const RANGE_PRESETS = presetsFor(undefined).filter((p): p is RangePreset => p !== 'custom')

/** Every range preset at one instant, so a table states each expected bound in full. */
function allRanges(now: string, timeZone: string): Record<RangePreset, DateRange> {
  const context = { now: new Date(now), timeZone }
  return Object.fromEntries(RANGE_PRESETS.map((p) => [p, rangeForPreset(p, context)])) as Record<
    RangePreset,
    DateRange
  >
}

describe('rangeForPreset', () => {
  it('lists the presets in picker order', () => {
    expect(DATE_PRESETS).toEqual([
      'last-7-days',
      'last-30-days',
      'last-90-days',
      'this-month',
      'last-month',
      'this-cycle',
      'last-cycle',
      'last-3-cycles',
      'year-to-date',
      'all-time',
      'custom',
    ])
    // Without an anchor a picker offers the list as it was before billing cycles.
    expect(presetsFor(undefined)).toEqual([
      'last-7-days',
      'last-30-days',
      'last-90-days',
      'this-month',
      'last-month',
      'year-to-date',
      'all-time',
      'custom',
    ])
    expect(presetsFor(15)).toBe(DATE_PRESETS)
  })

  it('counts whole UTC days in UTC', () => {
    expect(allRanges('2026-03-15T10:00:00.000Z', 'UTC')).toEqual({
      'last-7-days': { from: '2026-03-09T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' },
      'last-30-days': { from: '2026-02-14T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' },
      'last-90-days': { from: '2025-12-16T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' },
      'this-month': { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' },
      'last-month': { from: '2026-02-01T00:00:00.000Z', to: '2026-02-28T23:59:59.999Z' },
      'year-to-date': { from: '2026-01-01T00:00:00.000Z', to: '2026-03-15T23:59:59.999Z' },
      'all-time': {},
    })
  })

  it('counts Prague days on the day summer time starts (23-hour day)', () => {
    // 2026-03-29 in Prague: 02:00 CET becomes 03:00 CEST. Days before start at 23:00Z,
    // the day itself ends at 21:59:59.999Z.
    expect(allRanges('2026-03-29T12:00:00.000Z', 'Europe/Prague')).toEqual({
      'last-7-days': { from: '2026-03-22T23:00:00.000Z', to: '2026-03-29T21:59:59.999Z' },
      'last-30-days': { from: '2026-02-27T23:00:00.000Z', to: '2026-03-29T21:59:59.999Z' },
      'last-90-days': { from: '2025-12-29T23:00:00.000Z', to: '2026-03-29T21:59:59.999Z' },
      'this-month': { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T21:59:59.999Z' },
      'last-month': { from: '2026-01-31T23:00:00.000Z', to: '2026-02-28T22:59:59.999Z' },
      'year-to-date': { from: '2025-12-31T23:00:00.000Z', to: '2026-03-29T21:59:59.999Z' },
      'all-time': {},
    })
  })

  it('counts Prague days on the day summer time ends (25-hour day)', () => {
    // 2026-10-25 in Prague: 03:00 CEST becomes 02:00 CET.
    const ranges = allRanges('2026-10-25T12:00:00.000Z', 'Europe/Prague')
    expect(ranges['last-7-days']).toEqual({
      from: '2026-10-18T22:00:00.000Z',
      to: '2026-10-25T22:59:59.999Z',
    })
    expect(ranges['this-month']).toEqual({
      from: '2026-09-30T22:00:00.000Z',
      to: '2026-10-31T22:59:59.999Z',
    })
    expect(ranges['last-month']).toEqual({
      from: '2026-08-31T22:00:00.000Z',
      to: '2026-09-30T21:59:59.999Z',
    })
  })

  it('counts New York days on the day daylight time starts', () => {
    // 2026-03-08 in New York: 02:00 EST becomes 03:00 EDT.
    expect(allRanges('2026-03-08T15:00:00.000Z', 'America/New_York')).toEqual({
      'last-7-days': { from: '2026-03-02T05:00:00.000Z', to: '2026-03-09T03:59:59.999Z' },
      'last-30-days': { from: '2026-02-07T05:00:00.000Z', to: '2026-03-09T03:59:59.999Z' },
      'last-90-days': { from: '2025-12-09T05:00:00.000Z', to: '2026-03-09T03:59:59.999Z' },
      'this-month': { from: '2026-03-01T05:00:00.000Z', to: '2026-04-01T03:59:59.999Z' },
      'last-month': { from: '2026-02-01T05:00:00.000Z', to: '2026-03-01T04:59:59.999Z' },
      'year-to-date': { from: '2026-01-01T05:00:00.000Z', to: '2026-03-09T03:59:59.999Z' },
      'all-time': {},
    })
  })

  it('uses the local year when UTC is still in the old one', () => {
    // 2026-12-31T23:30Z is 00:30 on 2027-01-01 in Prague.
    const now = '2026-12-31T23:30:00.000Z'
    const prague = allRanges(now, 'Europe/Prague')
    expect(prague['year-to-date']).toEqual({
      from: '2026-12-31T23:00:00.000Z',
      to: '2027-01-01T22:59:59.999Z',
    })
    expect(prague['this-month']).toEqual({
      from: '2026-12-31T23:00:00.000Z',
      to: '2027-01-31T22:59:59.999Z',
    })
    expect(prague['last-month']).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T22:59:59.999Z',
    })
    expect(prague['last-7-days']).toEqual({
      from: '2026-12-25T23:00:00.000Z',
      to: '2027-01-01T22:59:59.999Z',
    })
    const utc = allRanges(now, 'UTC')
    expect(utc['year-to-date']).toEqual({
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-12-31T23:59:59.999Z',
    })
    expect(utc['this-month']).toEqual({
      from: '2026-12-01T00:00:00.000Z',
      to: '2026-12-31T23:59:59.999Z',
    })
    // And New York is still on the evening of the 31st.
    expect(allRanges(now, 'America/New_York')['year-to-date']).toEqual({
      from: '2026-01-01T05:00:00.000Z',
      to: '2027-01-01T04:59:59.999Z',
    })
  })

  it('ends February on the 28th or, in a leap year, the 29th', () => {
    expect(allRanges('2026-03-31T12:00:00.000Z', 'UTC')['last-month']).toEqual({
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-02-28T23:59:59.999Z',
    })
    expect(allRanges('2028-03-31T12:00:00.000Z', 'UTC')['last-month']).toEqual({
      from: '2028-02-01T00:00:00.000Z',
      to: '2028-02-29T23:59:59.999Z',
    })
    expect(allRanges('2028-02-29T12:00:00.000Z', 'Europe/Prague')['this-month']).toEqual({
      from: '2028-01-31T23:00:00.000Z',
      to: '2028-02-29T22:59:59.999Z',
    })
    expect(allRanges('2026-03-31T12:00:00.000Z', 'UTC')['last-30-days']).toEqual({
      from: '2026-03-02T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
    })
  })

  it('starts a day whose midnight does not exist at its first real instant', () => {
    // Havana springs forward at 00:00 on 2026-03-08: that day starts at 01:00 CDT (05:00Z).
    expect(
      rangeForPreset('last-7-days', {
        now: new Date('2026-03-14T12:00:00.000Z'),
        timeZone: 'America/Havana',
      }).from,
    ).toBe('2026-03-08T05:00:00.000Z')
  })

  it('ends the day before a skipped day at the jump', () => {
    // Kanton (Pacific/Enderbury) skipped 1994-12-31, moving from UTC-11 to UTC+14.
    const context = { now: new Date('1994-12-31T11:00:00.000Z'), timeZone: 'Pacific/Enderbury' }
    expect(rangeForPreset('last-month', context)).toEqual({
      from: '1994-12-01T11:00:00.000Z',
      to: '1994-12-31T10:59:59.999Z',
    })
  })

  it('rejects an invalid clock, an unknown zone and the custom preset', () => {
    const now = new Date('2026-03-15T10:00:00.000Z')
    expect(() => rangeForPreset('this-month', { now, timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    )
    expect(() =>
      rangeForPreset('this-month', { now: new Date(Number.NaN), timeZone: 'UTC' }),
    ).toThrow(RangeError)
    expect(() => rangeForPreset('custom' as RangePreset, { now, timeZone: 'UTC' })).toThrow(
      RangeError,
    )
  })
})

describe('presetForRange', () => {
  const contexts = [
    { now: new Date('2026-03-15T10:00:00.000Z'), timeZone: 'UTC' },
    { now: new Date('2026-03-29T12:00:00.000Z'), timeZone: 'Europe/Prague' },
    { now: new Date('2026-10-25T12:00:00.000Z'), timeZone: 'Europe/Prague' },
    { now: new Date('2026-03-08T15:00:00.000Z'), timeZone: 'America/New_York' },
    { now: new Date('2026-12-31T23:30:00.000Z'), timeZone: 'Europe/Prague' },
  ]

  it.each(contexts)('round-trips every preset at $now in $timeZone', (context) => {
    for (const preset of RANGE_PRESETS) {
      expect(presetForRange(rangeForPreset(preset, context), context)).toBe(preset)
    }
  })

  it('reads bounds in any form the query accepts', () => {
    const context = { now: new Date('2026-03-15T10:00:00.000Z'), timeZone: 'UTC' }
    expect(
      presetForRange({ from: '2026-03-01', to: '2026-03-31T23:59:59.999+00:00' }, context),
    ).toBe('this-month')
    expect(presetForRange({ from: '', to: '' }, context)).toBe('all-time')
  })

  it('calls anything else custom', () => {
    const context = { now: new Date('2026-03-15T10:00:00.000Z'), timeZone: 'UTC' }
    const month = rangeForPreset('this-month', context)
    expect(presetForRange({ from: month.from }, context)).toBe('custom')
    expect(presetForRange({ to: month.to }, context)).toBe('custom')
    expect(presetForRange({ ...month, to: '2026-03-31T23:59:59.000Z' }, context)).toBe('custom')
    expect(presetForRange({ from: 'soon', to: month.to }, context)).toBe('custom')
    // The same calendar month counted in another zone is not this zone's month.
    expect(presetForRange(month, { ...context, timeZone: 'Europe/Prague' })).toBe('custom')
    // Yesterday's "last 7 days" is a fixed range today.
    const yesterday = { ...context, now: new Date('2026-03-14T10:00:00.000Z') }
    expect(presetForRange(rangeForPreset('last-7-days', yesterday), context)).toBe('custom')
  })

  it('reports the preset the user picked when two cover the same days', () => {
    // April has 30 days: on the 30th, the last 30 days are this month.
    const context = { now: new Date('2026-04-30T12:00:00.000Z'), timeZone: 'UTC' }
    const month = rangeForPreset('this-month', context)
    expect(month).toEqual(rangeForPreset('last-30-days', context))
    expect(presetForRange(month, context)).toBe('last-30-days')
    expect(presetForRange(month, { ...context, preferred: 'this-month' })).toBe('this-month')
    // A preference that no longer matches is ignored; 'custom' always holds.
    expect(presetForRange(month, { ...context, preferred: 'last-7-days' })).toBe('last-30-days')
    expect(presetForRange(month, { ...context, preferred: 'custom' })).toBe('custom')
  })

  it('property: ranges are ordered, hold now, and map back to their preset', () => {
    const zones = ['UTC', ...Intl.supportedValuesOf('timeZone')]
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00.000Z'),
          max: new Date('2100-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (now, timeZone) => {
          const context = { now, timeZone }
          const instant = now.toISOString()
          for (const preset of RANGE_PRESETS) {
            const range = rangeForPreset(preset, context)
            if (preset !== 'all-time') {
              expect(range.from! <= range.to!).toBe(true)
              const holdsNow = range.from! <= instant && instant <= range.to!
              expect(holdsNow).toBe(preset !== 'last-month')
            }
            // Last month ends the millisecond before this month starts, even across a skipped day.
            if (preset === 'last-month') {
              const next = Date.parse(rangeForPreset('this-month', context).from!)
              expect(Date.parse(range.to!) + 1).toBe(next)
            }
            // Two presets can cover the same days (see above); then the first listed wins,
            // and the picked one is reported when it is preferred.
            const found = presetForRange(range, context)
            if (found !== preset)
              expect(rangeForPreset(found as RangePreset, context)).toEqual(range)
            expect(presetForRange(range, { ...context, preferred: preset })).toBe(preset)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('wholeDaysRange', () => {
  it('ends at the millisecond before the next day starts', () => {
    const start = Date.UTC(2026, 2, 29)
    // Europe/Prague's 2026-03-29 is 23 hours long; the rule needs no clock time of its own.
    expect(wholeDaysRange(start - 3_600_000, start + 22 * 3_600_000)).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T21:59:59.999Z',
    })
  })
})

describe('rangeKey', () => {
  it('tells ranges apart, an absent bound included', () => {
    const keys = [{}, { from: 'a' }, { to: 'a' }, { from: 'a', to: 'b' }].map(rangeKey)
    expect(new Set(keys).size).toBe(keys.length)
    expect(rangeKey({ from: 'a', to: 'b' })).toBe(rangeKey({ to: 'b', from: 'a' }))
  })
})
