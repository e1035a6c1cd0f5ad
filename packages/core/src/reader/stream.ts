/**
 * Page filling for sources that declare newest-first order across pages (a usage-kit endpoint,
 * or a custom offset, page or cursor source that promises it); every other source is read whole
 * (see `createLedgerReader`). A reader page keeps requesting provider pages until it holds
 * `pageSize` matching entries, the ledger ends, or the request cap is hit. Entries not older than
 * the last one examined are skipped, so offsets shifted by new entries never show a row twice:
 * under the promised order that skip only ever drops rows already passed, never unseen ones.
 */
import { subtractExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { compareNewestFirst, dedupeById, sortNewestFirst } from '../order.js'
import { createEntryMatcher, type LedgerQuery } from '../query.js'
import type { LedgerSource } from '../source.js'
import { chainPossible, readAnchor, sameParam, serverCovers } from './shared.js'
import type { ReaderPage, StreamedParam } from './types.js'

export interface StreamSettings {
  maxRequestsPerPage: number
  balances: boolean
}

export async function readStreamedPage(
  source: LedgerSource,
  query: LedgerQuery,
  pageSize: number,
  // Any ReaderPageParam fits: a whole-ledger position streams on from its `after`.
  param: StreamedParam | null,
  signal: AbortSignal | undefined,
  settings: StreamSettings,
): Promise<ReaderPage> {
  const starting = param === null
  const matches = createEntryMatcher(query)
  const chain = settings.balances && chainPossible(source, query)
  const anchorRead = starting && chain ? readAnchor(source, signal) : Promise.resolve(null)
  // The anchor is awaited only after the first page; if that page fails (an abort, say) the
  // anchor's own rejection would otherwise go unhandled and reach the host as an uncaught error.
  anchorRead.catch(() => {})
  const requestSize = param?.limit ?? Math.min(pageSize, source.capabilities.maxPageSize)
  const trustsEmptyPages = source.capabilities.order === 'newest-first'

  let cursor = param?.source
  let after = param?.after ?? null
  let balance: number | null = param?.balance ?? null
  let total: number | null = null
  // A source over a cut read (an endpoint past its cap) says so on its pages; so do these.
  let complete = true
  const collected: LedgerEntry[] = []
  const finish = (
    entries: LedgerEntry[],
    nextPageParam: StreamedParam | null,
    total: number | null,
  ): ReaderPage => ({ entries, nextPageParam, total, ...(complete ? {} : { complete: false }) })

  for (let requests = 0; requests < settings.maxRequestsPerPage; requests++) {
    const page = await source.fetchPage({ pageSize: requestSize, pageParam: cursor, query, signal })
    if (page.complete === false) complete = false
    if (requests === 0 && starting) {
      if (serverCovers(source, query)) total = page.total
      const anchor = await anchorRead
      if (anchor?.type === 'current') balance = anchor.credits
    }
    const ordered = sortNewestFirst(dedupeById(page.entries))
    // An empty page ends a provider's walk (some send a next cursor forever); a newest-first
    // endpoint sends one when its own request budget ran out before a match, so it goes on.
    const ended =
      (page.entries.length === 0 && !trustsEmptyPages) ||
      page.nextPageParam === null ||
      sameParam(page.nextPageParam, cursor)
    for (let i = 0; i < ordered.length; i++) {
      let entry = ordered[i] as LedgerEntry
      if (after !== null && compareNewestFirst(entry, after as LedgerEntry) <= 0) continue
      if (chain) {
        const next = nextBalance(entry, balance)
        if (entry.balanceAfter === null && !entry.pending && balance !== null) {
          entry = { ...entry, balanceAfter: balance }
        }
        balance = next
      }
      after = { occurredAt: entry.occurredAt, id: entry.id }
      if (matches(entry)) collected.push(entry)
      if (collected.length === pageSize) {
        const last = i === ordered.length - 1
        const nextParam = last ? (ended ? null : page.nextPageParam) : cursor
        return finish(
          collected,
          nextParam === null ? null : { source: nextParam, after, balance, limit: requestSize },
          total,
        )
      }
    }
    if (ended) return finish(collected, null, total ?? (starting ? collected.length : null))
    cursor = page.nextPageParam
  }
  // Request cap reached: a short page, and the walk goes on from here.
  return finish(
    collected,
    { source: cursor, ...(after ? { after } : {}), balance, limit: requestSize },
    total,
  )
}

/** The balance after the entry older than this one, or null once the chain is broken. */
function nextBalance(entry: LedgerEntry, balance: number | null): number | null {
  if (entry.pending) return balance
  if (entry.balanceAfter !== null)
    return entry.credits === null ? null : subtractExact(entry.balanceAfter, entry.credits)
  if (balance === null || entry.credits === null) return null
  return subtractExact(balance, entry.credits)
}
