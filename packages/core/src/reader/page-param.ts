/**
 * Where the next reader page starts, one type per reading strategy (see README.md):
 *
 * - `WholeLedgerParam`, for sources read whole (every source that does not promise newest-first
 *   pages): a position in the cached, newest-first ledger, nothing else.
 * - `StreamedParam`, for sources streamed page by page (newest-first, a usage-kit endpoint): the
 *   provider's own param plus what the walk carries across provider pages.
 *
 * A union by shape, not by a runtime tag: a param is plain JSON that react-query keeps and the
 * server seals into its page tokens (`server/token.ts`), and `server/position.ts` recognises a
 * whole-ledger position as an object whose only key is `after`. A `kind` field would change that
 * wire shape, so tokens sealed before an upgrade (which carry no tag) would stop opening as what
 * they are. The shapes tell the strategies apart instead: a whole-ledger param holds `after` and
 * nothing else; a streamed one always carries `limit` and `balance` (see `isWholeLedgerParam`).
 */

/** An entry's place in the newest-first order (ties by id). */
export interface LedgerPosition {
  occurredAt: string
  id: string
}

/** The next page of a whole-ledger read: the entries older than `after`. */
export interface WholeLedgerParam {
  /** The last entry of the page before; the next page starts just below it. */
  after: LedgerPosition
  // Declared absent, so the union cannot take a param that mixes the two strategies.
  source?: never
  limit?: never
  balance?: never
}

/** The next page of a streamed walk over a source that pages newest first. */
export interface StreamedParam {
  /** The source's own page param to request next (offset, page number or cursor). */
  source?: unknown
  /**
   * The last entry already examined. The next page holds only entries older than it, which is
   * what keeps a walk free of duplicates when new entries shift offsets while it pages.
   */
  after?: LedgerPosition
  /** The provider page size of this walk: page numbers only mean something for one size. */
  limit?: number
  /** The running balance after the next entry to examine, where a balance chain is known. */
  balance?: number | null
}

/**
 * Where the next reader page starts. Plain JSON, so it can sit in a react-query cache, and
 * idempotent: reading the same param twice gives the same page. Either strategy's param reads as
 * the other's fields (`after`, then `source`, `limit` and `balance` as absent), so code that only
 * passes params back, or reads `after`, need not narrow.
 */
export type ReaderPageParam = WholeLedgerParam | StreamedParam

/** True for a whole-ledger position: `after` and no other key (what a page token may shorten). */
export function isWholeLedgerParam(param: ReaderPageParam): param is WholeLedgerParam {
  return Boolean(param.after) && Object.keys(param).every((key) => key === 'after')
}

/** The param that starts a whole-ledger page just below `entry`. */
export function wholeLedgerParam(entry: LedgerPosition): WholeLedgerParam {
  return { after: { occurredAt: entry.occurredAt, id: entry.id } }
}
