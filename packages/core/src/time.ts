/**
 * Timestamps: every provider's date-time string becomes ISO-8601 UTC with milliseconds
 * ('2026-03-03T10:54:00.000Z'), so ordering and range filters are plain string comparisons.
 */

const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|z|[+-]\d\d:?\d\d)?$/
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/
const CANONICAL_MILLIS_SUFFIX = '.000Z'

/**
 * Normalizes an ISO-8601 date-time to canonical UTC, or returns null when it is not one.
 * A value without an offset is read as UTC (Synap sends naive datetimes), never as local time.
 * Impossible dates (Feb 30, hour 25) are rejected rather than rolled over.
 */
export function toUtcIso(value: string): string | null {
  // Hot path, once or more per ledger row: the UTC forms providers actually send ('...:ss.SSSZ',
  // '...:ssZ', '...:ss+00:00', naive '...:ss') in one regex that also checks every field's range
  // (V8 compiles it to native code: faster than walking character codes, far faster than Date).
  if (UTC_FORMS.test(value)) {
    // Days 29 to 31 exist only in some months.
    const tens = value.charCodeAt(8)
    if ((tens === 51 || (tens === 50 && value.charCodeAt(9) === 57)) && !isCalendarTime(value))
      return null
    return value.length === 24 ? value : value.slice(0, 19) + CANONICAL_MILLIS_SUFFIX
  }
  return toUtcIsoGeneral(value)
}

/** 'YYYY-MM-DDTHH:mm:ss' with every field in range (days 29 to 31 are checked apart). */
const UTC_DATE_TIME = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d`
const UTC_FORMS = new RegExp(String.raw`^${UTC_DATE_TIME}(?:\.\d{3}Z|Z|\+00:00)?$`)
const CANONICAL_FORM = new RegExp(String.raw`^${UTC_DATE_TIME}\.\d{3}Z$`)

/**
 * Whether `value` is already canonical ('2026-03-03T10:54:00.000Z', a real calendar time): what
 * `toUtcIso` returns unchanged. Canonical times sort as strings exactly as they do in time.
 */
export function isCanonicalUtc(value: string): boolean {
  if (!CANONICAL_FORM.test(value)) return false
  const tens = value.charCodeAt(8)
  return !(tens === 51 || (tens === 50 && value.charCodeAt(9) === 57)) || isCalendarTime(value)
}

/**
 * Any ISO-8601 date-time form (offsets, fractions of any length, 'T' or space), by regex and Date.
 * `toUtcIso` uses it for the forms its hot path does not cover; tests use it as the reference.
 */
export function toUtcIsoGeneral(value: string): string | null {
  const match = DATE_TIME.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi, s = '00', fraction = '', offset = 'Z'] = match
  const millis = (fraction.slice(1) + '000').slice(0, 3)
  const zone =
    offset === 'z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset
  const candidate = `${y}-${mo}-${d}T${h}:${mi}:${s}.${millis}`
  if (!isCalendarTime(candidate)) return null
  const time = Date.parse(candidate + zone)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** Like `toUtcIso`, but also takes a plain date ('2026-03-01', read as the start of that UTC day). */
export function toUtcIsoLoose(value: string): string | null {
  if (DATE_ONLY.test(value)) return toUtcIso(`${value}T00:00:00.000Z`)
  return toUtcIso(value)
}

/** 'YYYY-MM-DDTHH:mm:ss' at the start of `value`, naming a real calendar time (no rollover). */
function isCalendarTime(value: string): boolean {
  if (
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(13) !== 58 ||
    value.charCodeAt(16) !== 58
  ) {
    return false
  }
  const year = digitsAt(value, 0, 4)
  const month = digitsAt(value, 5, 7)
  const day = digitsAt(value, 8, 10)
  const hour = digitsAt(value, 11, 13)
  const minute = digitsAt(value, 14, 16)
  const second = digitsAt(value, 17, 19)
  return (
    year >= 0 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  )
}

/** The decimal number in `value[start, end)`, or -1 if any character there is not a digit. */
function digitsAt(value: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

/** Days in `month` (1-12) of `year`, by the proleptic Gregorian calendar ISO-8601 uses. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
