import type { LedgerEntry } from './model.js'

/**
 * Newest first; equal timestamps fall back to the id, descending, so the order (and with it every
 * running balance) is the same on every load. Timestamps are canonical UTC strings, so plain
 * string comparison orders them.
 */
export function compareNewestFirst(a: LedgerEntry, b: LedgerEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt < b.occurredAt ? 1 : -1
  if (a.id === b.id) return 0
  return a.id < b.id ? 1 : -1
}

/** Sorts a copy newest first (see `compareNewestFirst`). */
export function sortNewestFirst(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.slice().sort(compareNewestFirst)
}

/** Keeps the first entry for each id, in order. */
export function dedupeById(
  entries: readonly LedgerEntry[],
  seen: Set<string> = new Set(),
): LedgerEntry[] {
  const out: LedgerEntry[] = []
  for (const entry of entries) {
    if (seen.has(entry.id)) continue
    seen.add(entry.id)
    out.push(entry)
  }
  return out
}
