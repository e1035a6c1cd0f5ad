/**
 * Entries for the chart's tests (never exported from the package): a running balance the tests
 * can predict, and points laid out exactly as a test wants them.
 */
import type { BalancePoint, EntryKind, LedgerEntry, Runway } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)

/** The entry a point was read from: only what the chart reads is set. */
export function entryOf(point: BalancePoint): LedgerEntry {
  return ledgerEntry({
    id: point.entryId,
    provider: 'vayu',
    kind: point.kind,
    providerType: point.kind,
    occurredAt: new Date(point.at).toISOString(),
    credits: 0,
    balanceAfter: point.balance,
  })
}

/**
 * A ledger with a consistent running balance, one entry a day from 1 Jan 2026, newest first (as
 * the hooks return it): every tenth a grant of 1,000, now and then an expiration of 50, else
 * usage of 20. Without balances, the provider reports none.
 */
export function makeEntries(count: number, withBalance = true): LedgerEntry[] {
  const out: LedgerEntry[] = []
  let balance = 0
  for (let i = 0; i < count; i++) {
    const kind: EntryKind = i % 10 === 0 ? 'grant' : i % 25 === 7 ? 'expiration' : 'usage'
    const credits = kind === 'grant' ? 1000 : kind === 'expiration' ? -50 : -20
    balance += credits
    out.push({
      ...entryOf({ at: START + i * DAY, balance, entryId: `e${i}`, kind }),
      credits,
      balanceAfter: withBalance ? balance : null,
    })
  }
  return out.reverse()
}

/**
 * A runway as `projectRunway` shapes it, worked out by hand so tests can predict every vertex: the
 * balance falls by `burnPerDay` from `asOf`, drops by each expiry's `amount` where the forecast
 * meets it, and reaches zero at `runsOutAt`.
 */
export function makeRunway({
  asOf,
  balance,
  burnPerDay,
  windowDays = 30,
  expiries = [],
}: {
  asOf: string
  balance: number
  burnPerDay: number
  windowDays?: number
  expiries?: { at: string; amount: number }[]
}): Runway {
  if (burnPerDay === 0) {
    return { balance, burnPerDay, runsOutAt: null, expiresUnused: 0, windowDays, path: [] }
  }
  let at = Date.parse(asOf)
  let left = balance
  let expiresUnused = 0
  const path: Runway['path'] = [{ at: asOf, balance }]
  for (const expiry of expiries) {
    const when = Date.parse(expiry.at)
    const before = left - (burnPerDay * (when - at)) / DAY
    if (before <= 0) break
    const after = Math.max(0, before - expiry.amount)
    path.push({ at: expiry.at, balance: before }, { at: expiry.at, balance: after })
    expiresUnused += before - after
    at = when
    left = after
  }
  const runsOutAt = new Date(at + (left / burnPerDay) * DAY).toISOString()
  if (left > 0) path.push({ at: runsOutAt, balance: 0 })
  return { balance, burnPerDay, runsOutAt, expiresUnused, windowDays, path }
}

/** Where the forecast tests start: 1 Feb 2026, two days after `makeEntries(30)`'s last point. */
export const FORECAST_AS_OF = '2026-02-01T00:00:00.000Z'

/**
 * The forecast after `makeEntries(30)` (2,430 on 30 Jan): 50 a day from `FORECAST_AS_OF`; 430
 * expire on 11 Feb (1,930 -> 1,500), then 30 days to zero: 13 Mar 2026.
 */
export const expiringRunway = makeRunway({
  asOf: FORECAST_AS_OF,
  balance: 2430,
  burnPerDay: 50,
  expiries: [{ at: '2026-02-11T00:00:00.000Z', amount: 430 }],
})
