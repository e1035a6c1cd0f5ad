/**
 * Keeps a page token's size independent of the provider's ids. A whole-ledger page param is a
 * position, `{ after: { occurredAt, id } }`, and ids can be thousands of characters long. A long
 * id cannot be replaced by a shorter string that sorts the same against every other id, so the
 * token carries the id's first characters and a SHA-256 digest instead, and the handler finds
 * the id again when the token comes back: among the entries of the same instant whose ids begin
 * with those characters (ids sort newest first, so they stand together), the one with that
 * digest. The reader then gets the exact position it issued.
 */
import { isWholeLedgerParam } from '../reader/page-param.js'
import type { ReaderPage, ReaderPageParam } from '../reader/types.js'
import { subtle } from './token.js'

/** Ids up to this length travel in the token as they are. */
export const MAX_INLINE_ID_LENGTH = 64

/** Entries read per step while finding a long id again. */
const SCAN_PAGE_SIZE = 500
/** Against a reader that never ends a scan: 5,000,000 entries of one instant. */
const MAX_SCAN_PAGES = 10_000

/** A position whose id was too long to carry: its instant, first characters and digest. */
export interface LongIdPosition {
  occurredAt: string
  prefix: string
  digest: string
}

/** What a token carries: a page param, or a position that needs its id found again. */
export type TokenContent = { param: ReaderPageParam } | { position: LongIdPosition }

/** The token content for `param`: as it is, unless it is a position with a long id. */
export async function toTokenContent(param: ReaderPageParam): Promise<TokenContent> {
  // Only a whole-ledger position is shortened; a streamed param (cursor, offset) goes as it is.
  if (!isWholeLedgerParam(param)) return { param }
  const { after } = param
  if (after.id.length <= MAX_INLINE_ID_LENGTH) return { param }
  return {
    position: {
      occurredAt: after.occurredAt,
      prefix: after.id.slice(0, MAX_INLINE_ID_LENGTH),
      digest: await digestOf(after.id),
    },
  }
}

/**
 * The page param back from a token's content; null when a long id is no longer in the ledger
 * (`read` reads the same query's pages from a position, as the handler's reader does).
 */
export async function fromTokenContent(
  content: TokenContent,
  read: (pageParam: ReaderPageParam, pageSize: number) => Promise<ReaderPage>,
): Promise<ReaderPageParam | null> {
  if ('param' in content) return content.param
  const { occurredAt, prefix, digest } = content.position
  // Start just above every id that begins with `prefix` (its successor), so the scan
  // begins with them; with no successor (a prefix of U+FFFF only), above every id of the instant.
  const upper = successor(prefix)
  let param: ReaderPageParam | null = {
    after:
      upper === null ? { occurredAt: `${occurredAt}\u0000`, id: '' } : { occurredAt, id: upper },
  }
  for (let pages = 0; param !== null && pages < MAX_SCAN_PAGES; pages++) {
    const page = await read(param, SCAN_PAGE_SIZE)
    for (const entry of page.entries) {
      // Past the instant, or past the ids that begin with `prefix`: the id is gone.
      if (entry.occurredAt !== occurredAt || entry.id < prefix) return null
      if (
        entry.id.length > MAX_INLINE_ID_LENGTH &&
        entry.id.startsWith(prefix) &&
        (await digestOf(entry.id)) === digest
      ) {
        return { after: { occurredAt, id: entry.id } }
      }
    }
    param = page.nextPageParam
  }
  return null
}

/** The shortest string above every string that begins with `prefix`, or null if none is. */
function successor(prefix: string): string | null {
  let end = prefix.length
  while (end > 0 && prefix.charCodeAt(end - 1) === 0xffff) end--
  if (end === 0) return null
  return prefix.slice(0, end - 1) + String.fromCharCode(prefix.charCodeAt(end - 1) + 1)
}

/** SHA-256 over the id's UTF-16 code units (not UTF-8, which would merge lone surrogates). */
async function digestOf(id: string): Promise<string> {
  const units = new Uint16Array(id.length)
  for (let i = 0; i < id.length; i++) units[i] = id.charCodeAt(i)
  const hash = new Uint8Array(await subtle().digest('SHA-256', units))
  let hex = ''
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0')
  return hex
}
