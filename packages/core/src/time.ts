/**
 * Timestamps: every provider's date-time string becomes ISO-8601 UTC with milliseconds
 * ('2026-03-03T10:54:00.000Z'), so ordering and range filters are plain string comparisons.
 */

const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|z|[+-]\d\d:?\d\d)?$/
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/

/**
 * Normalizes an ISO-8601 date-time to canonical UTC, or returns null when it is not one.
 * A value without an offset is read as UTC (Synap sends naive datetimes), never as local time.
 * Impossible dates (Feb 30, hour 25) are rejected rather than rolled over.
 */
export function toUtcIso(value: string): string | null {
  // Hot path: most providers already send the canonical form; checking it costs one regex.
  if (value.length === 24 && CANONICAL.test(value)) {
    return hasValidFields(value) ? value : null
  }
  const match = DATE_TIME.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi, s = '00', fraction = '', offset = 'Z'] = match
  const millis = (fraction.slice(1) + '000').slice(0, 3)
  const zone = offset === 'z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset
  const candidate = `${y}-${mo}-${d}T${h}:${mi}:${s}.${millis}`
  if (!hasValidFields(candidate)) return null
  const time = Date.parse(candidate + zone)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** Like `toUtcIso`, but also takes a plain date ('2026-03-01', read as the start of that UTC day). */
export function toUtcIsoLoose(value: string): string | null {
  const dateOnly = DATE_ONLY.exec(value)
  if (dateOnly) return toUtcIso(`${value}T00:00:00.000Z`)
  return toUtcIso(value)
}

/** Checks month, day, hour, minute and second ranges in 'YYYY-MM-DDTHH:mm:ss' (no rollover). */
function hasValidFields(value: string): boolean {
  const year = digits(value, 0, 4)
  const month = digits(value, 5, 7)
  const day = digits(value, 8, 10)
  const hour = digits(value, 11, 13)
  const minute = digits(value, 14, 16)
  const second = digits(value, 17, 19)
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  )
}

function digits(value: string, start: number, end: number): number {
  let n = 0
  for (let i = start; i < end; i++) n = n * 10 + (value.charCodeAt(i) - 48)
  return n
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}
