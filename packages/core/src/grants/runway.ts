/** When the balance runs out at the recent burn rate, accounting for grants that expire first. */
import { sumExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst } from '../order.js'
import { attributeGrants, grantTotals } from './attribute.js'
import { forecastRunway } from './forecast.js'
import { msOf, readAsOf, readDays, show } from './instant.js'
import type { Runway, RunwayOptions } from './types.js'

const DAY = 86_400_000

/**
 * The run-out forecast at `asOf`. The burn rate is the posted usage in (asOf - windowDays, asOf]
 * divided by `windowDays`; it is spent continuously from `asOf`, drawing from the grants'
 * remaining credits (`creditGrants` at `asOf`) earliest expiry first; what a grant still holds
 * at its `expiresAt` is lost and counted in `expiresUnused`; the balance no grant holds is drawn
 * last and never expires. `runsOutAt` is `asOf` when the balance is already 0 or below, and null
 * when the balance is unknown or nothing is being used.
 * @throws RangeError for an unreadable `asOf`, `windowDays` <= 0 or a non-finite `balance`.
 */
export function projectRunway(
  entries: readonly LedgerEntry[],
  options: RunwayOptions = {},
): Runway {
  const asOf = readAsOf('projectRunway', options.asOf)
  const windowDays = readDays('projectRunway', 'windowDays', options.windowDays, 30)
  if (options.balance !== undefined && !Number.isFinite(options.balance)) {
    throw new RangeError(
      `projectRunway: balance must be a finite number (got ${show(options.balance)})`,
    )
  }
  const since = asOf - windowDays * DAY
  const used: number[] = []
  let newest: LedgerEntry | null = null
  for (const entry of entries) {
    if (entry.pending) continue
    const at = msOf(entry.occurredAt)
    if (at > asOf) continue
    if (newest === null || compareNewestFirst(entry, newest) < 0) newest = entry
    if (entry.kind === 'usage' && entry.credits !== null && entry.credits < 0 && at > since) {
      used.push(-entry.credits)
    }
  }
  const balance = options.balance ?? newest?.balanceAfter ?? null
  const burnPerDay = sumExact(used) / windowDays
  const holdings = attributeGrants(entries, asOf).map((grant) => ({
    expiresAt: grant.expiresAt,
    held: grantTotals(grant).remaining,
  }))
  return {
    balance,
    burnPerDay,
    ...forecastRunway({ asOf, balance, burnPerDay, holdings }),
    windowDays,
  }
}
