/**
 * Which grant each usage and expiration drew from. Exact where the entry names its grant
 * (`grantId`, Monk's `grantEntryId`); otherwise estimated by the rule the issue fixes: a usage
 * draws from the live grants earliest expiry first (no expiry last), ties oldest grant first, then
 * by id; an expiration removes credits from the grant whose `expiresAt` is the latest at or before
 * it, with credits left. Credits no grant can cover are not attributed to any.
 */
import { subtractExact, sumExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst } from '../order.js'
import { msOf } from './instant.js'

/** One grant while the ledger is walked. */
export interface GrantState {
  entry: LedgerEntry
  granted: number
  /** Epoch ms of `entry.occurredAt`. */
  at: number
  /** Epoch ms of `expiresAt`; null for a grant that never expires. */
  expiresAt: number | null
  /** Drawn amounts, summed exactly at the end. */
  used: number[]
  expired: number[]
  /** What is left while walking: granted less every draw, never below 0. */
  left: number
  /** No unnamed draw happened while it existed, so its numbers are the provider's own. */
  exact: boolean
}

/** Draw order: earliest expiry first, no expiry last, then oldest grant, then id. */
export function compareDrawOrder(a: GrantState, b: GrantState): number {
  const ea = a.expiresAt ?? Number.POSITIVE_INFINITY
  const eb = b.expiresAt ?? Number.POSITIVE_INFINITY
  if (ea !== eb) return ea < eb ? -1 : 1
  if (a.at !== b.at) return a.at - b.at
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0
}

const isGrant = (e: LedgerEntry): boolean =>
  e.kind === 'grant' && e.credits !== null && e.credits > 0

/** A movement that takes credits out of a grant: a posted usage or expiration lowering the balance. */
const isDraw = (e: LedgerEntry): boolean =>
  (e.kind === 'usage' || e.kind === 'expiration') && e.credits !== null && e.credits < 0

/** Every posted grant at or before `asOf`, with the draws attributed to it, in draw order. */
export function attributeGrants(entries: readonly LedgerEntry[], asOf: number): GrantState[] {
  const timeline = entries
    .filter((e) => !e.pending && msOf(e.occurredAt) <= asOf && (isGrant(e) || isDraw(e)))
    .sort((a, b) => compareNewestFirst(b, a))
  const byId = new Map<string, GrantState>()
  // Grants that may still take an estimated usage, kept in draw order; dead ones are dropped.
  let drawable: GrantState[] = []
  let lastUnnamed = Number.NEGATIVE_INFINITY
  for (const entry of timeline) {
    const at = msOf(entry.occurredAt)
    if (isGrant(entry)) {
      const granted = entry.credits as number
      const expiresAt = entry.expiresAt === null ? null : msOf(entry.expiresAt)
      const state: GrantState = {
        entry,
        granted,
        at,
        expiresAt,
        used: [],
        expired: [],
        left: granted,
        exact: true,
      }
      // A repeated grant id keeps the first (ledgers are deduplicated, but a hand-made one may not be).
      if (byId.has(entry.id)) continue
      byId.set(entry.id, state)
      drawable.push(state)
      drawable.sort(compareDrawOrder)
      continue
    }
    const amount = -(entry.credits as number)
    const usage = entry.kind === 'usage'
    if (entry.grantId !== null) {
      // Named: exactly that grant, even past what it holds; a grant outside the set is not ours.
      const grant = byId.get(entry.grantId)
      if (grant !== undefined) take(grant, amount, usage)
      continue
    }
    lastUnnamed = at
    if (usage) drawable = drawUsage(drawable, amount, at)
    else drawExpiration([...byId.values()], amount, at)
  }
  const grants = [...byId.values()]
  for (const grant of grants) grant.exact = lastUnnamed < grant.at
  return grants.sort(compareDrawOrder)
}

/** Records `amount` on a grant and lowers what it holds (never below 0). */
function take(grant: GrantState, amount: number, usage: boolean): void {
  ;(usage ? grant.used : grant.expired).push(amount)
  const left = subtractExact(grant.left, amount)
  grant.left = left > 0 ? left : 0
}

/** An unnamed usage at `at`: draws in draw order; returns the grants that can still be drawn. */
function drawUsage(drawable: GrantState[], amount: number, at: number): GrantState[] {
  let need = amount
  for (const grant of drawable) {
    if (need <= 0) break
    if (grant.left <= 0 || (grant.expiresAt !== null && grant.expiresAt <= at)) continue
    const drawn = Math.min(grant.left, need)
    take(grant, drawn, true)
    need = subtractExact(need, drawn)
  }
  // Time only moves forward and nothing refills a grant: an empty or expired grant never draws again.
  return drawable.filter((g) => g.left > 0 && (g.expiresAt === null || g.expiresAt > at))
}

/** An unnamed expiration at `at`: from the latest expired grants with credits left. */
function drawExpiration(grants: GrantState[], amount: number, at: number): void {
  const candidates = grants
    .filter((g) => g.left > 0 && g.expiresAt !== null && g.expiresAt <= at)
    .sort((a, b) => (b.expiresAt as number) - (a.expiresAt as number) || compareDrawOrder(a, b))
  let need = amount
  for (const grant of candidates) {
    if (need <= 0) break
    const drawn = Math.min(grant.left, need)
    take(grant, drawn, false)
    need = subtractExact(need, drawn)
  }
}

/** The totals of one walked grant: used, expired and remaining, exact. */
export function grantTotals(grant: GrantState): {
  used: number
  expired: number
  remaining: number
} {
  const used = sumExact(grant.used)
  const expired = sumExact(grant.expired)
  const remaining = sumExact([grant.granted, -used, -expired])
  return { used, expired, remaining: remaining > 0 ? remaining : 0 }
}
