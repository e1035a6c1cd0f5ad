import type { LedgerEntry } from '@usage-kit/core'

/** What one pass over a ledger tells the table. */
export interface LedgerFacts {
  /** The entries are newest first (the default sort needs no sorting); false when unknown. */
  newestFirst: boolean
  /** The grants among them, id to position: a usage row naming one can reveal it. */
  grants: ReadonlyMap<string, number>
}

/**
 * The facts of `entries`, worked out afresh: the table keeps them with its order (see
 * `useLedgerOrder`), so nothing is remembered here. One pass for both: reading 100,000 entries is
 * mostly waiting for memory, so a second pass for the second fact would cost nearly as much again.
 */
export function ledgerFacts(entries: readonly LedgerEntry[]): LedgerFacts {
  let newestFirst = true
  let previous = entries[0]?.occurredAt ?? ''
  const grants = new Map<string, number>()
  // Indexed, not for…of: this loop runs once per ledger, mostly before the engine optimises it,
  // and the iterator protocol costs a cold loop about half as much again.
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as LedgerEntry
    if (entry.occurredAt > previous) newestFirst = false
    previous = entry.occurredAt
    if (entry.kind === 'grant') grants.set(entry.id, i)
  }
  return { newestFirst, grants }
}

/**
 * The facts of a ledger that is one with `known` facts with some entries left out (`positions`
 * into it, ascending): the grants that stayed, found by binary search among the few grants rather
 * than by another pass over every entry.
 */
export function narrowFacts(known: LedgerFacts, positions: Int32Array): LedgerFacts {
  const grants = new Map<string, number>()
  for (const [id, position] of known.grants) {
    const index = indexOf(positions, position)
    if (index >= 0) grants.set(id, index)
  }
  // Fewer of entries that were newest first are newest first still; otherwise it is not known.
  return { newestFirst: known.newestFirst, grants }
}

function indexOf(ascending: Int32Array, value: number): number {
  let low = 0
  let high = ascending.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const at = ascending[middle] as number
    if (at === value) return middle
    if (at < value) low = middle + 1
    else high = middle - 1
  }
  return -1
}
