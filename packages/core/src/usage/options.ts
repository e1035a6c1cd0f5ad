import { zoneOffsetAt } from '../time/zoned.js'
import type { UsageInterval, WeekStart } from './buckets.js'

/** What a usage breakdown groups entries by: `category`, `metric`, or nothing (one group). */
export type UsageGroupBy = 'category' | 'metric' | 'none'

/** Options for `usageBreakdown`. */
export interface UsageBreakdownOptions {
  /** The width of a bucket: a local hour, day, week (from `weekStartsOn`) or month (from the 1st). */
  interval: UsageInterval
  /** The IANA time zone the buckets are cut in (local midnight, local first of the month). */
  timeZone: string
  /**
   * What the groups are: the entries' `category`, their `metric`, or `'none'` for one group
   * (its key null).
   * @default 'category'
   */
  groupBy?: UsageGroupBy | undefined
  /**
   * ISO instant the buckets start from (the bucket holding it is the first); entries before it
   * are left out.
   * @default the first usage entry
   */
  from?: string | undefined
  /**
   * ISO instant the buckets reach (the bucket holding it is the last), inclusive like
   * `LedgerQuery.to`; entries after it are left out.
   * @default the last usage entry
   */
  to?: string | undefined
  /**
   * How many of the largest groups are kept; the rest merge into one group marked `other`.
   * @default 6
   */
  top?: number | undefined
  /**
   * The day a week bucket starts on: 0 Sunday to 6 Saturday.
   * @default 1 (Monday)
   */
  weekStartsOn?: WeekStart | undefined
}

/** The options with defaults applied, checked, and the range read as epoch ms. */
export interface ResolvedUsageOptions {
  interval: UsageInterval
  timeZone: string
  groupBy: UsageGroupBy
  from: number | undefined
  to: number | undefined
  top: number
  weekStartsOn: WeekStart
}

const INTERVALS: readonly string[] = ['hour', 'day', 'week', 'month']
const GROUP_BYS: readonly string[] = ['category', 'metric', 'none']

/** Defaults applied and every option checked, with a message that names the option. */
export function resolveUsageOptions(options: UsageBreakdownOptions): ResolvedUsageOptions {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('usageBreakdown: options { interval, timeZone } are required')
  }
  const { interval, timeZone, groupBy = 'category', top = 6, weekStartsOn = 1 } = options
  if (typeof interval !== 'string' || !INTERVALS.includes(interval)) {
    throw new RangeError(
      `usageBreakdown: interval must be 'hour', 'day', 'week' or 'month' (got ${show(interval)})`,
    )
  }
  if (typeof timeZone !== 'string' || !Number.isFinite(zoneOffsetAt(0, timeZone))) {
    throw new RangeError(`usageBreakdown: unknown time zone ${show(timeZone)}`)
  }
  if (typeof groupBy !== 'string' || !GROUP_BYS.includes(groupBy)) {
    throw new RangeError(
      `usageBreakdown: groupBy must be 'category', 'metric' or 'none' (got ${show(groupBy)})`,
    )
  }
  if (!Number.isInteger(top) || top < 1) {
    throw new RangeError(
      `usageBreakdown: top must be a whole number of at least 1 (got ${show(top)})`,
    )
  }
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(
      `usageBreakdown: weekStartsOn must be 0 (Sunday) to 6 (Saturday) (got ${show(weekStartsOn)})`,
    )
  }
  const from = instant('from', options.from)
  const to = instant('to', options.to)
  if (from !== undefined && to !== undefined && from > to) {
    throw new RangeError(`usageBreakdown: from (${options.from}) is after to (${options.to})`)
  }
  return { interval, timeZone, groupBy: groupBy as UsageGroupBy, from, to, top, weekStartsOn }
}

/** An ISO instant option as epoch ms; undefined when absent. */
function instant(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const at = typeof value === 'string' ? Date.parse(value) : NaN
  if (Number.isNaN(at)) {
    throw new RangeError(`usageBreakdown: ${name} must be an ISO instant (got ${show(value)})`)
  }
  return at
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}
