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
  const balances =
    anchor.type === 'current' ? fromCurrent(entries, anchor.credits) : fromOrigin(entries)
  return entries.map((entry, index) =>
    balances[index] === null ? entry : { ...entry, balanceAfter: balances[index] as number },
  )
}

/** Walks back from the current balance: each older balance is the newer one minus its movement. */
function fromCurrent(entries: readonly LedgerEntry[], current: number): (number | null)[] {
  const out = new Array<number | null>(entries.length).fill(null)
  const posted: number[] = []
  const deltas: number[] = []
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as LedgerEntry
    if (entry.pending) continue
    if (entry.credits === null) break
    posted.push(i)
    deltas.push(-entry.credits)
  }
  // balanceAfter(newest posted) = current; each next one subtracts the movement before it.
  const running = cumulativeExact(current, [0, ...deltas.slice(0, -1)])
  posted.forEach((index, k) => {
    out[index] = running[k] as number
  })
  return out
}

/** Adds up from zero, oldest first. */
function fromOrigin(entries: readonly LedgerEntry[]): (number | null)[] {
  const out = new Array<number | null>(entries.length).fill(null)
  const posted: number[] = []
  const deltas: number[] = []
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i] as LedgerEntry
    if (entry.pending) continue
    if (entry.credits === null) break
    posted.push(i)
    deltas.push(entry.credits)
  }
  const running = cumulativeExact(0, deltas)
  posted.forEach((index, k) => {
    out[index] = running[k] as number
  })
  return out
}
