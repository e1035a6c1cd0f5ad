import { zonedDayStart, zonedWallAt } from '../time/zonedTime.js'
import type { DateRange } from './presets.js'
import { wholeDaysRange } from './wholeDays.js'

/** The billing-cycle presets, in the order a picker lists them (after the calendar months). */
export const CYCLE_PRESETS = ['this-cycle', 'last-cycle', 'last-3-cycles'] as const

/** A billing-cycle preset id: offered only where a `cycleAnchor` is set. */
export type CyclePreset = (typeof CYCLE_PRESETS)[number]

/**
 * Where monthly billing cycles start: a day of the month (1–31), or an ISO date 'YYYY-MM-DD'
 * (a subscription's start, say) whose day of the month is the anchor. A cycle starts at local
 * midnight on that day of each month; in a month without that day (31 in April, 29–31 in
 * February) it starts on the month's last day.
 */
export type CycleAnchor = number | string

/** The clock, the zone and the anchor a cycle is counted from. */
export interface CycleContext {
  now: Date
  /** IANA time zone whose calendar the cycles follow. */
  timeZone: string
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

export function isCyclePreset(preset: string): preset is CyclePreset {
  return (CYCLE_PRESETS as readonly string[]).includes(preset)
}

/**
 * The anchor's day of the month (1–31).
 * @throws RangeError naming `cycleAnchor` and the value, for anything but an integer 1–31 or a
 * real calendar date 'YYYY-MM-DD' ('2026-02-30' is not one).
 */
export function cycleAnchorDay(anchor: CycleAnchor): number {
  if (typeof anchor === 'number' && Number.isInteger(anchor) && anchor >= 1 && anchor <= 31) {
    return anchor
  }
  if (typeof anchor === 'string') {
    const match = ISO_DAY.exec(anchor)
    if (match) {
      const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
      // Date.UTC rolls an impossible date over (Feb 30 is Mar 2); a real date reads back the same.
      const date = new Date(Date.UTC(year, month - 1, day))
      if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return day
    }
  }
  throw new RangeError(
    `cycleAnchor must be a day of the month (an integer 1–31) or an ISO date 'YYYY-MM-DD'; ` +
      `got ${typeof anchor === 'string' ? JSON.stringify(anchor) : String(anchor)}`,
  )
}

/**
 * `count` whole billing cycles ending with the one `offset` cycles from the cycle that holds
 * `now` (0 is the current cycle, -1 the one before): `from` is the first cycle's start (local
 * midnight in `timeZone`, or the day's first real instant where midnight is skipped), `to` the
 * millisecond before the cycle after the last one starts (the rule of `wholeDaysRange`).
 *
 * The presets: 'this-cycle' is `(anchor, 0)`, 'last-cycle' `(anchor, -1)`, and 'last-3-cycles'
 * `(anchor, 0, context, 3)`: the current cycle and the two before it, to the end of the current
 * cycle, as "last 3 months" counts in billing consoles (it holds today's usage, which a user
 * asking where the credits went wants to see).
 * @throws RangeError for a bad anchor (see `cycleAnchorDay`), a bad `now` or time zone.
 */
export function cycleRange(
  anchor: CycleAnchor,
  offset: number,
  { now, timeZone }: CycleContext,
  count = 1,
): Required<DateRange> {
  const day = cycleAnchorDay(anchor)
  const at = now.getTime()
  const wall = new Date(zonedWallAt(at, timeZone))
  if (Number.isNaN(wall.getTime())) {
    throw new RangeError(`cycleRange: invalid now (${String(now)}) or time zone "${timeZone}"`)
  }
  const year = wall.getUTCFullYear()
  // Months roll over like Date.UTC (month -1 is last December), so arithmetic stays on numbers.
  const cycleStart = (month: number) => {
    const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
    return zonedDayStart(year, month, Math.min(day, daysInMonth), timeZone)
  }
  // The cycle holding now started this month, unless this month's start is still ahead.
  const current = wall.getUTCMonth() - (at < cycleStart(wall.getUTCMonth()) ? 1 : 0)
  return wholeDaysRange(cycleStart(current + offset - count + 1), cycleStart(current + offset + 1))
}
