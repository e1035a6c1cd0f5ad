/**
 * The run-out forecast itself, from a balance, a burn rate and what each grant holds: kept apart
 * from the ledger reading so its rules can be tested with any burn rate.
 */
import type { RunwayPoint } from './types.js'

const DAY = 86_400_000
/** Relative size below which a balance left by float steps counts as 0. */
const SNAP = 1e-12

/** What one grant holds at the forecast's start. */
export interface Holding {
  /** Epoch ms the grant expires at; null for a grant that never expires. */
  expiresAt: number | null
  held: number
}

/** The forecast's inputs: epoch ms, a balance, a rate and the grants' holdings. */
export interface ForecastInput {
  asOf: number
  balance: number | null
  burnPerDay: number
  holdings: readonly Holding[]
}

/** The forecast's outputs (`Runway` without the inputs it repeats). */
export interface Forecast {
  runsOutAt: string | null
  expiresUnused: number
  path: RunwayPoint[]
}

const iso = (at: number): string => new Date(Math.round(at)).toISOString()

/**
 * Spends `burnPerDay` continuously from `asOf`, earliest expiring holding first; what a holding
 * still has at its expiry is lost (`expiresUnused`, a step in `path`), one already past its expiry
 * at `asOf` is lost at once; the balance no expiring grant holds is spent last and never expires.
 * Holdings above the balance (debits no grant was charged for) are cut from the earliest expiring
 * first, as if those debits had drawn in the same order.
 */
export function forecastRunway({ asOf, balance, burnPerDay, holdings }: ForecastInput): Forecast {
  if (balance === null) return { runsOutAt: null, expiresUnused: 0, path: [] }
  if (balance <= 0) {
    const path = burnPerDay > 0 ? [{ at: iso(asOf), balance }] : []
    return { runsOutAt: iso(asOf), expiresUnused: 0, path }
  }
  const pools = expiringPools(holdings, balance)
  const rate = burnPerDay / DAY
  const path: RunwayPoint[] = [{ at: iso(asOf), balance }]
  let total = balance
  let now = asOf
  let expiresUnused = 0
  let head = 0
  while (head < pools.length) {
    const expiry = Math.max(asOf, (pools[head] as Pool).expiresAt)
    if (rate > 0 && expiry > now) {
      const need = rate * (expiry - now)
      if (need >= total) return ranOut(now + total / rate, expiresUnused, path)
      total -= need
      drawFrom(pools, head, need)
      now = expiry
    }
    // Every holding expiring at this instant loses what it still has, in one step.
    let lost = 0
    while (head < pools.length && Math.max(asOf, (pools[head] as Pool).expiresAt) === expiry) {
      lost += (pools[head] as Pool).held
      head++
    }
    if (lost <= 0) continue
    // Float steps leave crumbs (1e-13) where the grants held the whole balance: that is nothing.
    if (total - lost <= balance * SNAP) lost = total
    expiresUnused += lost
    const before = path[path.length - 1] as RunwayPoint
    if (before.at !== iso(expiry) || before.balance !== total) {
      path.push({ at: iso(expiry), balance: total })
    }
    total -= lost
    path.push({ at: iso(expiry), balance: total })
    if (total <= 0) {
      return rate > 0
        ? { runsOutAt: iso(expiry), expiresUnused, path }
        : { runsOutAt: null, expiresUnused, path: [] }
    }
  }
  if (rate <= 0) return { runsOutAt: null, expiresUnused, path: [] }
  return ranOut(now + total / rate, expiresUnused, path)
}

interface Pool {
  expiresAt: number
  held: number
}

/** The forecast ends at (runsOutAt, 0). */
function ranOut(at: number, expiresUnused: number, path: RunwayPoint[]): Forecast {
  path.push({ at: iso(at), balance: 0 })
  return { runsOutAt: iso(at), expiresUnused, path }
}

/** Expiring holdings, earliest first, cut so together they never hold more than `balance`. */
function expiringPools(holdings: readonly Holding[], balance: number): Pool[] {
  const pools = holdings
    .filter((h): h is Pool => h.expiresAt !== null && h.held > 0)
    .map((h) => ({ expiresAt: h.expiresAt, held: h.held }))
    .sort((a, b) => a.expiresAt - b.expiresAt)
  let excess = pools.reduce((sum, p) => sum + p.held, 0) - balance
  for (const pool of pools) {
    if (excess <= 0) break
    const cut = Math.min(pool.held, excess)
    pool.held -= cut
    excess -= cut
  }
  return pools
}

/** Spends `need` from the pools from `head` on; what they cannot cover comes from the rest. */
function drawFrom(pools: Pool[], head: number, need: number): void {
  for (let i = head; i < pools.length && need > 0; i++) {
    const pool = pools[i] as Pool
    const drawn = Math.min(pool.held, need)
    pool.held -= drawn
    need -= drawn
  }
}
