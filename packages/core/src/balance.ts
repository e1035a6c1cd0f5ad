import { cumulativeExact } from './decimal.js'
import { runInSlices, runToEnd } from './internal/slicer.js'
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
  return runToEnd(balancesStepwise(entries, anchor))
}

/**
 * `reconstructBalances` for a server reading a whole ledger: the same result, giving the event
 * loop a turn whenever a slice's time is up (copying 100,000 entries took 100-250 ms at once).
 */
export function reconstructBalancesInSlices(
  entries: readonly LedgerEntry[],
  anchor: BalanceAnchor,
  signal?: AbortSignal,
): Promise<LedgerEntry[]> {
  return runInSlices(balancesStepwise(entries, anchor), signal)
}

/** The reconstruction, pausing every 1,024 entries it copies. */
function* balancesStepwise(
  entries: readonly LedgerEntry[],
  anchor: BalanceAnchor,
): Generator<void, LedgerEntry[], undefined> {
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
    if ((step & 4095) === 4095) yield
  }
  if (fromCurrent) {
    // balanceAfter(newest posted) = current; each next one subtracts the movement before it.
    deltas.pop()
    deltas.unshift(0)
  }
  const running = cumulativeExact(fromCurrent ? anchor.credits : 0, deltas)
  yield
  const out = entries.slice()
  for (let step = 0; step < posted.length; step++) {
    const index = posted[step] as number
    out[index] = withBalance(entries[index] as LedgerEntry, running[step] as number)
    if ((step & 1023) === 1023) yield
  }
  return out
}

/**
 * `entry` with another `balanceAfter`, written field by field: cheaper than an object spread of
 * the same entry (which copied 100,000 entries in about 70 ms on its own). The type makes the
 * literal name every field of the model.
 */
function withBalance(entry: LedgerEntry, balanceAfter: number): LedgerEntry {
  return {
    id: entry.id,
    provider: entry.provider,
    kind: entry.kind,
    providerType: entry.providerType,
    pending: entry.pending,
    occurredAt: entry.occurredAt,
    credits: entry.credits,
    money: entry.money,
    balanceAfter,
    category: entry.category,
    metric: entry.metric,
    description: entry.description,
    expiresAt: entry.expiresAt,
    invoice: entry.invoice,
    grantId: entry.grantId,
    raw: entry.raw,
  }
}
