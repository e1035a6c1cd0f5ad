import { cumulativeExact } from './decimal.js'
import type { LedgerEntry } from './model.js'

/**
 * Where a reconstructed running balance starts from:
 * - `current`: the balance now (a provider's balance endpoint); the entries must be the newest ones,
 *   contiguous, newest first.
 * - `origin`: the entries are the whole history (the oldest one started from zero).
 */
export type BalanceAnchor = { type: 'current'; credits: number } | { type: 'origin' }

/**
 * Fills `balanceAfter` on entries (newest first, unfiltered, contiguous) from an anchor. Entries
 * that already carry a provider balance (Vayu) are returned unchanged. Pending entries are not
 * posted, so they get no balance and do not move it. An entry without credits breaks the chain:
 * balances that would depend on it stay null rather than being guessed.
 */
export function reconstructBalances(
  entries: readonly LedgerEntry[],
  anchor: BalanceAnchor,
): LedgerEntry[] {
  if (entries.length === 0 || entries.some((entry) => entry.balanceAfter !== null)) {
    return entries.slice()
  }
  // From the current balance the walk goes back in time (newest first), each older balance the
  // newer one minus its movement; from the origin it adds up from zero, oldest first.
  const fromCurrent = anchor.type === 'current'
  const posted: number[] = []
  const deltas: number[] = []
  for (let step = 0; step < entries.length; step++) {
    const index = fromCurrent ? step : entries.length - 1 - step
    const entry = entries[index] as LedgerEntry
    if (entry.pending) continue
    if (entry.credits === null) break
    posted.push(index)
    deltas.push(fromCurrent ? -entry.credits : entry.credits)
  }
  // balanceAfter(newest posted) = current; each next one subtracts the movement before it.
  const running = fromCurrent
    ? cumulativeExact(anchor.credits, [0, ...deltas.slice(0, -1)])
    : cumulativeExact(0, deltas)
  const out = entries.slice()
  posted.forEach((index, step) => {
    out[index] = { ...(entries[index] as LedgerEntry), balanceAfter: running[step] as number }
  })
  return out
}
