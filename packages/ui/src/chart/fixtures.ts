/**
 * Entries for the chart's tests (never exported from the package): a running balance the tests
 * can predict, and points laid out exactly as a test wants them.
 */
import type { BalancePoint, EntryKind, LedgerEntry } from '@usage-kit/core'
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
