import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createFormatters, weekStart } from '../format/useFormatters.js'
import { cs } from '../locales/cs.js'
import { chartFrame } from './frame.js'
import { timeTickValues, type TimeTickUnit } from './timeTicks.js'

// Every test names its zone: they pass whatever TZ the process runs in.

const MINUTE = 60_000
const QUARTER = 15 * MINUTE
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Chatham'] as const

interface Local {
  y: number
  /** 1 to 12 */
  m: number
  d: number
  h: number
  min: number
  s: number
  /** 0 Sunday to 6 Saturday */
  weekday: number
  /** The local calendar day as days since 1970-01-01. */
  day: number
}

const partsFormats = new Map<string, Intl.DateTimeFormat>()
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']

/** The wall clock in `timeZone` at `at`, read from Intl (independently of TZDate). */
function local(at: number, timeZone: string): Local {
  let format = partsFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    partsFormats.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]))
  const [y, m, d] = [Number(parts.year), Number(parts.month), Number(parts.day)]
  return {
    y,
    m,
    d,
    h: Number(parts.hour),
    min: Number(parts.minute),
    s: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    day: Date.UTC(y, m - 1, d) / DAY,
  }
}

/** '2026-3-8 3:00': the same for the two instants of a repeated wall time. */
function wallTime({ y, m, d, h, min }: Local): string {
  return `${y}-${m}-${d} ${h}:${min}`
}

/** DST changes in the three zones, and a year boundary. */
const MOMENTS = {
  'Los Angeles spring forward (2026-03-08)': Date.parse('2026-03-08T10:00:00Z'),
  'Los Angeles fall back (2026-11-01)': Date.parse('2026-11-01T09:00:00Z'),
  'Chatham fall back (2026-04-05, +13:45 to +12:45)': Date.parse('2026-04-04T14:00:00Z'),
  'Chatham spring forward (2026-09-27, +12:45 to +13:45)': Date.parse('2026-09-26T14:00:00Z'),
  'new year 2027': Date.parse('2027-01-01T00:00:00Z'),
}

/** Nominal step hours, and what the ticks of that step are. */
const STEPS: [hours: number, unit: TimeTickUnit][] = [
  [1, 'hour'],
  [3, 'hour'],
  [6, 'hour'],
  [12, 'hour'],
  [24, 'day'],
  [48, 'day'],
  [168, 'day'],
  [730, 'month'],
  [2190, 'month'],
  [8760, 'year'],
  [2 * 8760, 'year'],
]

const COUNT = 8

/** The step's ticks over COUNT steps centred on `at`. */
function ticksAround(at: number, hours: number, timeZone: string, weekStartsOn = 0) {
  const span = COUNT * hours * HOUR
  const start = at - span / 2
  const end = at + span / 2
  return { start, end, ...timeTickValues(start, end, COUNT, timeZone, weekStartsOn) }
}

function expectIncreasingInside(values: number[], start: number, end: number) {
  values.forEach((at, i) => {
    expect(at).toBeGreaterThanOrEqual(start)
    expect(at).toBeLessThanOrEqual(end)
    if (i > 0) expect(at).toBeGreaterThan(values[i - 1] as number)
  })
}

describe('time ticks on the display zone’s calendar', () => {
  describe.each(ZONES)('in %s', (timeZone) => {
    describe.each(Object.entries(MOMENTS))('around %s', (_, moment) => {
      it.each(STEPS.filter(([, unit]) => unit === 'hour'))(
        'every %i hours: whole local hours from midnight',
        (step) => {
          const { start, end, values, unit, hours } = ticksAround(moment, step, timeZone)
          expect([unit, hours]).toEqual(['hour', step])
          expect(values.length).toBeGreaterThanOrEqual(COUNT - 1)
          expectIncreasingInside(values, start, end)
          for (const at of values) {
            const { h, min, s } = local(at, timeZone)
            expect([min, s, h % step]).toEqual([0, 0, 0])
          }
          // None missing: every whole local hour of the step in the extent (found by walking it
          // in quarter hours, as every zone's offset is whole quarters) is ticked, or shares its
          // wall time with a tick (1:00 comes twice when the clocks fall back: one tick).
          const ticked = new Set(values.map((at) => wallTime(local(at, timeZone))))
          for (let at = Math.ceil(start / QUARTER) * QUARTER; at <= end; at += QUARTER) {
            const time = local(at, timeZone)
            if (time.min === 0 && time.h % step === 0) expect(ticked).toContain(wallTime(time))
          }
        },
      )

      it.each([
        [24, 0],
        [48, 0],
        [168, 0],
        [168, 1],
        [168, 6],
      ])('every %i hours (week from day %i): local midnights', (step, weekStartsOn) => {
        const { start, end, values, unit, hours } = ticksAround(
          moment,
          step,
          timeZone,
          weekStartsOn,
        )
        expect([unit, hours]).toEqual(['day', step])
        expectIncreasingInside(values, start, end)
        const every = step / 24
        const days = values.map((at) => {
          const time = local(at, timeZone)
          expect([time.h, time.min, time.s]).toEqual([0, 0, 0])
          if (every === 7) expect(time.weekday).toBe(weekStartsOn)
          if (every === 2) expect(time.day % 2).toBe(0)
          return time.day
        })
        // Consecutive ticks are `every` calendar days apart, 23 or 25 hours a day across DST.
        days.slice(1).forEach((day, i) => {
          expect(day - (days[i] as number)).toBe(every)
          const elapsed = (values[i + 1] as number) - (values[i] as number)
          expect(Math.abs(elapsed - every * DAY)).toBeLessThanOrEqual(HOUR)
        })
        expect((days[0] as number) - local(start, timeZone).day).toBeLessThanOrEqual(every)
        expect(local(end, timeZone).day - (days.at(-1) as number)).toBeLessThan(every)
      })

      it.each([
        [730, 1],
        [2190, 3],
        [8760, 12],
        [2 * 8760, 24],
      ])('every %i hours: the first of every %i months, at local midnight', (step, months) => {
        const { start, end, values, unit } = ticksAround(moment, step, timeZone)
        expect(unit).toBe(months < 12 ? 'month' : 'year')
        expect(values.length).toBeGreaterThanOrEqual(COUNT - 1)
        expectIncreasingInside(values, start, end)
        const indexes = values.map((at) => {
          const time = local(at, timeZone)
          expect([time.d, time.h, time.min, time.s]).toEqual([1, 0, 0, 0])
          const index = time.y * 12 + time.m - 1
          expect(index % months).toBe(0)
          return index
        })
        indexes.slice(1).forEach((index, i) => expect(index - (indexes[i] as number)).toBe(months))
      })
    })
  })

  it('counts 23 and 25 hours in the days DST changes', () => {
    const dayTicks = (from: string, timeZone: string) => {
      const start = Date.parse(from)
      return timeTickValues(start, start + 8 * DAY, 8, timeZone).values
    }
    const gap = (values: number[], i: number) =>
      ((values[i + 1] as number) - (values[i] as number)) / HOUR
    // From midnight of the day before: ticks 1 and 2 bracket the DST day.
    const la = dayTicks('2026-03-07T08:00:00Z', 'America/Los_Angeles')
    expect([gap(la, 0), gap(la, 1), gap(la, 2)]).toEqual([24, 23, 24])
    const laFall = dayTicks('2026-10-31T07:00:00Z', 'America/Los_Angeles')
    expect([gap(laFall, 0), gap(laFall, 1), gap(laFall, 2)]).toEqual([24, 25, 24])
    // Chatham: midnight is 10:15 or 11:15 UTC the day before.
    const chatham = dayTicks('2026-04-03T10:15:00Z', 'Pacific/Chatham')
    expect(new Date(chatham[0] as number).toISOString()).toBe('2026-04-03T10:15:00.000Z')
    expect([gap(chatham, 0), gap(chatham, 1), gap(chatham, 2)]).toEqual([24, 25, 24])
    const chathamSpring = dayTicks('2026-09-25T11:15:00Z', 'Pacific/Chatham')
    expect([gap(chathamSpring, 0), gap(chathamSpring, 1), gap(chathamSpring, 2)]).toEqual([
      24, 23, 24,
    ])
  })

  it('starts a day whose midnight a DST change skips where the day starts', () => {
    // America/Santiago springs from 00:00 to 01:00 on 6 September 2026 (04:00 UTC).
    const start = Date.parse('2026-09-03T12:00:00Z')
    const { values, unit } = timeTickValues(start, start + 6 * DAY, 6, 'America/Santiago')
    expect(unit).toBe('day')
    expect(values.map((at) => new Date(at).toISOString())).toEqual([
      '2026-09-04T04:00:00.000Z',
      '2026-09-05T04:00:00.000Z',
      '2026-09-06T04:00:00.000Z',
      '2026-09-07T03:00:00.000Z',
      '2026-09-08T03:00:00.000Z',
      '2026-09-09T03:00:00.000Z',
    ])
    expect(local(values[2] as number, 'America/Santiago')).toMatchObject({ d: 6, h: 1, min: 0 })
  })

  it('puts hour ticks on local whole hours at half-hour offsets and a 30-minute DST', () => {
    // Asia/Kolkata is +5:30: its whole hours are at half past in UTC.
    const kolkata = timeTickValues(
      Date.parse('2026-05-01T00:00:00Z'),
      Date.parse('2026-05-01T08:00:00Z'),
      8,
      'Asia/Kolkata',
    )
    expect(kolkata.hours).toBe(1)
    expect(kolkata.values.map((at) => new Date(at).getUTCMinutes())).toEqual(
      Array(8).fill(30) as number[],
    )
    // Lord Howe springs from 2:00 to 2:30 (+10:30 to +11) and falls back from 2:00 to 1:30.
    for (const at of ['2026-10-03T15:30:00Z', '2026-04-04T14:30:00Z']) {
      const moment = Date.parse(at)
      for (const step of [1, 3]) {
        const { values } = ticksAround(moment, step, 'Australia/Lord_Howe')
        expect(values.length).toBeGreaterThanOrEqual(COUNT - 1)
        for (const tick of values) {
          const { h, min } = local(tick, 'Australia/Lord_Howe')
          expect([min, h % step]).toEqual([0, 0])
        }
      }
    }
  })

  it('marks just the start in a span of minutes, and of a zone the runtime does not know', () => {
    const start = Date.parse('2026-03-03T10:01:00Z')
    expect(timeTickValues(start, start + 8 * MINUTE, 8, 'Pacific/Chatham').values).toEqual([start])
    expect(timeTickValues(start, start + 30 * DAY, 8, 'Nowhere/Special').values).toEqual([start])
  })
})

describe('time tick labels', () => {
  const first = { at: 0, balance: 0, entryId: 'a', kind: 'usage' as const }
  const frameOver = (from: string, to: string, locale: string, timeZone: string, width = 800) =>
    chartFrame(
      {
        first: { ...first, at: Date.parse(from) },
        last: { ...first, at: Date.parse(to) },
        min: 0,
        max: 10,
      },
      width,
      240,
      false,
      createFormatters(locale, timeZone, locale === 'cs-CZ' ? cs.dateLocale : undefined),
    )
  const labelsOver = (...args: Parameters<typeof frameOver>) =>
    frameOver(...args).xTicks.map((tick) => tick.label)

  it('label a month by its first day in the zone, not a UTC midnight (issue 13)', () => {
    // The Monk chart, April to November 2026, at 800 px: once '30 Apr, 31 May…' in Los Angeles.
    const monk = ['2026-04-01T00:00:00Z', '2026-11-30T00:00:00Z'] as const
    const months = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']
    expect(labelsOver(...monk, 'en-US', 'UTC')).toEqual(months)
    expect(labelsOver(...monk, 'en-US', 'America/Los_Angeles')).toEqual(months)
    // 1 April 00:00 UTC is already 13:45 in Chatham: its first of April is outside.
    expect(labelsOver(...monk, 'en-US', 'Pacific/Chatham')).toEqual(months.slice(1))
    // Intl (ICU 78 on Node 20) gives 'kvě' for the short month in Czech, not the narrow 'V'.
    const czech = ['dub', 'kvě', 'čvn', 'čvc', 'srp', 'zář', 'říj', 'lis']
    expect(labelsOver(...monk, 'cs-CZ', 'America/Los_Angeles')).toEqual(czech)
    expect(labelsOver(...monk, 'cs-CZ', 'Pacific/Chatham')).toEqual(czech.slice(1))
  })

  it('labels hour ticks of one day with the time, and a midnight with its date', () => {
    // A usage bar narrowed to 5 Oct 2026 in Los Angeles (07:00Z to 07:00Z), seen hour by hour.
    const day = ['2026-10-05T07:00:00Z', '2026-10-06T07:00:00Z'] as const
    const us = labelsOver(...day, 'en-US', 'America/Los_Angeles')
    expect(us[0]).toBe('Oct 5')
    expect(us).toContain('12:00 PM')
    expect(us.at(-1)).toBe('Oct 6')
    expect(labelsOver(...day, 'cs-CZ', 'America/Los_Angeles')).toContain('12:00')
  })

  it('writes day and month in the locale’s order', () => {
    const may = ['2026-04-28T12:00:00Z', '2026-05-05T12:00:00Z'] as const
    expect(labelsOver(...may, 'en-US', 'America/Los_Angeles')).toContain('May 1')
    expect(labelsOver(...may, 'cs-CZ', 'America/Los_Angeles')).toContain('1. 5.')
    expect(labelsOver(...may, 'en-GB', 'Pacific/Chatham')).toContain('1 May')
    const mayFirst = Date.parse('2026-05-01T07:00:00Z')
    const us = createFormatters('en-US', 'America/Los_Angeles')
    expect([us.shortDate(mayFirst), us.shortMonth(mayFirst), us.year(mayFirst)]).toEqual([
      'May 1',
      'May',
      '2026',
    ])
    const czech = createFormatters('cs-CZ', 'America/Los_Angeles', cs.dateLocale)
    expect([czech.shortDate(mayFirst), czech.shortMonth(mayFirst)]).toEqual(['1. 5.', 'kvě'])
    // An instant's day is the zone's: 1 May 12:00 UTC is 5:00 on 1 May in Los Angeles, 00:45
    // on 2 May in Chatham.
    const noon = Date.parse('2026-05-01T12:00:00Z')
    expect(createFormatters('en-US', 'America/Los_Angeles').shortDate(noon)).toBe('May 1')
    expect(createFormatters('en-US', 'Pacific/Chatham').shortDate(noon)).toBe('May 2')
  })

  it('starts weeks on the locale’s first day', () => {
    const weeks = (locale: string) =>
      frameOver('2026-03-01T12:00:00Z', '2026-05-31T12:00:00Z', locale, 'America/Los_Angeles')
        .xTicks
    // Sundays in the United States, Mondays in Czechia.
    expect(weeks('en-US').map((tick) => local(tick.at, 'America/Los_Angeles').weekday)).toEqual(
      expect.arrayContaining([0]),
    )
    expect(
      new Set(weeks('en-US').map((tick) => local(tick.at, 'America/Los_Angeles').weekday)),
    ).toEqual(new Set([0]))
    expect(
      new Set(weeks('cs-CZ').map((tick) => local(tick.at, 'America/Los_Angeles').weekday)),
    ).toEqual(new Set([1]))
  })

  it('reads the week start from Intl, else from the date-fns locale', () => {
    expect([weekStart('en-US'), weekStart('cs-CZ'), weekStart('en-GB')]).toEqual([0, 1, 1])
    const { Locale } = Intl
    // A runtime without week data: Intl.Locale with neither getWeekInfo nor weekInfo.
    Object.defineProperty(Intl, 'Locale', {
      value: class {
        constructor(readonly tag: string) {}
      },
      configurable: true,
      writable: true,
    })
    try {
      expect(weekStart('cs-CZ', cs.dateLocale)).toBe(1)
      expect(weekStart('cs-CZ')).toBe(0)
    } finally {
      Object.defineProperty(Intl, 'Locale', { value: Locale, configurable: true, writable: true })
    }
  })

  it('shows the year on the first tick and on the tick where the year changes, in the zone', () => {
    // Chatham's new year is 10:15 UTC on 31 December; UTC boundaries put it on the wrong tick.
    for (const timeZone of ZONES) {
      const frame = frameOver('2025-10-05T00:00:00Z', '2026-03-25T00:00:00Z', 'en-US', timeZone)
      expect(
        frame.xTicks.filter((tick) => tick.year !== null).map((tick) => [tick.label, tick.year]),
      ).toEqual([
        ['Nov', '2025'],
        ['Jan', '2026'],
      ])
    }
  })

  it('labels every tick with its own date in the zone, in order, inside the extent (property)', () => {
    const YEAR = 365 * DAY
    const shortDate = new Map<string, Intl.DateTimeFormat>()
    /** The label a tick at this wall-clock date should have, formatted in UTC from the parts. */
    const expected = (locale: string, { y, m, d, h, min }: Local) => {
      const key = locale
      let format = shortDate.get(key)
      if (!format) {
        format = new Intl.DateTimeFormat(locale, {
          month: 'short',
          day: 'numeric',
          timeZone: 'UTC',
        })
        shortDate.set(key, format)
      }
      const noon = Date.UTC(y, m - 1, d, 12)
      const labels = [format.format(noon)]
      // Hour ticks between midnights show the time of day.
      if (h !== 0 && min === 0) {
        labels.push(
          new Intl.DateTimeFormat(locale, {
            hour: 'numeric',
            minute: '2-digit',
            timeZone: 'UTC',
          }).format(Date.UTC(y, m - 1, d, h)),
        )
      }
      if (d === 1 && h === 0 && min === 0) {
        labels.push(
          new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(noon),
        )
        if (m === 1) labels.push(String(y))
      }
      return labels
    }
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom('en-US', 'cs-CZ'),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.double({ min: Math.log(MINUTE), max: Math.log(30 * YEAR), noNaN: true }),
        fc.integer({ min: 80, max: 2400 }),
        fc.boolean(),
        (timeZone, locale, start, logSpan, width, rtl) => {
          const end = start + Math.round(Math.exp(logSpan))
          const formatters = createFormatters(locale, timeZone)
          const frame = chartFrame(
            {
              first: { ...first, at: start },
              last: { ...first, at: end },
              min: 0,
              max: 10,
            },
            width,
            240,
            rtl,
            formatters,
          )
          const ticks = frame.xTicks
          expect(ticks.length).toBeGreaterThan(0)
          expectIncreasingInside(
            ticks.map((tick) => tick.at),
            start,
            end,
          )
          const multiYear = local(start, timeZone).y !== local(end, timeZone).y
          ticks.forEach((tick, i) => {
            expect(tick.position).toBe(frame.x(tick.at))
            const time = local(tick.at, timeZone)
            // A whole minute everywhere (a span of minutes marks its start, which may not be).
            if (tick.at !== start) expect([time.min, time.s]).toEqual([0, 0])
            expect(expected(locale, time)).toContain(tick.label)
            if (tick.year !== null) expect(tick.year).toBe(String(time.y))
            if (i === 0 && multiYear && !/^\d{4}$/.test(tick.label)) {
              expect(tick.year).toBe(String(time.y))
            }
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
