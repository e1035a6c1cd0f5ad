/**
 * One whole-ledger read: every page of a source, de-duplicated, checked against the provider's
 * `total`, and, where a cap applies, the newest entries kept (issue 14, item 3).
 */
import { LedgerError } from '../errors.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst, sortNewestFirst } from '../order.js'
import type { LedgerQuery } from '../query.js'
import type { LedgerSource } from '../source.js'
import { createSlicer } from '../internal/slicer.js'
import { sameParam } from './shared.js'

/** What one whole-ledger read gathered: distinct entries, and whether it reached the end. */
export interface WholeRead {
  entries: LedgerEntry[]
  complete: boolean
}

export interface ReadLimits {
  /** The most entries the read keeps: the newest ones. */
  maxEntries: number
  maxRequests: number
}

/**
 * Full passes over a paged provider before a read that came up short of the provider's own
 * `total` fails. One is enough for any order that holds still between requests; a second is
 * read only after a short one (an order that moved once, say while the provider re-indexed).
 */
const MAX_PASSES = 2

/** How far past the cap the held set grows before it is trimmed back (the trim sorts it). */
const TRIM_SLACK = 1.25

/**
 * The newest `cap` distinct entries of everything added, in memory bounded by about 1.25 `cap`:
 * past that the set is sorted and cut back to the newest `cap`. Whatever is not newer than the
 * oldest entry kept then can never be among the newest `cap`, so it is skipped on arrival
 * (which also keeps repeats of trimmed entries out).
 */
export function createNewestHeld(cap: number) {
  let byId = new Map<string, LedgerEntry>()
  let floor: LedgerEntry | null = null
  let trimmed = false
  const limit = Math.max(cap + 1, Math.floor(cap * TRIM_SLACK))

  function trim(): void {
    if (byId.size <= cap) return
    const kept = sortNewestFirst([...byId.values()]).slice(0, cap)
    byId = new Map(kept.map((entry) => [entry.id, entry]))
    floor = kept[kept.length - 1] ?? null
    trimmed = true
  }

  return {
    add(entry: LedgerEntry): void {
      if (cap <= 0) {
        trimmed = true
        return
      }
      if (floor !== null && compareNewestFirst(entry, floor) >= 0) return
      if (byId.has(entry.id)) return
      byId.set(entry.id, entry)
      if (byId.size > limit) trim()
    },
    get size() {
      return byId.size
    },
    /** Whether entries were dropped for the cap (so far, or by `entries()`). */
    get trimmed() {
      return trimmed
    },
    /** The newest `cap` entries held. */
    entries(): LedgerEntry[] {
      trim()
      return [...byId.values()]
    },
  }
}

/**
 * Every page of the source, de-duplicated by id, following page params with loop guards, to the
 * end of the ledger. With more than `maxEntries` entries the read keeps the newest `maxEntries`
 * (whatever order the provider pages in: an oldest-first cursor like Vayu's has its newest
 * entries on its last pages) and says `complete: false`; past `maxRequests` it stops with the
 * newest of what it read, also `complete: false`.
 *
 * Paged providers are checked against their own `total`, where they report one (Synap, Lasso,
 * and Vayu's list convention; their documents define it as the number of matching entries): a
 * pass over a stable order, whatever order that is and with entries inserted anywhere meanwhile
 * (which only repeats rows), sees every entry that existed when it began, so at least as many
 * distinct ids as the smallest `total` the provider reported during the pass. Fewer means rows
 * moved between requests (an order that is not stable, or a page that skipped rows). The read
 * passes again, keeping what it has; still short, it fails with a LedgerError rather than hand
 * over a ledger with holes. (No weaker test can tell holes from a provider that merely counts
 * wrong: a pass that brings nothing new happens by chance too.) A read trimmed to its cap no
 * longer knows how many distinct entries it saw (counting them would hold every id, the memory
 * the cap bounds), so it checks the rows the pass received instead, repeats included: it still
 * catches pages that skip rows, not an order that moves while repeating others.
 */
export async function fetchAll(
  source: LedgerSource,
  query: LedgerQuery,
  limits: ReadLimits,
  signal: AbortSignal | undefined,
): Promise<WholeRead> {
  const held = createNewestHeld(limits.maxEntries)
  // Taking in a 100,000-entry page is a block of its own: give the event loop turns meanwhile.
  const slicer = createSlicer(signal)
  // One response is the whole ledger: nothing can move between requests.
  const counted = source.capabilities.pagination !== 'none'
  let requests = 0
  const cut = (): WholeRead => ({ entries: held.entries(), complete: false })
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    // Params as JSON (`sameParam`'s equality), so the loop guard stays cheap over 20,000 pages.
    const seenParams = new Set<string>()
    let pageParam: unknown = undefined
    let lowestTotal = Infinity
    let rows = 0
    for (;;) {
      if (requests >= limits.maxRequests) return cut()
      requests++
      const page = await source.fetchPage({
        pageSize: source.capabilities.maxPageSize,
        pageParam,
        query,
        signal,
      })
      if (page.total !== null) lowestTotal = Math.min(lowestTotal, page.total)
      rows += page.entries.length
      for (let i = 0; i < page.entries.length; i++) {
        held.add(page.entries[i] as LedgerEntry)
        if ((i & 1023) === 1023) await slicer.pause()
      }
      // A source over another cut read (a usage-kit endpoint) passes the cut on.
      if (page.complete === false) return cut()
      const next = page.nextPageParam
      if (next === null || page.entries.length === 0) break
      const key = JSON.stringify(next)
      if (sameParam(next, pageParam) || seenParams.has(key)) break
      seenParams.add(key)
      pageParam = next
    }
    const seen = held.trimmed ? rows : held.size
    if (!counted || lowestTotal === Infinity || seen >= lowestTotal) {
      const entries = held.entries()
      return { entries, complete: !held.trimmed }
    }
  }
  throw new LedgerError({
    kind: 'server',
    provider: source.provider,
    providerMessage:
      `the provider's pages kept moving: ${MAX_PASSES} full passes held ${held.size} ` +
      `distinct entries, fewer than the total it reported`,
  })
}
