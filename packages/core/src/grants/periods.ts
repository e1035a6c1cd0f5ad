/**
 * Statement period boundaries in a zone's calendar: days and weeks as the usage buckets cut
 * them, months from the 1st or from a billing-cycle day (`cycleAnchor`, 1-28: every month has
 * those days, so a cycle never shifts).
 */
import { zonedInstant, zonedWallAt } from '../time/zoned.js'
import { bucketBounds, type WeekStart } from '../usage/buckets.js'

const DAY = 86_400_000

/** Boundaries from the period holding `from` to the one holding `to`; bounds[i]..bounds[i+1]. */
export function periodBounds(
  from: number,
  to: number,
  period: 'day' | 'week' | 'month',
  timeZone: string,
  weekStartsOn: WeekStart,
  cycleAnchor: number,
): number[] {
  if (period !== 'month') return Array.from(bucketBounds(from, to, period, timeZone, weekStartsOn))
  const wall = new Date(Math.floor(zonedWallAt(from, timeZone) / DAY) * DAY)
  let year = wall.getUTCFullYear()
  // A day before the anchor belongs to the cycle that started in the previous month.
  let month = wall.getUTCMonth() - (wall.getUTCDate() < cycleAnchor ? 1 : 0)
  const bounds = [zonedInstant(Date.UTC(year, month, cycleAnchor), timeZone).at]
  while ((bounds[bounds.length - 1] as number) <= to) {
    month++
    if (month > 11) {
      month -= 12
      year++
    }
    bounds.push(zonedInstant(Date.UTC(year, month, cycleAnchor), timeZone).at)
  }
  return bounds
}
