import { TZDate } from '@date-fns/tz'
import { wholeDaysRange, zonedDayStart } from '@usage-kit/react'
import type { DateRange } from '@usage-kit/react'

/** A calendar day as a date input writes it: `yyyy-MM-dd`. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

interface Day {
  year: number
  /** 0-based, as `Date` counts months. */
  month: number
  day: number
}

/**
 * The day a date input's text names, or null while it names none a user could mean. Years below
 * 1000 are refused on purpose: typing a year digit by digit into a date input reports 0002, 0020
 * and 0202 on the way to 2026, and none of those should reach the query.
 */
export function parseDay(text: string): Day | null {
  const match = DAY.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])]
  if (year < 1000 || month < 0 || month > 11 || day < 1) return null
  // Date.UTC rolls 2026-02-30 over into March; a real day survives the round trip.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return null
  return { year, month, day }
}

/**
 * The inclusive UTC bounds of one calendar day in `timeZone`: its first instant, and the
 * millisecond before the next day starts (not 23:59:59.999, which a DST jump at midnight can skip
 * or double): `wholeDaysRange`, the presets' rule, so a custom range of whole days and a preset of
 * the same days are equal queries.
 */
export function dayBounds(text: string, timeZone: string): Required<DateRange> | null {
  const day = parseDay(text)
  if (!day) return null
  const start = zonedDayStart(day.year, day.month, day.day, timeZone)
  const next = zonedDayStart(day.year, day.month, day.day + 1, timeZone)
  if (Number.isNaN(start) || Number.isNaN(next)) return null
  return wholeDaysRange(start, next)
}

/** The calendar day in `timeZone` that a bound falls on, as a date input's value ('' if none). */
export function dayOf(bound: string | undefined, timeZone: string): string {
  if (!bound) return ''
  const at = new TZDate(Date.parse(bound), timeZone)
  if (Number.isNaN(at.getTime())) return ''
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

/**
 * `range` with one end moved to the day the user entered: `from` to the start of its day, `to`
 * to the end of its day, '' removes that end. When the new end crosses the other one, the other
 * follows it to the same day, so the range never turns inside out (which the query would reject)
 * and the day just entered always wins. Returns null for text that names no day yet.
 */
export function withDay(
  range: DateRange,
  part: 'from' | 'to',
  text: string,
  timeZone: string,
): DateRange | null {
  const { from, to } = range
  if (text === '') return part === 'from' ? { to } : { from }
  const bounds = dayBounds(text, timeZone)
  if (!bounds) return null
  if (part === 'from') {
    // Canonical UTC strings of four-digit years compare like the instants they name.
    return { from: bounds.from, to: to !== undefined && to < bounds.from ? bounds.to : to }
  }
  return { from: from !== undefined && from > bounds.to ? bounds.from : from, to: bounds.to }
}
