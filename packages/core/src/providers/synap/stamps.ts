/**
 * Synap's `created_at`, read in one pass. The SDK writes Python's `isoformat()`: whole seconds
 * with no offset (naive, read as UTC), 'Z', or '+00:00'. The shared `is.timestamp` checks those
 * with a regex and then builds the canonical string from a slice and a suffix: two new strings
 * per row, both kept alive by the entry, and V8's young-generation collector copies each of them
 * (twice) while the page is parsed. Here the characters are checked as they are read and the
 * canonical form is written as one flat string; every other form goes to `is.timestamp`.
 */
import * as is from '../../internal/fast-check.js'
import { daysInMonth } from '../../time.js'

/** `value` as canonical UTC ('2026-03-03T10:54:00.000Z'); rejects what is not a timestamp. */
export function synapTimestamp(value: unknown): string {
  if (typeof value === 'string') {
    const length = value.length
    if (
      length === 19 ||
      (length === 20 && value.charCodeAt(19) === 90) || // 'Z'
      (length === 25 && isZeroOffset(value))
    ) {
      const canonical = wholeSecondsUtc(value)
      if (canonical !== null) return canonical
    }
  }
  return is.timestamp(value)
}

/** '+00:00' at index 19. */
function isZeroOffset(value: string): boolean {
  return (
    value.charCodeAt(19) === 43 &&
    value.charCodeAt(20) === 48 &&
    value.charCodeAt(21) === 48 &&
    value.charCodeAt(22) === 58 &&
    value.charCodeAt(23) === 48 &&
    value.charCodeAt(24) === 48
  )
}

/**
 * 'YYYY-MM-DDTHH:mm:ss' at the start of `value`, naming a real calendar time, as
 * 'YYYY-MM-DDTHH:mm:ss.000Z'; null when it is not one (the caller then asks `is.timestamp`).
 */
function wholeSecondsUtc(value: string): string | null {
  const y0 = value.charCodeAt(0)
  const y1 = value.charCodeAt(1)
  const y2 = value.charCodeAt(2)
  const y3 = value.charCodeAt(3)
  const mo0 = value.charCodeAt(5)
  const mo1 = value.charCodeAt(6)
  const d0 = value.charCodeAt(8)
  const d1 = value.charCodeAt(9)
  const h0 = value.charCodeAt(11)
  const h1 = value.charCodeAt(12)
  const mi0 = value.charCodeAt(14)
  const mi1 = value.charCodeAt(15)
  const s0 = value.charCodeAt(17)
  const s1 = value.charCodeAt(18)
  if (
    value.charCodeAt(4) !== 45 || // '-'
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 || // 'T'
    value.charCodeAt(13) !== 58 || // ':'
    value.charCodeAt(16) !== 58 ||
    // A code c is a digit exactly when neither c - 48 nor 57 - c is negative: one sign test.
    ((y0 - 48) |
      (57 - y0) |
      (y1 - 48) |
      (57 - y1) |
      (y2 - 48) |
      (57 - y2) |
      (y3 - 48) |
      (57 - y3) |
      (mo0 - 48) |
      (57 - mo0) |
      (mo1 - 48) |
      (57 - mo1) |
      (d0 - 48) |
      (57 - d0) |
      (d1 - 48) |
      (57 - d1) |
      (h0 - 48) |
      (57 - h0) |
      (h1 - 48) |
      (57 - h1) |
      (mi0 - 48) |
      (57 - mi0) |
      (mi1 - 48) |
      (57 - mi1) |
      (s0 - 48) |
      (57 - s0) |
      (s1 - 48) |
      (57 - s1)) <
      0
  ) {
    return null
  }
  const month = mo0 * 10 + mo1 - 528 // 48 * 11: both characters read as digits
  const day = d0 * 10 + d1 - 528
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    (day > 28 && day > daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3 - 53328, month)) ||
    h0 * 10 + h1 - 528 > 23 ||
    mi0 > 53 || // minutes and seconds: the tens digit at most '5'
    s0 > 53
  ) {
    return null
  }
  // prettier-ignore
  return String.fromCharCode(
    y0, y1, y2, y3, 45, mo0, mo1, 45, d0, d1, 84,
    h0, h1, 58, mi0, mi1, 58, s0, s1, 46, 48, 48, 48, 90,
  )
}
