/**
 * Bucket boundaries at a zone's wall-clock boundaries. A bucket is every instant whose local
 * hour (day, week, month) is the same: local midnight to local midnight is 23 or 25 hours across
 * DST, the hour repeated when clocks fall back is one two-hour bucket, and a period whose first
 * wall time is skipped starts where the clocks jumped (`zonedInstant`'s rule, as the filter
 * presets and chart ticks use it, so a bar and a date preset agree on where a day starts).
 */
import { zonedInstant, zonedWallAt, zoneOffsetAt } from '../time/zoned.js'

/** Bucket widths `usageBreakdown` cuts. */
export type UsageInterval = 'hour' | 'day' | 'week' | 'month'

/** Day of the week a week starts on: 0 Sunday to 6 Saturday. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6

/**
 * The most buckets one breakdown cuts (hourly buckets over eleven years): a range comes from a
 * URL or a date picker, and a typo in a year must not build millions of empty buckets.
 */
export const MAX_USAGE_BUCKETS = 100_000

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** 1970-01-01, day 0 of the wall clock, was a Thursday. */
const THURSDAY = 4

/** The wall time (a UTC timestamp) that starts the period holding wall time `wall`. */
function periodStart(wall: number, interval: UsageInterval, weekStartsOn: WeekStart): number {
  if (interval === 'hour') return Math.floor(wall / HOUR) * HOUR
  const day = Math.floor(wall / DAY)
  if (interval === 'day') return day * DAY
  if (interval === 'week') {
    const weekday = (day + THURSDAY) % 7
    return (day - ((weekday - weekStartsOn + 7) % 7)) * DAY
  }
  const date = new Date(day * DAY)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
}

/** The wall time that starts the period after the one starting at wall time `start`. */
function nextStart(start: number, interval: UsageInterval): number {
  if (interval === 'hour') return start + HOUR
  if (interval === 'day') return start + DAY
  if (interval === 'week') return start + 7 * DAY
  const date = new Date(start)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)
}

/**
 * The boundaries of every bucket from the one holding `from` to the one holding `to` (epoch ms,
 * `from <= to`), oldest first: bucket `i` is `[bounds[i], bounds[i + 1])`, so there is one more
 * boundary than buckets and consecutive buckets share an edge (no gaps, no overlaps).
 *
 * One offset read per boundary: each wall time is first tried at the previous boundary's offset
 * (offsets change a few times a year), and only where that misses (a DST change inside the
 * bucket) through `zonedInstant`, which settles repeated and skipped wall times. Trying the
 * earlier offset first finds a repeated wall time's first instant, as `zonedInstant` does.
 */
export function bucketBounds(
  from: number,
  to: number,
  interval: UsageInterval,
  timeZone: string,
  weekStartsOn: WeekStart,
): Float64Array {
  let wall = periodStart(zonedWallAt(from, timeZone), interval, weekStartsOn)
  let at = zonedInstant(wall, timeZone).at
  const bounds: number[] = [at]
  let offset = zoneOffsetAt(at, timeZone)
  while (at <= to) {
    wall = nextStart(wall, interval)
    const guess = wall - offset
    const guessOffset = zoneOffsetAt(guess, timeZone)
    if (guessOffset === offset) {
      at = guess
    } else {
      at = zonedInstant(wall, timeZone).at
      offset = zoneOffsetAt(at, timeZone)
    }
    // A skipped wall hour (2:00 when clocks spring forward) starts where the next one does:
    // that hour has no instants, so it has no bucket.
    if (at > (bounds[bounds.length - 1] as number)) bounds.push(at)
    if (bounds.length > MAX_USAGE_BUCKETS + 1) {
      throw new RangeError(
        `usageBreakdown: the range needs more than ${MAX_USAGE_BUCKETS} ${interval} buckets; ` +
          'narrow it (from/to) or choose a longer interval',
      )
    }
  }
  return Float64Array.from(bounds)
}

/**
 * The bucket of `bounds` (from `bucketBounds`) that holds instant `at`, by binary search; -1
 * outside them. Bucket `hint` is tried first: ledgers come sorted, so the previous entry's
 * bucket usually holds the next one too.
 */
export function bucketIndex(bounds: Float64Array, at: number, hint: number): number {
  const last = bounds.length - 1
  if (!(at >= (bounds[0] as number) && at < (bounds[last] as number))) return -1
  if (
    hint >= 0 &&
    hint < last &&
    at >= (bounds[hint] as number) &&
    at < (bounds[hint + 1] as number)
  ) {
    return hint
  }
  let lo = 0
  let hi = last - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((bounds[mid] as number) <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}
