import { ENTRY_KINDS, type LedgerEntry } from '@usage-kit/core'
import type { LedgerSort } from '../columns.js'
import { ledgerFacts, type LedgerFacts } from './ledgerFacts.js'
import { numericOrder } from './numericOrder.js'

/**
 * The display order of a ledger as positions into `entries`, or null when the entries are in that
 * order already. Sorting an index array (never the entries, never table-core rows) keeps a
 * 100,000-row sort to one native sort over numeric keys (dates as times, text as collated ranks):
 * no row objects, no comparator calls, no locale compares.
 *
 * Ties keep the entries' own order (core hands them over newest first with a stable tie-break),
 * and empty values sort last in both directions, so a column of mostly blanks never opens on them.
 * `facts` are the entries' own when the caller has them (the table does), read afresh otherwise.
 */
export function sortLedgerOrder(
  entries: readonly LedgerEntry[],
  sort: LedgerSort | undefined,
  locale?: string,
  facts?: LedgerFacts,
): Uint32Array | null {
  // The usual case, checked before any key is built: a ledger handed over newest first (as core
  // orders it) shown newest first. No key array, no sort.
  if (!sort) return null
  if (sort.id === 'date' && sort.desc && (facts ?? ledgerFacts(entries)).newestFirst) return null
  const keys = sortKeys(entries, sort.id, locale)
  return keys && numericOrder(keys, sort.desc)
}

/** A number per entry that orders like the column (NaN for an empty value); null if unsortable. */
function sortKeys(
  entries: readonly LedgerEntry[],
  column: LedgerSort['id'],
  locale: string | undefined,
): Float64Array | null {
  const keys = (key: (entry: LedgerEntry) => number | null) => {
    const out = new Float64Array(entries.length)
    for (let i = 0; i < entries.length; i++) out[i] = key(entries[i] as LedgerEntry) ?? NaN
    return out
  }
  // Dates are core's ISO-8601 UTC timestamps.
  const time = (iso: string | null) => (iso === null ? null : Date.parse(iso))
  switch (column) {
    case 'date':
      return keys((entry) => time(entry.occurredAt))
    case 'expires':
      return keys((entry) => time(entry.expiresAt))
    case 'amount':
      // One ledger has one provider, so credits or money minor units is one unit per table.
      return keys((entry) => entry.credits ?? entry.money?.amountMinor ?? null)
    case 'balance':
      return keys((entry) => entry.balanceAfter)
    case 'type':
      return keys((entry) => ENTRY_KINDS.indexOf(entry.kind) * 2 + (entry.pending ? 1 : 0))
    case 'description':
      return textRanks(entries, locale)
    default:
      return null
  }
}

/**
 * Descriptions as ranks: the distinct texts are collated once (locale-aware, numeric), then every
 * entry gets its text's rank, so the big sort compares numbers instead of calling the collator.
 */
function textRanks(entries: readonly LedgerEntry[], locale: string | undefined): Float64Array {
  const ranks = new Map<string, number>()
  for (const entry of entries) if (entry.description !== null) ranks.set(entry.description, 0)
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' })
  const sorted = [...ranks.keys()].sort(collator.compare)
  sorted.forEach((text, rank) => ranks.set(text, rank))
  return Float64Array.from(entries, (entry) =>
    entry.description === null ? NaN : (ranks.get(entry.description) as number),
  )
}
