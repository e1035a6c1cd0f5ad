/** Period statements: opening, granted, used and closing for every day, week, month or cycle. */
import { cumulativeExact, subtractExact, sumExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst } from '../order.js'
import { zoneOffsetAt } from '../time/zoned.js'
import { msOf, show } from './instant.js'
import { periodBounds } from './periods.js'
import type { LedgerStatementOptions, StatementPeriod } from './types.js'

const PERIODS: readonly string[] = ['day', 'week', 'month']

/**
 * A statement of the posted entries, newest period first, every period from the first entry's to
 * the last's (empty ones included). `granted` and `used` count credits by sign, as
 * `summarizeLedger` does. Balances are chained from the newest known running balance
 * (`balanceAfter`), so `opening` is always the previous period's `closing` and
 * `closing - opening === granted - used` exactly; both are null when no posted entry has a running
 * balance.
 * @throws RangeError for an unknown period or zone, `cycleAnchor` outside 1-28, or a bad
 * `weekStartsOn`; TypeError without options.
 */
export function ledgerStatement(
  entries: readonly LedgerEntry[],
  options: LedgerStatementOptions,
): StatementPeriod[] {
  const { period, timeZone, weekStartsOn, cycleAnchor } = checkOptions(options)
  const posted = entries.filter((e) => !e.pending).sort((a, b) => compareNewestFirst(b, a))
  if (posted.length === 0) return []
  const first = msOf((posted[0] as LedgerEntry).occurredAt)
  const last = msOf((posted[posted.length - 1] as LedgerEntry).occurredAt)
  const bounds = periodBounds(first, last, period, timeZone, weekStartsOn, cycleAnchor)
  const count = bounds.length - 1
  const plus: number[][] = Array.from({ length: count }, () => [])
  const minus: number[][] = Array.from({ length: count }, () => [])
  const counts = new Array<number>(count).fill(0)
  let index = 0
  for (const entry of posted) {
    const at = msOf(entry.occurredAt)
    while (at >= (bounds[index + 1] as number)) index++
    counts[index] = (counts[index] as number) + 1
    if (entry.credits === null) continue
    if (entry.credits >= 0) (plus[index] as number[]).push(entry.credits)
    else (minus[index] as number[]).push(-entry.credits)
  }
  const granted = plus.map((values) => sumExact(values))
  const used = minus.map((values) => sumExact(values))
  const nets = granted.map((g, i) => subtractExact(g, used[i] as number))
  const start = openingBalance(posted)
  const closings = start === null ? null : cumulativeExact(start, nets)
  const periods: StatementPeriod[] = []
  for (let i = 0; i < count; i++) {
    periods.push({
      start: new Date(bounds[i] as number).toISOString(),
      end: new Date(bounds[i + 1] as number).toISOString(),
      opening: closings === null ? null : i === 0 ? start : (closings[i - 1] as number),
      closing: closings === null ? null : (closings[i] as number),
      granted: granted[i] as number,
      used: used[i] as number,
      count: counts[i] as number,
    })
  }
  return periods.reverse()
}

/**
 * The balance before the oldest posted entry (oldest first): the newest running balance, less
 * every credit movement up to and including it. Null when no entry has a running balance.
 */
function openingBalance(posted: readonly LedgerEntry[]): number | null {
  for (let i = posted.length - 1; i >= 0; i--) {
    const anchor = (posted[i] as LedgerEntry).balanceAfter
    if (anchor === null) continue
    const moved = posted.slice(0, i + 1).map((e) => e.credits ?? 0)
    return subtractExact(anchor, sumExact(moved))
  }
  return null
}

/** Defaults applied and each option checked, with a message naming it. */
function checkOptions(options: LedgerStatementOptions) {
  if (options === null || typeof options !== 'object') {
    throw new TypeError('ledgerStatement: options { period, timeZone } are required')
  }
  const { period, timeZone, cycleAnchor = 1, weekStartsOn = 1 } = options
  if (typeof period !== 'string' || !PERIODS.includes(period)) {
    throw new RangeError(
      `ledgerStatement: period must be 'day', 'week' or 'month' (got ${show(period)})`,
    )
  }
  if (typeof timeZone !== 'string' || !Number.isFinite(zoneOffsetAt(0, timeZone))) {
    throw new RangeError(`ledgerStatement: unknown time zone ${show(timeZone)}`)
  }
  if (!Number.isInteger(cycleAnchor) || cycleAnchor < 1 || cycleAnchor > 28) {
    throw new RangeError(
      `ledgerStatement: cycleAnchor must be a whole day of the month from 1 to 28 (got ${show(cycleAnchor)})`,
    )
  }
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6) {
    throw new RangeError(
      `ledgerStatement: weekStartsOn must be 0 (Sunday) to 6 (Saturday) (got ${show(weekStartsOn)})`,
    )
  }
  return { period, timeZone, cycleAnchor, weekStartsOn }
}
