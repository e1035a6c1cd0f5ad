/**
 * Wall-clock times of an IANA zone as instants: the one place the kit turns a zone's calendar
 * (a local midnight, the first of a month, a whole hour) into milliseconds. The usage
 * breakdown's buckets, the filter presets, the custom date range and the chart's time ticks all
 * use it (react re-exports it), so a day starts at the same instant everywhere.
 *
 * Through `tzOffset` (@date-fns/tz, read from Intl), not `new TZDate(y, m, d, zone)`: that
 * constructor goes through the runtime's own zone and misplaces wall times near the runtime
 * zone's DST changes (date-fns/tz#13, #40). Measured: with the browser in America/Los_Angeles it
 * starts 2026-11-01 in America/Havana an hour late (at the second midnight), and with the browser
 * in Pacific/Chatham it starts 2026-04-05 in America/Santiago an hour early. A day must start at
 * the same instant wherever the browser is.
 */
import { tzOffset } from '@date-fns/tz'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** The zone's UTC offset at an instant, in ms. NaN for a zone the runtime does not know. */
export function zoneOffsetAt(at: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(at)) * MINUTE
}

/** The zone's wall clock at an instant, as a UTC timestamp (read it with `getUTC*`). */
export function zonedWallAt(at: number, timeZone: string): number {
  return at + zoneOffsetAt(at, timeZone)
}

/**
 * The instant a wall time (given as a UTC timestamp, e.g. `Date.UTC(2026, 10, 1)`) has in the
 * zone, and whether that wall time exists there. A repeated wall time (1:30 when the clocks fall
 * back, or midnight in Havana on 2026-11-01) is its first instant; a skipped one (2:30 when they
 * spring forward, midnight in Santiago on 2026-09-06) is not `exact` and gives the instant the
 * clocks jumped at, which is where such a day starts. The offsets a day before and a day after
 * are the two the wall time can have: no zone changes its offset twice within two days.
 * `at` is NaN for a zone the runtime does not know.
 */
export function zonedInstant(wall: number, timeZone: string): { at: number; exact: boolean } {
  const before = wall - zoneOffsetAt(wall - DAY, timeZone)
  const after = wall - zoneOffsetAt(wall + DAY, timeZone)
  const beforeExact = zonedWallAt(before, timeZone) === wall
  const afterExact = zonedWallAt(after, timeZone) === wall
  if (beforeExact && afterExact) return { at: Math.min(before, after), exact: true }
  if (afterExact) return { at: after, exact: true }
  if (beforeExact) return { at: before, exact: true }
  return { at: jumpInstant(after, before, timeZone), exact: false }
}

/**
 * The instant the clocks jumped forward, between `low` (wall time read at the new offset, before
 * the jump) and `high` (read at the old offset, after it). For a gap that starts on the hour
 * (2:00 to 3:00) `high` is the jump itself, but Chatham jumps from 2:45 to 3:45: wall 3:00 read
 * at the old offset is 3:15 UTC-wise past the jump, where the wall reads 4:00, so a bucket for
 * 3:00 started there would lose 3:45 to 4:00. Offsets change on whole minutes, so a binary
 * search over minutes (at most six steps for a one-hour gap) finds the first instant at the new
 * offset. Only skipped wall times come here: a few a year per zone.
 */
function jumpInstant(low: number, high: number, timeZone: string): number {
  const newOffset = zoneOffsetAt(high, timeZone)
  let lo = Math.floor(low / MINUTE)
  let hi = Math.ceil(high / MINUTE)
  while (lo < hi) {
    // Not `>> 1`: minutes since 1970 pass 2^31 in the year 6053.
    const mid = Math.floor((lo + hi) / 2)
    if (zoneOffsetAt(mid * MINUTE, timeZone) === newOffset) hi = mid
    else lo = mid + 1
  }
  return hi * MINUTE
}

/**
 * The first instant of a calendar day in `timeZone`, in ms. Arguments roll over like `Date.UTC`
 * (day 0 is the last day of the previous month, month 12 is January of the next year), so
 * calendar arithmetic is done on the arguments, where no zone interferes. NaN for an unknown zone.
 */
export function zonedDayStart(year: number, month: number, day: number, timeZone: string): number {
  return zonedInstant(Date.UTC(year, month, day), timeZone).at
}
