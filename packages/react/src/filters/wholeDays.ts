import type { DateRange } from './presets.js'

/**
 * The range of whole days from the day starting at `start` (epoch ms) to the one before the day
 * starting at `next`: `from` is `start`, `to` the millisecond before `next`. Not 23:59:59.999:
 * where a day ends in a DST jump at midnight (or is skipped, as Samoa's 2011-12-30) that local
 * time is missing or doubled, while "just before the next day starts" is always one instant. The
 * presets and a picker's custom days both end their ranges by this rule, so the same days give
 * equal queries.
 */
export function wholeDaysRange(start: number, next: number): Required<DateRange> {
  return { from: new Date(start).toISOString(), to: new Date(next - 1).toISOString() }
}
