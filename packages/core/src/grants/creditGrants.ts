/**
 * Credit grants with what is left of them: how much each grant has had drawn by usage, removed
 * by expirations, and still holds at an instant, with its status there.
 */
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst } from '../order.js'
import { attributeGrants, grantTotals, type GrantState } from './attribute.js'
import { readAsOf, readDays } from './instant.js'
import type { CreditGrant, CreditGrantsOptions } from './types.js'

const DAY = 86_400_000

/**
 * Every posted grant at or before `asOf` (kind 'grant', credits above 0), newest first, with
 * `used`, `expired` and `remaining` exact to the providers' decimals.
 *
 * Attribution is `exact` for a grant when every usage and expiration since it was granted names
 * its grant (`grantId`, Monk's `grantEntryId`); otherwise `estimated`: unnamed usage draws from
 * the grants alive at its time, earliest expiry first (no expiry last), ties oldest grant first,
 * then by id; an unnamed expiration removes credits from the grant whose `expiresAt` is the
 * latest at or before it with credits left. Credits beyond every grant are not attributed.
 *
 * Status at `asOf`: `depleted` when nothing remains; else `expired` when `expiresAt <= asOf`;
 * else `expiring` when it expires within `expiringWithinDays`; else `active`.
 * @throws RangeError for an unreadable `asOf` or a negative `expiringWithinDays`.
 */
export function creditGrants(
  entries: readonly LedgerEntry[],
  options: CreditGrantsOptions = {},
): CreditGrant[] {
  const asOf = readAsOf('creditGrants', options.asOf)
  const within = readDays(
    'creditGrants',
    'expiringWithinDays',
    options.expiringWithinDays,
    14,
    true,
  )
  return attributeGrants(entries, asOf)
    .map((grant) => toCreditGrant(grant, asOf, within))
    .sort((a, b) => compareNewestFirst(a.entry, b.entry))
}

function toCreditGrant(grant: GrantState, asOf: number, withinDays: number): CreditGrant {
  const { used, expired, remaining } = grantTotals(grant)
  return {
    entry: grant.entry,
    granted: grant.granted,
    used,
    expired,
    remaining,
    expiresAt: grant.entry.expiresAt,
    status: grantStatus(remaining, grant.expiresAt, asOf, withinDays),
    attribution: grant.exact ? 'exact' : 'estimated',
  }
}

/** The status rule, in the order: depleted, expired, expiring, active. */
function grantStatus(
  remaining: number,
  expiresAt: number | null,
  asOf: number,
  withinDays: number,
): CreditGrant['status'] {
  if (remaining <= 0) return 'depleted'
  if (expiresAt === null) return 'active'
  if (expiresAt <= asOf) return 'expired'
  return expiresAt - asOf <= withinDays * DAY ? 'expiring' : 'active'
}
