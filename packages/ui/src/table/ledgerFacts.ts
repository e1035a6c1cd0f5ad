import type { LedgerEntry } from '@usage-kit/core'

/** What one pass over a ledger tells the table. */
export interface LedgerFacts {
  /** The entries are newest first (the default sort needs no sorting). */
  newestFirst: boolean
  /** The ids of the grants among them: a usage row naming one can reveal it. */
  grantIds: ReadonlySet<string>
}

const factsOf = new WeakMap<readonly LedgerEntry[], LedgerFacts>()

/**
 * The facts of `entries`, remembered per array. One pass for both: reading 100,000 entries is
 * mostly waiting for memory, so a second pass for the second fact would cost nearly as much again.
 */
export function ledgerFacts(entries: readonly LedgerEntry[]): LedgerFacts {
  let facts = factsOf.get(entries)
  if (!facts) {
    let newestFirst = true
    let previous = entries[0]?.occurredAt ?? ''
    const grantIds = new Set<string>()
    for (const entry of entries) {
      if (entry.occurredAt > previous) newestFirst = false
      previous = entry.occurredAt
      if (entry.kind === 'grant') grantIds.add(entry.id)
    }
    facts = { newestFirst, grantIds }
    factsOf.set(entries, facts)
  }
  return facts
}
