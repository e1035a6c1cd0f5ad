/** Synap's one-pass timestamp reader answers exactly as the shared `toUtcIso` does. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { REJECTED } from '../../internal/fast-check.js'
import { toUtcIso } from '../../time.js'
import { synapTimestamp } from './stamps.js'

function read(value: unknown): string | null {
  try {
    return synapTimestamp(value)
  } catch (error) {
    if (error === REJECTED) return null
    throw error
  }
}

describe('synapTimestamp', () => {
  it('reads the three forms Python writes as UTC with milliseconds', () => {
    for (const value of [
      '2026-03-03T10:54:00',
      '2026-03-03T10:54:00Z',
      '2026-03-03T10:54:00+00:00',
    ]) {
      expect(read(value)).toBe('2026-03-03T10:54:00.000Z')
    }
    expect(read('2024-02-29T23:59:59')).toBe('2024-02-29T23:59:59.000Z')
    for (const value of ['2026-02-29T00:00:00', '2026-04-31T00:00:00Z', '2026-03-03T24:00:00']) {
      expect(read(value)).toBeNull()
    }
    expect(read(1_741_000_000)).toBeNull()
  })

  it('agrees with toUtcIso on every string, valid or not (property)', () => {
    const pad = (n: number, width = 2) => String(n).padStart(width, '0')
    const suffix = fc.constantFrom('', 'Z', 'z', '+00:00', '+01:00', '-00:00', '.000Z', '.5', ' ')
    // Fields in and out of range: month 13, Feb 29 of a common year, hour 24, minute 60.
    const fields = fc
      .tuple(fc.nat(9999), fc.nat(13), fc.nat(32), fc.nat(25), fc.nat(61), fc.nat(61), suffix)
      .map(
        ([y, mo, d, h, mi, s, z]) =>
          `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${z}`,
      )
    // A valid stamp with one character replaced (a digit by a letter, 'T' by 't' or ' ', ...).
    const stamp = fc
      .date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 19))
    const mangled = fc
      .tuple(stamp, suffix, fc.nat(24), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }))
      .map(([s, z, at, c]) => (s + z).slice(0, at) + c + (s + z).slice(at + 1))
    fc.assert(
      fc.property(fc.oneof(fields, mangled, stamp, fc.string()), (value) => {
        expect(read(value)).toBe(toUtcIso(value))
      }),
      { numRuns: 20_000 },
    )
  })
})
