/**
 * Which bucket widths the usage chart offers for a range, and which it starts on. Pure, so the
 * rule is tested on its own: a width is offered when it gives a readable number of bars, and
 * the default is the finest one that still fits a typical chart without crowding it.
 */
import type { UsageInterval } from '@usage-kit/core'

const HOUR = 3_600_000

/**
 * Nominal widths: an estimate of the bar count is all the rule needs. A month counts as 31 days,
 * so a whole calendar month is one bar (it is, once cut), not two.
 */
const NOMINAL: Record<UsageInterval, number> = {
  hour: HOUR,
  day: 24 * HOUR,
  week: 168 * HOUR,
  month: 31 * 24 * HOUR,
}

/** Finest first. */
export const USAGE_INTERVALS: readonly UsageInterval[] = ['hour', 'day', 'week', 'month']

/** Fewer bars than this is no comparison over time (one bar for a whole day). */
export const MIN_BARS = 2
/** More bars than this are thinner than a few pixels on a wide screen, and slow to tab through. */
export const MAX_BARS = 200
/** The default aims at no more bars than this: each bar wide enough to point at on a laptop. */
export const AUTO_BARS = 60

/** About how many bars `interval` cuts [from, to] into (epoch ms): at least one. */
export function barCount(from: number, to: number, interval: UsageInterval): number {
  return Math.max(1, Math.ceil((to - from) / NOMINAL[interval]))
}

/**
 * The widths worth offering for [from, to]: those giving MIN_BARS to MAX_BARS bars, finest
 * first. Where none does, the one that comes closest: hours for a range within an hour, months
 * for a range of decades. Never empty.
 */
export function usageIntervalChoices(from: number, to: number): UsageInterval[] {
  const offered = USAGE_INTERVALS.filter((interval) => {
    const bars = barCount(from, to, interval)
    return bars >= MIN_BARS && bars <= MAX_BARS
  })
  if (offered.length > 0) return offered
  return [barCount(from, to, 'hour') < MIN_BARS ? 'hour' : 'month']
}

/**
 * The width to show: `picked` while it is offered (the user's choice survives a range change
 * that keeps it sensible), else the finest offered width with at most AUTO_BARS bars (hours for a
 * day, days for a month, weeks for a year), else the coarsest offered.
 */
export function pickUsageInterval(
  from: number,
  to: number,
  picked?: UsageInterval | null,
): UsageInterval {
  const offered = usageIntervalChoices(from, to)
  if (picked && offered.includes(picked)) return picked
  return offered.find((interval) => barCount(from, to, interval) <= AUTO_BARS) ?? offered.at(-1)!
}
