/**
 * Timestamps: every provider's date-time string becomes ISO-8601 UTC with milliseconds
 * ('2026-03-03T10:54:00.000Z'), so ordering and range filters are plain string comparisons.
 *
 * The range rule, one for query values and provider rows alike: a time is taken only when its UTC
 * form is between `EARLIEST_UTC` and `LATEST_UTC` (years 0000 to 9999). Outside it the canonical
 * form does not exist (`Date` writes '-000001-12-31T23:00:00.000Z' or '+010000-01-01T...'), and
 * those strings would not sort with the rest. So '9999-12-31T23:59:59-14:00' and
 * '0000-01-01T00:00:00+00:01', valid as written, are refused: `toUtcIso*` return null, the
 * endpoint answers 400 naming the parameter, a provider row is `malformed` with its path.
 */

/** The earliest time the kit takes, in its canonical form. */
export const EARLIEST_UTC = '0000-01-01T00:00:00.000Z'
/** The latest time the kit takes, in its canonical form. */
export const LATEST_UTC = '9999-12-31T23:59:59.999Z'
const EARLIEST_TIME = Date.parse(EARLIEST_UTC)
const LATEST_TIME = Date.parse(LATEST_UTC)

/** 'YYYY-MM-DD' with the month and day in range (days 29 to 31 are checked apart). */
const DATE = String.raw`\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`
/** 'HH:mm' with both in range. */
const HOUR_MINUTE = String.raw`(?:[01]\d|2[0-3]):[0-5]\d`
const SECOND = String.raw`[0-5]\d`

/** The UTC forms providers actually send: '...:ss.SSSZ', '...:ssZ', '...:ss+00:00', naive '...:ss'. */
const UTC_FORMS = new RegExp(String.raw`^${DATE}T${HOUR_MINUTE}:${SECOND}(?:\.\d{3}Z|Z|\+00:00)?$`)
const CANONICAL_FORM = new RegExp(String.raw`^${DATE}T${HOUR_MINUTE}:${SECOND}\.\d{3}Z$`)
/** Every ISO-8601 date-time form: 'T' or space, optional seconds, any fraction, any offset. */
const DATE_TIME = new RegExp(
  String.raw`^(${DATE})[Tt ](${HOUR_MINUTE})(?::(${SECOND})(\.\d+)?)?(Z|z|[+-]\d\d:?\d\d)?$`,
)
const DATE_ONLY = new RegExp(`^${DATE}$`)

/**
 * Normalizes an ISO-8601 date-time to canonical UTC, or returns null when it is not one.
 * A value without an offset is read as UTC (Synap sends naive datetimes), never as local time.
 * Impossible dates (Feb 30, hour 25) are rejected rather than rolled over.
 */
export function toUtcIso(value: string): string | null {
  // Hot path, once or more per ledger row: one regex that also checks every field's range (V8
  // compiles it to native code, far faster than Date); the general path below covers the rest.
  if (UTC_FORMS.test(value)) {
    if (!dayExists(value)) return null
    return value.length === 24 ? value : value.slice(0, 19) + '.000Z'
  }
  return toUtcIsoGeneral(value)
}

/**
 * Whether `value` is already canonical ('2026-03-03T10:54:00.000Z', a real calendar time): what
 * `toUtcIso` returns unchanged. Canonical times sort as strings exactly as they do in time.
 */
export function isCanonicalUtc(value: string): boolean {
  return CANONICAL_FORM.test(value) && dayExists(value)
}

/**
 * Any ISO-8601 date-time form (offsets, fractions of any length, 'T' or space), by regex and Date.
 * `toUtcIso` uses it for the forms its hot path does not cover; tests use it as the reference.
 * Only an offset can move a time out of the range (the hot path's UTC forms are always in it).
 */
export function toUtcIsoGeneral(value: string): string | null {
  const match = DATE_TIME.exec(value)
  if (!match || !dayExists(value)) return null
  const [, date, hourMinute, second = '00', fraction = '', offset = 'Z'] = match
  const millis = (fraction.slice(1) + '000').slice(0, 3)
  const zone = offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset
  const time = Date.parse(`${date}T${hourMinute}:${second}.${millis}${zone.toUpperCase()}`)
  // NaN fails both comparisons too.
  return time >= EARLIEST_TIME && time <= LATEST_TIME ? new Date(time).toISOString() : null
}

/** Like `toUtcIso`, but also takes a plain date ('2026-03-01', read as the start of that UTC day). */
export function toUtcIsoLoose(value: string): string | null {
  return toUtcIso(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value)
}

/**
 * Whether the 'YYYY-MM-DD' at the start of `value` (fields already in range) is a real day. Read
 * from character codes: this runs for every row, and Date would cost more than the whole regex.
 */
function dayExists(value: string): boolean {
  const day = twoDigits(value, 8)
  if (day <= 28) return true
  const month = twoDigits(value, 5)
  if (month === 2) {
    const year = twoDigits(value, 0) * 100 + twoDigits(value, 2)
    return day === 29 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  }
  // Months of 31 days: the odd ones up to July, the even ones from August.
  return day <= 30 || month % 2 === (month < 8 ? 1 : 0)
}

/** The two-digit number at `at` in `value`, whose characters are known to be digits. */
function twoDigits(value: string, at: number): number {
  return value.charCodeAt(at) * 10 + value.charCodeAt(at + 1) - 528 // 48 * 11: both '0's
}
