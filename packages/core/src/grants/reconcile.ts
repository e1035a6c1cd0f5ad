/** The ledger's balance beside the provider's balance endpoint. */
import { subtractExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst } from '../order.js'
import type { BalanceSnapshot } from '../source.js'
import type { BalanceCheck } from './types.js'

/**
 * Compares the running balance after the newest posted entry with the provider's snapshot:
 * `difference` is `provider - ledger`, exact to their decimals, null when either is unknown; the
 * two match only when it is exactly 0 (an unknown side never matches).
 */
export function reconcileBalance(
  entries: readonly LedgerEntry[],
  snapshot: BalanceSnapshot,
): BalanceCheck {
  let newest: LedgerEntry | null = null
  for (const entry of entries) {
    if (!entry.pending && (newest === null || compareNewestFirst(entry, newest) < 0)) newest = entry
  }
  const ledger = newest?.balanceAfter ?? null
  const provider = snapshot.credits
  const difference = ledger === null || provider === null ? null : subtractExact(provider, ledger)
  return { ledger, provider, difference, matches: difference === 0 }
}
