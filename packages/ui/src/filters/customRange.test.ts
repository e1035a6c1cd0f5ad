import { describe, expect, it } from 'vitest'
import { categoryChoices } from './categories.js'
import { dayBounds, dayOf, parseDay, withDay } from './customRange.js'

describe('parseDay', () => {
  it('reads a complete day and refuses what is not one yet', () => {
    expect(parseDay('2026-03-05')).toEqual({ year: 2026, month: 2, day: 5 })
    // What a date input reports on the way to 2026 while the year is typed.
    expect(parseDay('0002-03-05')).toBeNull()
    expect(parseDay('0202-03-05')).toBeNull()
    expect(parseDay('2026-02-30')).toBeNull()
    expect(parseDay('2026-13-01')).toBeNull()
    expect(parseDay('')).toBeNull()
  })
})

describe('dayBounds', () => {
  it('gives the whole day in UTC', () => {
    expect(dayBounds('2026-03-05', 'UTC')).toEqual({
      from: '2026-03-05T00:00:00.000Z',
      to: '2026-03-05T23:59:59.999Z',
    })
  })

  it('counts days on the calendar of the time zone, across a DST change', () => {
    // Prague moves to summer time on 2026-03-29: that day is 23 hours long.
    expect(dayBounds('2026-03-29', 'Europe/Prague')).toEqual({
      from: '2026-03-28T23:00:00.000Z',
      to: '2026-03-29T21:59:59.999Z',
    })
  })
})

describe('dayOf', () => {
  it('is the day a bound falls on in the zone', () => {
    expect(dayOf('2026-03-28T23:00:00.000Z', 'Europe/Prague')).toBe('2026-03-29')
    expect(dayOf('2026-03-28T23:00:00.000Z', 'UTC')).toBe('2026-03-28')
    expect(dayOf(undefined, 'UTC')).toBe('')
  })
})

describe('withDay', () => {
  const range = { from: '2026-02-01T00:00:00.000Z', to: '2026-02-10T23:59:59.999Z' }

  it('moves one end and keeps the other', () => {
    expect(withDay(range, 'to', '2026-02-20', 'UTC')).toEqual({
      from: range.from,
      to: '2026-02-20T23:59:59.999Z',
    })
  })

  it('brings the other end along when the new one crosses it', () => {
    expect(withDay(range, 'from', '2026-03-01', 'UTC')).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-01T23:59:59.999Z',
    })
    expect(withDay(range, 'to', '2026-01-15', 'UTC')).toEqual({
      from: '2026-01-15T00:00:00.000Z',
      to: '2026-01-15T23:59:59.999Z',
    })
  })

  it('opens an end for empty text and ignores partial text', () => {
    expect(withDay(range, 'from', '', 'UTC')).toEqual({ to: range.to })
    expect(withDay(range, 'from', '0020-02-01', 'UTC')).toBeNull()
  })
})

describe('categoryChoices', () => {
  const entries = ['storage', null, 'api', '  ', 'storage', 'čas', 'cesta'].map((category) => ({
    category,
  })) as never[]

  it('collects distinct non-blank categories, sorted for the locale', () => {
    expect(categoryChoices({ entries, locale: 'cs-CZ' })).toEqual([
      'api',
      'cesta',
      'čas',
      'storage',
    ])
  })

  it("keeps the host's list and order, and adds selected categories it lacks", () => {
    expect(
      categoryChoices({ categories: ['z', 'a'], entries, selected: ['a', 'q'], locale: 'en' }),
    ).toEqual(['z', 'a', 'q'])
  })
})
