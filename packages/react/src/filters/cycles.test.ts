import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cycleAnchorDay, cycleRange, CYCLE_PRESETS, type CycleAnchor } from './cycles.js'
import { presetForRange, rangeForPreset, type RangePreset } from './presets.js'

/** The three cycle presets at one instant. */
function cycles(now: string, timeZone: string, cycleAnchor: CycleAnchor) {
  const context = { now: new Date(now), timeZone, cycleAnchor }
  return Object.fromEntries(CYCLE_PRESETS.map((p) => [p, rangeForPreset(p, context)]))
}

describe('cycleRange and the cycle presets', () => {
  it('counts cycles from the anchor day in UTC, before and after this month’s anchor', () => {
    expect(cycles('2026-03-20T10:00:00.000Z', 'UTC', 15)).toEqual({
      'this-cycle': { from: '2026-03-15T00:00:00.000Z', to: '2026-04-14T23:59:59.999Z' },
      'last-cycle': { from: '2026-02-15T00:00:00.000Z', to: '2026-03-14T23:59:59.999Z' },
      // The current cycle and the two before it.
      'last-3-cycles': { from: '2026-01-15T00:00:00.000Z', to: '2026-04-14T23:59:59.999Z' },
    })
    // On the 10th the cycle that started on February 15 is still running.
    expect(cycles('2026-03-10T10:00:00.000Z', 'UTC', 15)['this-cycle']).toEqual({
      from: '2026-02-15T00:00:00.000Z',
      to: '2026-03-14T23:59:59.999Z',
    })
    // Across a year's end.
    expect(cycles('2026-01-05T00:00:00.000Z', 'UTC', 20)['last-3-cycles']).toEqual({
      from: '2025-10-20T00:00:00.000Z',
      to: '2026-01-19T23:59:59.999Z',
    })
  })

  it('starts an anchor-31 cycle on the last day of February, in common and leap years', () => {
    expect(cycles('2026-03-10T12:00:00.000Z', 'UTC', 31)).toEqual({
      'this-cycle': { from: '2026-02-28T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' },
      'last-cycle': { from: '2026-01-31T00:00:00.000Z', to: '2026-02-27T23:59:59.999Z' },
      'last-3-cycles': { from: '2025-12-31T00:00:00.000Z', to: '2026-03-30T23:59:59.999Z' },
    })
    expect(cycles('2026-02-27T23:00:00.000Z', 'UTC', 31)['this-cycle']).toEqual({
      from: '2026-01-31T00:00:00.000Z',
      to: '2026-02-27T23:59:59.999Z',
    })
    expect(cycles('2028-03-01T12:00:00.000Z', 'UTC', 31)['this-cycle']).toEqual({
      from: '2028-02-29T00:00:00.000Z',
      to: '2028-03-30T23:59:59.999Z',
    })
    // And on April 30 (April has no 31st).
    expect(cycles('2026-05-10T12:00:00.000Z', 'UTC', 31)['last-cycle']).toEqual({
      from: '2026-03-31T00:00:00.000Z',
      to: '2026-04-29T23:59:59.999Z',
    })
  })

  it('starts a Los Angeles cycle on the day daylight time starts at local midnight', () => {
    // 2026-03-08: 02:00 PST becomes 03:00 PDT; midnight is still PST (UTC-8).
    expect(cycles('2026-03-20T12:00:00.000Z', 'America/Los_Angeles', 8)).toEqual({
      'this-cycle': { from: '2026-03-08T08:00:00.000Z', to: '2026-04-08T06:59:59.999Z' },
      'last-cycle': { from: '2026-02-08T08:00:00.000Z', to: '2026-03-08T07:59:59.999Z' },
      'last-3-cycles': { from: '2026-01-08T08:00:00.000Z', to: '2026-04-08T06:59:59.999Z' },
    })
    // A minute before that midnight it is March 7 in Los Angeles (March 8 in UTC).
    expect(cycles('2026-03-08T07:59:00.000Z', 'America/Los_Angeles', 8)['this-cycle']).toEqual({
      from: '2026-02-08T08:00:00.000Z',
      to: '2026-03-08T07:59:59.999Z',
    })
  })

  it('counts Chatham cycles across the end of its daylight time (UTC+13:45 to +12:45)', () => {
    // 2026-04-05 03:45 CHADT becomes 02:45 CHAST; that day's midnight is still +13:45.
    expect(cycles('2026-04-20T00:00:00.000Z', 'Pacific/Chatham', 5)).toEqual({
      'this-cycle': { from: '2026-04-04T10:15:00.000Z', to: '2026-05-04T11:14:59.999Z' },
      'last-cycle': { from: '2026-03-04T10:15:00.000Z', to: '2026-04-04T10:14:59.999Z' },
      'last-3-cycles': { from: '2026-02-04T10:15:00.000Z', to: '2026-05-04T11:14:59.999Z' },
    })
  })

  it('takes the day of an ISO date as the anchor', () => {
    const now = '2026-03-20T10:00:00.000Z'
    expect(cycles(now, 'America/Los_Angeles', '2024-11-15')).toEqual(
      cycles(now, 'America/Los_Angeles', 15),
    )
    expect(cycleAnchorDay('2024-02-29')).toBe(29)
  })

  it('rejects a bad anchor naming cycleAnchor and the value, and a cycle preset without one', () => {
    for (const bad of [0, 32, 1.5, Number.NaN, 'abc', '2026-02-30', '15', '2026-1-05']) {
      expect(() => cycleAnchorDay(bad)).toThrow(RangeError)
      expect(() => cycleAnchorDay(bad)).toThrow(/cycleAnchor .*got /)
    }
    expect(() => cycleAnchorDay(32)).toThrow(/got 32$/)
    expect(() => cycleAnchorDay('2026-02-30')).toThrow(/got "2026-02-30"$/)
    const context = { now: new Date('2026-03-20T10:00:00.000Z'), timeZone: 'UTC' }
    expect(() => rangeForPreset('this-cycle', context)).toThrow(/needs a cycleAnchor/)
    expect(() => rangeForPreset('last-cycle', { ...context, cycleAnchor: 0 })).toThrow(RangeError)
    expect(() => cycleRange(1, 0, { ...context, timeZone: 'Mars/Olympus' })).toThrow(RangeError)
  })

  it('matches a cycle range back to its preset only with the anchor', () => {
    const context = { now: new Date('2026-03-20T10:00:00.000Z'), timeZone: 'UTC', cycleAnchor: 15 }
    for (const preset of CYCLE_PRESETS) {
      const range = rangeForPreset(preset, context)
      expect(presetForRange(range, context)).toBe(preset)
      expect(presetForRange(range, { ...context, cycleAnchor: undefined })).toBe('custom')
    }
    // With anchor 1 a cycle is the calendar month, which is listed first.
    const month = rangeForPreset('this-month', context)
    expect(presetForRange(month, { ...context, cycleAnchor: 1 })).toBe('this-month')
    expect(presetForRange(month, { ...context, cycleAnchor: 1, preferred: 'this-cycle' })).toBe(
      'this-cycle',
    )
  })
})

/** Zones whose midnights all exist since 1990, so every cycle starts at 00:00 exactly. */
const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'Europe/Prague',
  'Australia/Lord_Howe',
]

/** The wall clock of an instant in a zone, read by Intl (not by the code under test). */
function wall(at: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at)
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    time: [get('hour'), get('minute'), get('second')],
  }
}

describe('cycleRange, property', () => {
  it('holds now, touches its neighbours and starts at local midnight on the anchor day', () => {
    const anchors = fc.oneof(
      fc.integer({ min: 1, max: 31 }),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
    )
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00.000Z'),
          max: new Date('2100-12-31T23:59:59.999Z'),
          noInvalidDate: true,
        }),
        anchors,
        fc.constantFrom(...ZONES),
        (now, cycleAnchor, timeZone) => {
          const context = { now, timeZone, cycleAnchor }
          const day = cycleAnchorDay(cycleAnchor)
          const range = (preset: RangePreset) => rangeForPreset(preset, context)
          const current = range('this-cycle')
          const last = range('last-cycle')
          const three = range('last-3-cycles')
          const instant = now.toISOString()
          expect(current.from! <= instant && instant <= current.to!).toBe(true)
          expect(Date.parse(last.to!) + 1).toBe(Date.parse(current.from!))
          expect(three).toEqual({ from: cycleRange(cycleAnchor, -2, context).from, to: current.to })
          for (const start of [three.from!, last.from!, current.from!, current.to!]) {
            // A cycle's end is the millisecond before the next one starts.
            const at = start === current.to ? Date.parse(start) + 1 : Date.parse(start)
            const local = wall(at, timeZone)
            const daysInMonth = new Date(Date.UTC(local.year, local.month, 0)).getUTCDate()
            expect(local.time).toEqual([0, 0, 0])
            expect(local.day).toBe(Math.min(day, daysInMonth))
            // The first instant of that midnight, where a zone repeats it (none here does).
            expect(wall(at - 1, timeZone).day).not.toBe(local.day)
          }
          for (const preset of CYCLE_PRESETS) {
            const found = presetForRange(range(preset), context)
            if (found !== preset) expect(range(found as RangePreset)).toEqual(range(preset))
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
