import { describe, expect, it } from 'vitest'
import { barCount, pickUsageInterval, usageIntervalChoices } from './intervals.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const at = Date.UTC(2026, 0, 1)
/** A range of `days` whole days ending at the last millisecond, as the filters' presets do. */
const days = (count: number): [number, number] => [at, at + count * DAY - 1]

describe('usage intervals', () => {
  it('counts the bars a width cuts a range into, at least one', () => {
    expect(barCount(...days(1), 'hour')).toBe(24)
    expect(barCount(...days(1), 'day')).toBe(1)
    expect(barCount(...days(31), 'day')).toBe(31)
    expect(barCount(at, at, 'month')).toBe(1)
  })

  it('offers only widths with 2 to 200 bars', () => {
    expect(usageIntervalChoices(...days(1))).toEqual(['hour'])
    expect(usageIntervalChoices(...days(7))).toEqual(['hour', 'day'])
    expect(usageIntervalChoices(...days(31))).toEqual(['day', 'week'])
    expect(usageIntervalChoices(...days(90))).toEqual(['day', 'week', 'month'])
    expect(usageIntervalChoices(...days(365))).toEqual(['week', 'month'])
    expect(usageIntervalChoices(...days(365 * 10))).toEqual(['month'])
  })

  it('offers the closest width where none gives 2 bars or stays under 200', () => {
    expect(usageIntervalChoices(at, at)).toEqual(['hour'])
    expect(usageIntervalChoices(at, at + 30 * 60_000)).toEqual(['hour'])
    expect(usageIntervalChoices(...days(365 * 30))).toEqual(['month'])
  })

  it('starts on the finest width with at most 60 bars', () => {
    expect(pickUsageInterval(...days(1))).toBe('hour')
    expect(pickUsageInterval(...days(2))).toBe('hour')
    expect(pickUsageInterval(...days(3))).toBe('day')
    expect(pickUsageInterval(...days(31))).toBe('day')
    expect(pickUsageInterval(...days(90))).toBe('week')
    expect(pickUsageInterval(...days(365))).toBe('week')
    expect(pickUsageInterval(...days(365 * 2))).toBe('month')
    expect(pickUsageInterval(...days(365 * 30))).toBe('month')
  })

  it("keeps the user's width while it is offered, and re-picks when it is not", () => {
    expect(pickUsageInterval(...days(31), 'week')).toBe('week')
    // A bar click narrows a month to one day: weeks are no longer offered, so hours show.
    expect(pickUsageInterval(...days(1), 'week')).toBe('hour')
    expect(pickUsageInterval(...days(365), 'hour')).toBe('week')
  })
})
