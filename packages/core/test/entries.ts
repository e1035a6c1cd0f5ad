/** Ledger entries for tests of the generic layer (the sources have their own fixtures). */
import fc from 'fast-check'
import type { EntryKind, LedgerEntry } from '@usage-kit/core'
import { ledgerEntry as entry } from '@usage-kit/mocks'

export { entry }

const KINDS: EntryKind[] = ['grant', 'usage', 'adjustment', 'reversal', 'expiration']
const CATEGORIES = ['ingestion', 'retrieval', 'inference']
const BASE = Date.UTC(2026, 0, 1)

/** `count` entries with distinct ids, some sharing a timestamp (to exercise the tie-break). */
export function makeEntries(count: number, seed: number, idPrefix = 'e'): LedgerEntry[] {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[Math.floor(next() * KINDS.length)] as EntryKind
    const minute = Math.floor(next() * count * 2)
    return entry({
      id: `${idPrefix}${String(i).padStart(5, '0')}`,
      kind,
      providerType: kind,
      occurredAt: new Date(BASE + minute * 60_000).toISOString(),
      credits: kind === 'grant' || kind === 'reversal' ? 10 : -Math.round(next() * 100) / 10,
      category: CATEGORIES[Math.floor(next() * CATEGORIES.length)] ?? null,
      description: `row ${i}`,
    })
  })
}

/** Random queries over the entries `makeEntries` produces. */
export const queryArbitrary = fc.record(
  {
    kinds: fc.subarray(KINDS, { minLength: 1 }),
    from: fc.integer({ min: 0, max: 400 }).map((m) => new Date(BASE + m * 60_000).toISOString()),
    to: fc.integer({ min: 400, max: 1000 }).map((m) => new Date(BASE + m * 60_000).toISOString()),
    categories: fc.subarray(CATEGORIES, { minLength: 1 }),
    search: fc.constantFrom('row 1', 'ROW', '0000'),
  },
  { requiredKeys: [] },
)
