import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  EARLIEST_UTC,
  isCanonicalUtc,
  LATEST_UTC,
  toUtcIso,
  toUtcIsoGeneral,
  toUtcIsoLoose,
} from './time.js'

describe('toUtcIso', () => {
  it('keeps canonical values and normalizes offsets, naive values and precision to UTC ms', () => {
    expect(toUtcIso('2026-03-03T10:54:00.000Z')).toBe('2026-03-03T10:54:00.000Z')
    expect(toUtcIso('2026-03-01T00:00:00+00:00')).toBe('2026-03-01T00:00:00.000Z')
    expect(toUtcIso('2026-03-01T10:00:00.5+01:00')).toBe('2026-03-01T09:00:00.500Z')
    expect(toUtcIso('2026-03-01T00:00:00+0130')).toBe('2026-02-28T22:30:00.000Z')
    // Naive (Synap): UTC, never the machine's local zone.
    expect(toUtcIso('2026-03-01T00:00:00')).toBe('2026-03-01T00:00:00.000Z')
    expect(toUtcIso('2026-03-01T00:00:00.123456Z')).toBe('2026-03-01T00:00:00.123Z')
  })

  it('rejects impossible or non-ISO values instead of rolling them over', () => {
    for (const bad of [
      '2026-02-30T00:00:00.000Z',
      '2026-13-01T00:00:00Z',
      '2026-02-28T24:00:00Z',
      'March 7 2026',
      '',
      '2026-03-01',
    ]) {
      expect(toUtcIso(bad)).toBeNull()
    }
    expect(toUtcIso('2024-02-29T00:00:00.000Z')).toBe('2024-02-29T00:00:00.000Z')
    expect(toUtcIso('2024-02-29T23:59:59')).toBe('2024-02-29T23:59:59.000Z')
    expect(toUtcIso('2026-04-31T00:00:00Z')).toBeNull()
    expect(toUtcIso('2026-03-03T24:00:00')).toBeNull()
  })

  it('takes a day exactly when the proleptic Gregorian calendar has it, in every form (property)', () => {
    const daysIn = (year: number, month: number) =>
      month === 2
        ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
          ? 29
          : 28
        : [4, 6, 9, 11].includes(month)
          ? 30
          : 31
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    fc.assert(
      fc.property(
        fc.nat(9999),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('', 'Z', '.250Z', '+00:00', '+01:00', ' ', 't'),
        (year, month, day, form) => {
          const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
          const value =
            form === ' ' || form === 't' ? `${date}${form}12:00` : `${date}T12:00:00${form}`
          const exists = day <= daysIn(year, month)
          expect(toUtcIso(value) !== null).toBe(exists)
          expect(toUtcIsoLoose(date) !== null).toBe(exists)
          expect(isCanonicalUtc(`${date}T12:00:00.000Z`)).toBe(exists)
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('takes plain dates in the loose form, as the start of the UTC day', () => {
    expect(toUtcIsoLoose('2026-03-01')).toBe('2026-03-01T00:00:00.000Z')
    expect(toUtcIsoLoose('2026-02-30')).toBeNull()
  })

  it('the character-code hot path agrees with the general regex-and-Date path on any string (property)', () => {
    const stamp = fc
      .date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 19))
    const suffix = fc.constantFrom('', 'Z', 'z', '+00:00', '+0000', '-05:30', '.5Z', '.123456')
    const mangle = fc.tuple(stamp, suffix, fc.nat(24), fc.string({ maxLength: 1 }))
    // Out-of-range fields (month 13, Feb 29 in 2026, hour 24) must fail both ways.
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    const fields = fc
      .tuple(fc.nat(9999), fc.nat(13), fc.nat(32), fc.nat(25), fc.nat(61), fc.nat(61), suffix)
      .map(([y, mo, d, h, mi, se, z]) => {
        return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(se)}${z}`
      })
    fc.assert(
      fc.property(
        fc.oneof(
          mangle.map(([s, z]) => s + z),
          mangle.map(([s, z, at, c]) => (s + z).slice(0, at) + c + (s + z).slice(at + 1)),
          fields,
          fc.string(),
        ),
        (value) => {
          expect(toUtcIso(value)).toBe(toUtcIsoGeneral(value))
        },
      ),
      { numRuns: 10000 },
    )
  })
})

describe('the range rule: UTC years 0000 to 9999', () => {
  it('refuses valid dates whose UTC form leaves the range (issue 14 item 7, issue 20)', () => {
    // Before the rule these gave '+010000-01-01T13:59:59.000Z' and '-000001-12-31T23:59:00.000Z'.
    expect(toUtcIsoLoose('9999-12-31T23:59:59-14:00')).toBeNull()
    expect(toUtcIsoLoose('0000-01-01T00:00:00+00:01')).toBeNull()
    expect(toUtcIso('0000-01-01T00:00:00+01:00')).toBeNull()
    expect(toUtcIso('9999-12-31T23:59:59.999-00:01')).toBeNull()
    // The ends themselves, and offsets that stay inside, are taken.
    expect(toUtcIso('0000-01-01T00:00:00Z')).toBe(EARLIEST_UTC)
    expect(toUtcIso('0000-01-01T01:00:00+01:00')).toBe(EARLIEST_UTC)
    expect(toUtcIso('9999-12-31T23:59:59.999Z')).toBe(LATEST_UTC)
    expect(toUtcIso('9999-12-31T09:59:59.999-14:00')).toBe(LATEST_UTC)
    expect(toUtcIsoLoose('0000-01-01')).toBe(EARLIEST_UTC)
    expect(toUtcIsoLoose('9999-12-31')).toBe('9999-12-31T00:00:00.000Z')
  })

  it('takes a time exactly when its UTC instant is in range, in the canonical form (property)', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    const edge = fc.oneof(
      fc.record({
        year: fc.constantFrom(0, 1),
        month: fc.constant(1),
        day: fc.integer({ min: 1, max: 2 }),
      }),
      fc.record({
        year: fc.constantFrom(9998, 9999),
        month: fc.constant(12),
        day: fc.integer({ min: 30, max: 31 }),
      }),
    )
    const clock = fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59), fc.nat(999))
    // Every offset an ISO-8601 string can spell, with and without the colon.
    const offset = fc.tuple(fc.constantFrom('+', '-'), fc.nat(23), fc.nat(59), fc.boolean())
    fc.assert(
      fc.property(
        edge,
        clock,
        offset,
        ({ year, month, day }, [h, mi, se, ms], [sign, oh, om, colon]) => {
          const zone = `${sign}${pad(oh)}${colon ? ':' : ''}${pad(om)}`
          const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(se)}.${pad(ms, 3)}${zone}`
          // The reference instant, by arithmetic (Date.UTC would read years 0-99 as 1900-1999).
          const local = new Date(0)
          local.setUTCFullYear(year, month - 1, day)
          local.setUTCHours(h, mi, se, ms)
          const instant = local.getTime() - (sign === '+' ? 1 : -1) * (oh * 60 + om) * 60_000
          const inRange = instant >= Date.parse(EARLIEST_UTC) && instant <= Date.parse(LATEST_UTC)
          const iso = toUtcIso(value)
          expect(iso).toBe(inRange ? new Date(instant).toISOString() : null)
          if (iso !== null) expect(isCanonicalUtc(iso)).toBe(true)
          expect(toUtcIsoLoose(value)).toBe(iso)
        },
      ),
      { numRuns: 3000 },
    )
  })
})

describe('isCanonicalUtc', () => {
  it('is true exactly when toUtcIso would return the value unchanged (property)', () => {
    const canonical = fc
      .date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString())
    const mangled = fc
      .tuple(canonical, fc.nat(23), fc.constantFrom('', '0', '2', '3', '9', 'Z', '+'))
      .map(([value, at, char]) => value.slice(0, at) + char + value.slice(at + 1))
    const impossible = fc.constantFrom(
      '2026-02-29T00:00:00.000Z',
      '2026-04-31T10:00:00.000Z',
      '2024-02-29T00:00:00.000Z',
      '2026-03-01T00:00:00Z',
    )
    fc.assert(
      fc.property(fc.oneof(canonical, mangled, impossible), (value) => {
        expect(isCanonicalUtc(value)).toBe(toUtcIso(value) === value)
      }),
      { numRuns: 2000 },
    )
  })
})
