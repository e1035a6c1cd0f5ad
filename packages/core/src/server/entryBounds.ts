/**
 * The entries the endpoint serves, shaped before the reader sees them: the provider's record
 * reduced to its projection (`rawProjection.ts`) and every free text cut to `maxTextLength`.
 * Shaping the source's pages rather than the response keeps the two sides in agreement (the
 * endpoint filters and searches the same text the browser's reader re-checks) and keeps the
 * endpoint's cached ledger as small as what it sends.
 */
import type { LedgerEntry } from '../model.js'
import type { LedgerSource } from '../source.js'
import { mapInSlices } from '../internal/slicer.js'
import { truncateText } from './boundedJson.js'
import { projectRaw, type RawProjection } from './rawProjection.js'

export interface EntryBounds {
  raw: RawProjection
  maxTextLength: number
}

/**
 * `entry` with its texts bounded and `raw` projected. `id`, `grantId` (an id) and `occurredAt`
 * are kept whole: the browser's reader orders and de-duplicates by them, and a cut id could make
 * two entries one. Provider parsers give canonical timestamps; ids are bounded only by the
 * provider.
 */
export function boundEntry(entry: LedgerEntry, bounds: EntryBounds): LedgerEntry {
  const max = bounds.maxTextLength
  const text = (value: string | null): string | null =>
    value === null ? null : truncateText(value, max)
  const { invoice, money } = entry
  return {
    ...entry,
    providerType: truncateText(entry.providerType, max),
    category: text(entry.category),
    metric: text(entry.metric),
    description: text(entry.description),
    expiresAt: text(entry.expiresAt),
    money: money === null ? null : { ...money, currency: truncateText(money.currency, max) },
    // A link cut short would lead somewhere else: one longer than the bound is left out.
    invoice:
      invoice === null
        ? null
        : {
            id: text(invoice.id),
            url: invoice.url !== null && invoice.url.length <= max ? invoice.url : null,
          },
    raw: projectRaw(entry, bounds.raw, max),
  }
}

/**
 * `source` with every page's entries bounded. Its key says how, so a cache shared by sources
 * (keyed by `key`) never hands one endpoint's shaping to another; with a function projection
 * there is no key, and such a cache goes by object identity.
 */
export function boundedSource(source: LedgerSource, bounds: EntryBounds): LedgerSource {
  const shaped: LedgerSource = {
    provider: source.provider,
    capabilities: source.capabilities,
    async fetchPage(request) {
      const page = await source.fetchPage(request)
      // A whole-ledger page holds 100,000 entries or more: shaping them at once held the event
      // loop for hundreds of milliseconds, so the work is sliced like the parse before it.
      const entries = await mapInSlices(
        page.entries,
        (entry) => boundEntry(entry, bounds),
        request.signal,
      )
      return { ...page, entries }
    },
  }
  if (typeof bounds.raw !== 'function') {
    const key = source.key ?? [source.provider]
    shaped.key = [...key, `raw=${bounds.raw}`, `text=${bounds.maxTextLength}`]
  }
  if (source.fetchBalance) shaped.fetchBalance = source.fetchBalance.bind(source)
  return shaped
}
