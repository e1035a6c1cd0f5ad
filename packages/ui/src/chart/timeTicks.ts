/**
 * Where the balance chart's time ticks go: on boundaries of the display time zone's calendar.
 *
 * Why not multiples of an hour or a day in milliseconds: those are UTC boundaries. Labelled in
 * another zone they read as the wrong day ('30 Apr' for the first of May at UTC midnight, seen in
 * Los Angeles), and a day is not always 24 hours (23 and 25 around a DST change), nor an hour
 * always on a UTC hour (Asia/Kolkata +5:30, Pacific/Chatham +12:45/+13:45, Lord Howe's 30-minute
 * DST). So every candidate is a wall-clock time in the zone (midnight of a day, the first of a
 * month, a whole hour) turned into an instant, and the calendar stepping itself (days, weeks,
 * months) is done on plain dates where no zone can interfere.
 *
 * Wall times become instants through `zonedInstant` (@usage-kit/react), not through
 * `new TZDate(y, m, d, h, zone)`, which misplaces wall times near the runtime zone's DST changes
 * (with TZ set to Pacific/Chatham it puts 2:00 on 2026-04-05 in Australia/Lord_Howe at 1:00).
 * Ticks must not depend on where the browser is.
 *
 * Cost: a few offset look-ups (one cached Intl.DateTimeFormat per zone) per candidate, and
 * candidates are about as many as ticks, once per extent and width, never per point.
 */
import { zonedInstant, zonedWallAt } from '@usage-kit/react'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** What a tick marks, which decides how it is labelled. */
export type TimeTickUnit = 'hour' | 'day' | 'month' | 'year'

export interface TimeTickValues {
  /** Tick instants, strictly increasing, inside [start, end]. */
  values: number[]
  unit: TimeTickUnit
  /** The step chosen from TIME_STEPS (year ticks may then go 2, 5, 10… years apart). */
  hours: number
}

/**
 * Steps in nominal hours (a month as 730, a quarter 2190, a year 8760): each is tried, the one
 * nearest the wanted step wins.
 */
export const TIME_STEPS: readonly number[] = [1, 3, 6, 12, 24, 48, 168, 730, 2190, 8760]

/** A round step (1, 2 or 5 times a power of ten) that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const error = raw / power
  return power * (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1)
}

/** A calendar day as a number: days since 1970-01-01 (on the calendar, not in any zone). */
type DayNumber = number

/** The zone's calendar day an instant falls on. NaN for a zone the runtime does not know. */
function dayOf(at: number, timeZone: string): DayNumber {
  return Math.floor(zonedWallAt(at, timeZone) / DAY)
}

/** 0 (Sunday) to 6 (Saturday); 1970-01-01 was a Thursday. */
function weekday(day: DayNumber): number {
  return mod(day + 4, 7)
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by
}

/**
 * Tick instants in [start, end], about `count` of them, on the calendar of `timeZone`: whole
 * hours (every 1, 3, 6 or 12 from midnight), midnights (every day, or every other day), the start
 * of each week (on `weekStartsOn`, 0 Sunday to 6 Saturday), the first of a month, of a quarter
 * (January, April, July, October) or of a year (every 1, 2, 5, 10… years). In a span with no such
 * boundary (minutes), just `start`.
 */
export function timeTickValues(
  start: number,
  end: number,
  count: number,
  timeZone: string,
  weekStartsOn = 0,
): TimeTickValues {
  const wanted = (end - start) / count
  const hours = TIME_STEPS.reduce((best, hours) =>
    Math.abs(Math.log((hours * HOUR) / wanted)) < Math.abs(Math.log((best * HOUR) / wanted))
      ? hours
      : best,
  )
  const values: number[] = []
  // Candidates start on the extent's first day and end on its last: keep those inside it, in
  // strictly increasing order.
  const add = (at: number) => {
    if (at >= start && at <= end && at > (values.at(-1) ?? -Infinity)) values.push(at)
  }
  // Bounds of the walk over days; NaN for an unknown zone, and then the walk does nothing.
  const first = dayOf(start, timeZone)
  const last = dayOf(end, timeZone)
  let unit: TimeTickUnit
  if (hours < 24) {
    unit = 'hour'
    for (let day = first; day <= last; day++) {
      for (let hour = 0; hour < 24; hour += hours) {
        const { at, exact } = zonedInstant(day * DAY + hour * HOUR, timeZone)
        // A wall time a DST change skips (2:00 on a spring-forward night) is no boundary.
        if (exact) add(at)
      }
    }
  } else if (hours < 730) {
    unit = 'day'
    const week = hours === 168
    const every = week ? 7 : hours / 24
    // Weeks on the locale's first day; every other day on even day numbers, so they stay put
    // while the extent moves.
    let day = first + mod(week ? weekStartsOn - weekday(first) : -first, every)
    for (; day <= last; day += every) add(zonedInstant(day * DAY, timeZone).at)
  } else {
    const months =
      hours === 730 ? 1 : hours === 2190 ? 3 : 12 * Math.max(1, niceStep(wanted / (8760 * HOUR), 1))
    unit = months < 12 ? 'month' : 'year'
    const monthOf = (day: DayNumber) => {
      const date = new Date(day * DAY)
      return date.getUTCFullYear() * 12 + date.getUTCMonth()
    }
    const lastMonth = monthOf(last)
    for (let month = Math.ceil(monthOf(first) / months) * months; month <= lastMonth;) {
      add(zonedInstant(Date.UTC(Math.floor(month / 12), month % 12, 1), timeZone).at)
      month += months
    }
  }
  // Within one hour there is no boundary to mark: the start says the day.
  return { values: values.length > 0 ? values : [start], unit, hours }
}
