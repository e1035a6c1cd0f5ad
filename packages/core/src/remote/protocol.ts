/**
 * The wire format between `createRemoteSource` (browser) and `createLedgerHandler` (server): one
 * place for the parameter names, their encoding and the JSON bodies, so the two cannot drift.
 */
import type { LedgerErrorKind } from '../errors.js'
import type { LedgerEntry } from '../model.js'
import type { LedgerQuery } from '../query.js'

/** Every query parameter the ledger route accepts; anything else is refused with a 400. */
export const LEDGER_PARAMETERS = [
  'pageSize',
  'pageParam',
  'kinds',
  'from',
  'to',
  'categories',
  'q',
] as const

export type LedgerParameter = (typeof LEDGER_PARAMETERS)[number]

/** The last path segment of the balance route (`<mount>/balance`). */
export const BALANCE_SEGMENT = 'balance'

/** `GET <mount>`: one reader page. */
export interface LedgerResponseBody {
  entries: LedgerEntry[]
  /** An opaque, signed token for the next page; null at the end. */
  nextPageParam: string | null
  /** Entries matching the whole query, where known. */
  total: number | null
  /**
   * `false` when the ledger is larger than the endpoint's cap and only part of it is served
   * (`total` then counts that part); absent otherwise.
   */
  complete?: false
}

/** Every failure, with the same four fields whatever went wrong. */
export interface ErrorResponseBody {
  error: {
    kind: LedgerErrorKind
    /** A fixed sentence per failure; never the provider's own text. */
    message: string
    /** For a refused parameter: its name. */
    parameter: string | null
    /** For `rate_limited`: how long to wait, as also sent in `Retry-After`. */
    retryAfterMs: number | null
  }
}

/**
 * The query string of a ledger request (without `?`). Kinds never contain commas; categories
 * may, so each is percent-encoded (a comma becomes `%2C`) before they are joined with commas, the
 * same convention as the hooks' URL binding.
 */
export function encodeLedgerSearch(request: {
  query: LedgerQuery
  pageSize: number
  pageParam?: string | undefined
}): string {
  const { query, pageSize, pageParam } = request
  const parts = [`pageSize=${pageSize}`]
  if (pageParam !== undefined) parts.push(`pageParam=${encode(pageParam)}`)
  if (query.kinds?.length) parts.push(`kinds=${query.kinds.join(',')}`)
  if (query.from) parts.push(`from=${encode(query.from)}`)
  if (query.to) parts.push(`to=${encode(query.to)}`)
  if (query.categories?.length) parts.push(`categories=${query.categories.map(encode).join(',')}`)
  if (query.search) parts.push(`q=${encode(query.search)}`)
  return parts.join('&')
}

/** encodeURIComponent, which throws on a lone surrogate (half a pasted emoji): that becomes U+FFFD. */
function encode(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD',
    ),
  )
}
