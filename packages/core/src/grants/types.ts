/**
 * The public shapes of issue 17: credit grants with what is left of them, a run-out forecast,
 * period statements and a check of the ledger against the provider's balance. Written first so
 * the hooks, components and chart can be built against them while the functions are written.
 */
import type { LedgerEntry } from '../model.js'
import type { WeekStart } from '../usage/buckets.js'

/** One grant and what has become of it at `asOf`. */
export interface CreditGrant {
  /** The grant itself (kind 'grant', credits > 0, posted). */
  entry: LedgerEntry
  granted: number
  /** Drawn by usage, positive. */
  used: number
  /** Removed by expirations, positive. */
  expired: number
  /** granted - used - expired, never below 0. */
  remaining: number
  expiresAt: string | null
  status: 'active' | 'expiring' | 'expired' | 'depleted'
  /**
   * 'exact' where usage and expiration entries name their grant (`grantId`); 'estimated' where
   * the kit drew usage from grants earliest expiry first.
   */
  attribution: 'exact' | 'estimated'
}

/** Options of `creditGrants`. */
export interface CreditGrantsOptions {
  /**
   * The instant statuses are taken at (ISO-8601).
   * @default now
   */
  asOf?: string | undefined
  /**
   * A grant expiring within this many days of `asOf` is 'expiring'.
   * @default 14
   */
  expiringWithinDays?: number | undefined
}

/** One vertex of the forecast's polyline. */
export interface RunwayPoint {
  /** ISO-8601 instant in UTC. */
  at: string
  balance: number
}

/** When the balance runs out at the recent burn rate. */
export interface Runway {
  /** The balance the forecast starts from; null when unknown. */
  balance: number | null
  /** Posted usage in (asOf - windowDays, asOf] divided by windowDays. */
  burnPerDay: number
  /** The instant nothing is left; null when burn is 0 or the balance is unknown. */
  runsOutAt: string | null
  /** Credits the forecast sees expiring before they can be used. */
  expiresUnused: number
  windowDays: number
  /**
   * The forecast as a polyline, oldest first: starts at (asOf, balance), a vertex at every grant
   * expiry the forecast meets (two vertices at the same instant: before and after the drop), ends
   * at (runsOutAt, 0). Empty when burnPerDay is 0 or the balance is null.
   */
  path: RunwayPoint[]
}

/** Options of `projectRunway`. */
export interface RunwayOptions {
  /**
   * The instant the forecast starts at (ISO-8601).
   * @default now
   */
  asOf?: string | undefined
  /**
   * The burn rate is the posted usage in (asOf - windowDays, asOf] / windowDays. Must be > 0.
   * @default 30
   */
  windowDays?: number | undefined
  /**
   * The balance to start from.
   * @default balanceAfter of the newest posted entry at or before asOf
   */
  balance?: number | undefined
}

/** One period of a statement. */
export interface StatementPeriod {
  /** UTC instant of the period's local start. */
  start: string
  /** UTC instant of the period's local end (the next period's start). */
  end: string
  /** The previous period's closing; null where running balances are unknown. */
  opening: number | null
  /** The running balance after the period's last entry (the opening, without entries). */
  closing: number | null
  /** Raising movements, as summarizeLedger counts them. */
  granted: number
  /** Lowering movements, positive. */
  used: number
  /** Posted entries in the period. */
  count: number
}

/** Options of `ledgerStatement`. */
export interface LedgerStatementOptions {
  period: 'day' | 'week' | 'month'
  /** IANA zone whose calendar cuts the periods. */
  timeZone: string
  /**
   * 1-28: monthly periods start on this day of the month (billing cycles).
   * @default 1
   */
  cycleAnchor?: number | undefined
  /**
   * Day weekly periods start on: 0 Sunday to 6 Saturday.
   * @default 1
   */
  weekStartsOn?: WeekStart | undefined
}

/** The ledger's balance beside the provider's. */
export interface BalanceCheck {
  /** balanceAfter of the newest posted entry. */
  ledger: number | null
  /** The snapshot's credits. */
  provider: number | null
  /** provider - ledger, exact; null when either is unknown. */
  difference: number | null
  /** difference === 0. */
  matches: boolean
}
