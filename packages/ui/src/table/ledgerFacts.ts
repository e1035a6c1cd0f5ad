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
    // Indexed, not for…of: this loop runs once per ledger, mostly before the engine optimises it,
    // and the iterator protocol costs a cold loop about half as much again.
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as LedgerEntry
      if (entry.occurredAt > previous) newestFirst = false
      previous = entry.occurredAt
      if (entry.kind === 'grant') grantIds.add(entry.id)
    }
    facts = { newestFirst, grantIds }
    factsOf.set(entries, facts)
  }
  return facts
}
