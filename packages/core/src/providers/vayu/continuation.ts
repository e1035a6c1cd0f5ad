/**
 * Vayu's `/credits` takes a `cursor`, but its documented 200 response is only `{ entries }`:
 * nothing says whether more entries exist or what the next cursor is (docs/providers/vayu.md).
 * A full page (as many entries as `limit`) is therefore not taken as the end. The source goes on
 * with an assumed cursor: the id of the page's second-to-last row, read as "the rows after this
 * one" in the ledger's ascending order. A provider that reads it that way answers with the page's
 * last row first, which proves the assumption on every request at the cost of one repeated row.
 * Any other answer (the same page again, rows already seen, an empty page, a 400) means the
 * cursor was not read as assumed, so the end cannot be established: the page says
 * `complete: false` rather than end the ledger silently.
 */
import { LedgerError } from '../../errors.js'
import type { LedgerEntry } from '../../model.js'
import type { LedgerPage } from '../../source.js'
import type { VayuLedger } from './parse.js'

/** The page param of an assumed continuation (never a string: those are the server's cursors). */
export interface VayuContinuation {
  /** Sent as `cursor`: the id of the second-to-last row of the previous page. */
  cursor: string
  /** The previous page's last row, which must come first in the answer. */
  overlap: string
}

export function isContinuation(param: unknown): param is VayuContinuation {
  if (typeof param !== 'object' || param === null) return false
  const { cursor, overlap } = param as Partial<VayuContinuation>
  return typeof cursor === 'string' && cursor !== '' && typeof overlap === 'string'
}

/** The page that says the ledger may go on, with what was read so far. */
function unknownEnd(entries: LedgerEntry[], total: number | null): LedgerPage {
  return { entries, nextPageParam: null, total, complete: false }
}

/**
 * A 400 or 404 to an assumed cursor is the provider refusing the assumption, not a failure of
 * the read. Anything else (auth, rate limit, server, network, a malformed body) is thrown as usual.
 */
export function refusedContinuation(error: unknown): LedgerPage | null {
  if (!(error instanceof LedgerError)) return null
  if (error.kind !== 'invalid_request' && error.kind !== 'not_found') return null
  return unknownEnd([], null)
}

/**
 * One response as a page: the server's own cursor when it sends one (Vayu's other lists do),
 * else the end after a short page, else an assumed continuation after a full one.
 * @param limit the `limit` sent
 * @param resumed the continuation this response answers, or null
 */
export function pageOf(
  body: VayuLedger,
  limit: number,
  resumed: VayuContinuation | null,
): LedgerPage {
  const { entries: rows, total, nextCursor, hasMore } = body
  let entries = rows
  if (resumed !== null) {
    if (rows[0]?.id !== resumed.overlap) return unknownEnd(rows, total)
    // The repeated row was delivered with the previous page.
    entries = rows.slice(1)
  }
  if (nextCursor !== null) return { entries, nextPageParam: nextCursor, total }
  if (hasMore === false || (hasMore === null && rows.length < limit)) {
    return { entries, nextPageParam: null, total }
  }
  // A full page (or `hasMore: true`) without a cursor.
  const last = rows[rows.length - 1]
  const beforeLast = rows[rows.length - 2]
  if (last === undefined || beforeLast === undefined) return unknownEnd(entries, total)
  const next: VayuContinuation = { cursor: beforeLast.id, overlap: last.id }
  return { entries, nextPageParam: next, total }
}
