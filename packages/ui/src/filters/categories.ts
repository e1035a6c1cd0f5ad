import type { LedgerEntry } from '@usage-kit/core'

/** Inputs for `categoryChoices`. */
export interface CategoryChoiceInput {
  /** The host's own list, shown in its order. Wins over `entries`. */
  categories?: readonly string[] | undefined
  /** Entries to collect distinct categories from, when there is no list. */
  entries?: readonly LedgerEntry[] | undefined
  /** What the query filters by now; always offered, so the select can show it. */
  selected?: readonly string[] | undefined
  /** Sorts the collected categories the way the reader's language does. */
  locale: string
}

/**
 * The categories a select offers. Blank ones are left out: the query trims categories, so a blank
 * one could never be chosen. A selected category missing from the data (from the URL, or from a
 * page that is not loaded) is kept, so the select never claims "all" while the ledger is filtered.
 */
export function categoryChoices({
  categories,
  entries,
  selected = [],
  locale,
}: CategoryChoiceInput): string[] {
  const seen = new Set<string>()
  const add = (category: string | null) => {
    if (category !== null && category.trim() !== '') seen.add(category)
  }
  if (categories) {
    categories.forEach(add)
  } else {
    // One pass over what may be 100,000 entries; the Set keeps it linear.
    for (const entry of entries ?? []) add(entry.category)
  }
  const base = [...seen]
  if (!categories) base.sort(new Intl.Collator(locale).compare)
  const missing = selected.filter((category) => !seen.has(category))
  return [...base, ...missing]
}
