import { compareNewestFirst, type LedgerEntry, type ReaderPage } from '@usage-kit/core'

/**
 * All loaded pages as one list: each id once, newest first. Reader pages already come in order,
 * so sorting is needed only when a provider broke it (checked in one pass).
 */
export function flattenPages(pages: readonly ReaderPage[]): LedgerEntry[] {
  const seen = new Set<string>()
  const out: LedgerEntry[] = []
  let ordered = true
  for (const page of pages) {
    for (const entry of page.entries) {
      if (seen.has(entry.id)) continue
      seen.add(entry.id)
      const previous = out[out.length - 1]
      if (previous !== undefined && compareNewestFirst(previous, entry) > 0) ordered = false
      out.push(entry)
    }
  }
  return ordered ? out : out.sort(compareNewestFirst)
}
