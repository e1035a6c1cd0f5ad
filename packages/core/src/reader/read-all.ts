import type { LedgerEntry } from '../model.js'
import type { LedgerQuery } from '../query.js'
import type { LedgerReader, ReaderPageParam } from './types.js'

export interface ReadAllOptions {
  query?: LedgerQuery
  /**
   * Entries per reader page while reading everything.
   * @default 1000
   */
  pageSize?: number
  /**
   * The most reader pages to read before stopping with `complete: false`, so a huge paged ledger
   * cannot turn one filter change into thousands of provider requests.
   * @default 200
   */
  maxPages?: number
  signal?: AbortSignal
  /**
   * Read whole-ledger sources again rather than from the reader's cached snapshot.
   * @default true
   */
  fresh?: boolean
  /** Called after each page with the entries read so far (for progress). */
  onProgress?: (read: number) => void
}

/** Every matching entry (newest first), or as many as the page budget allowed. */
export interface ReadAllResult {
  entries: LedgerEntry[]
  /**
   * False when the budget ran out before the ledger did, or a page said the read behind it was
   * cut short by a cap (`complete: false` on a `ReaderPage`).
   */
  complete: boolean
}

/** Reads page after page until the ledger ends or the budget is spent. */
export async function readAll(
  reader: LedgerReader,
  options: ReadAllOptions = {},
): Promise<ReadAllResult> {
  const { query, pageSize = 1000, maxPages = 200, signal, fresh = true, onProgress } = options
  const entries: LedgerEntry[] = []
  // A page from a read cut by the reader's own cap (or an endpoint's) makes the set incomplete.
  let complete = true
  let pageParam: ReaderPageParam | null = null
  for (let pages = 0; pages < maxPages; pages++) {
    const page = await reader.readPage({
      pageSize,
      pageParam,
      fresh: pageParam === null && fresh,
      ...(query ? { query } : {}),
      ...(signal ? { signal } : {}),
    })
    for (const entry of page.entries) entries.push(entry)
    if (page.complete === false) complete = false
    onProgress?.(entries.length)
    if (page.nextPageParam === null) return { entries, complete }
    pageParam = page.nextPageParam
  }
  return { entries, complete: false }
}
