/**
 * Occurrence suffixes for one ngrok response. ngrok items have no ids, so `parse.ts` derives them
 * from their content; a repeated id (two identical purchases, a period sent twice) gets `#2`,
 * `#3`... in response (newest-first) order, the first keeping none.
 *
 * Almost every item is an invoice, and a Map of 100,000 fresh id strings would cost a third of
 * the body's `JSON.parse`. ngrok sends newest first, so `parse.ts` checks periods by order and
 * comes here only for a period that is not older than the one before it. Credits are counted by
 * their numeric hash, so no id string is hashed per row.
 */
import type { LedgerEntry } from '../../model.js'
import { hex53 } from './hash.js'

const CREDITS_PREFIX = 'ngrok:credits:'

export class ResponseIds {
  private readonly counts = new Map<string, number>()
  /** Occurrences of each credits hash; the id is a function of the hash, so this counts ids. */
  private readonly creditCounts = new Map<number, number>()
  /** Provider types whose earlier ids have been copied into `counts`. */
  private readonly indexed = new Set<string>()

  /** `id`, or `id#n` when it is the n-th occurrence in this response. */
  claim(id: string): string {
    const count = this.counts.get(id)
    this.counts.set(id, (count ?? 0) + 1)
    return count === undefined ? id : `${id}#${count + 1}`
  }

  /** `ngrok:credits:<hash>`, or `...#n` for the n-th credits item with that hash. */
  claimCredits(hash: number): string {
    const count = this.creditCounts.get(hash)
    this.creditCounts.set(hash, (count ?? 0) + 1)
    const id = CREDITS_PREFIX + hex53(hash)
    return count === undefined ? id : `${id}#${count + 1}`
  }

  /**
   * `claim` for a period id that arrived out of order: the first time for a provider type, every
   * id of that type given so far (`entries[0..count)`, all unique by order) is counted first.
   */
  claimRepeat(
    id: string,
    entries: readonly LedgerEntry[],
    count: number,
    providerType: string,
  ): string {
    if (!this.indexed.has(providerType)) {
      this.indexed.add(providerType)
      for (let i = 0; i < count; i++) {
        const entry = entries[i] as LedgerEntry
        if (entry.providerType === providerType) this.counts.set(entry.id, 1)
      }
    }
    return this.claim(id)
  }
}
