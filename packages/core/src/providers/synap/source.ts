import { createProviderGet, stringAt, type ProviderErrorDetails } from '../../http.js'
import { registerCredentials } from '../../internal/credentials.js'
import { normalizeQuery, type LedgerQuery } from '../../query.js'
import type { LedgerSource, SourceOptions } from '../../source.js'
import { parseSynapBalance, parseSynapLedger } from './parse.js'

/**
 * Options for `createSynapSource`: the common ones only. Synap needs no ids in the request (the
 * ledger is the caller's wallet); its SDK's `X-Client-ID`/`X-Instance-ID` can go in `headers`.
 */
export type SynapSourceOptions = SourceOptions

/** Synap's production API. */
export const SYNAP_DEFAULT_BASE_URL = 'https://synap-cloud-prod.maximem.ai'

/** The most entries asked for per request: an assumption, as Synap documents no range for `limit`. */
const MAX_PAGE_SIZE = 1000

/**
 * FastAPI's `{ "detail": ... }`: a string (401/403/429/500), an object that may carry
 * `code`/`message` (402, 409), or a validation list `[{ loc, msg, type }]` (422).
 */
function readSynapError(body: unknown): ProviderErrorDetails {
  const detail =
    typeof body === 'object' && body !== null ? (body as { detail?: unknown }).detail : null
  if (typeof detail === 'string') return { code: null, message: detail }
  if (Array.isArray(detail)) {
    const messages: string[] = []
    for (const item of detail) {
      const msg = stringAt(item, 'msg')
      if (msg === null) continue
      const loc = (item as { loc?: unknown }).loc
      messages.push(Array.isArray(loc) && loc.length > 0 ? `${loc.join('.')}: ${msg}` : msg)
    }
    return {
      code: stringAt(detail[0], 'type'),
      message: messages.length > 0 ? messages.join('; ') : null,
    }
  }
  return { code: stringAt(detail, 'code'), message: stringAt(detail, 'message') }
}

/**
 * `entry_type` matches one label exactly, so it can stand for a query only when the query asks
 * for exactly one kind whose only label is documented: grants (`credit`) or usage (`debit`).
 * Any other kind set is filtered by the reader above this source.
 */
function entryTypeFor(query: LedgerQuery): string | undefined {
  if (query.kinds?.length !== 1) return undefined
  if (query.kinds[0] === 'grant') return 'credit'
  if (query.kinds[0] === 'usage') return 'debit'
  return undefined
}

function distinct(entries: readonly { id: string }[]): number {
  return new Set(entries.map((entry) => entry.id)).size
}

function readOffset(pageParam: unknown): number {
  if (pageParam === undefined || pageParam === null) return 0
  if (typeof pageParam !== 'number' || !Number.isSafeInteger(pageParam) || pageParam < 0) {
    throw new TypeError(
      `createSynapSource: pageParam must be a non-negative integer offset, got ${String(pageParam)}`,
    )
  }
  return pageParam
}

/**
 * Synap: `GET {baseUrl}/v1/credits/ledger?limit&offset[&entry_type][&from][&to]`, offset paging
 * with a `total` re-read on every page (it grows while new usage arrives), and
 * `GET {baseUrl}/v1/credits/balance`. Deltas may be numeric strings and `created_at` may be naive
 * (UTC). Synap also sends `X-Client-ID`/`X-Instance-ID`; pass them in `headers` if your gateway
 * needs them (the API does not require them for these reads).
 */
export function createSynapSource(options: SynapSourceOptions = {}): LedgerSource {
  const { baseUrl = SYNAP_DEFAULT_BASE_URL } = options
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('createSynapSource: `baseUrl` must be a non-empty string')
  }
  const get = createProviderGet('synap', { ...options, baseUrl }, readSynapError)
  const source: LedgerSource = {
    provider: 'synap',
    key: ['synap', baseUrl],
    capabilities: { pagination: 'offset', filters: ['from', 'to'], maxPageSize: MAX_PAGE_SIZE },
    async fetchPage({ pageSize, pageParam, query, signal }) {
      const offset = readOffset(pageParam)
      const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize)))
      // Canonical UTC 'Z' values: an offset's '+' would need encoding, and a naive value would
      // leave the time zone to the server's guess.
      const { from, to, kinds } = normalizeQuery(query)
      const page = await get('/v1/credits/ledger', parseSynapLedger, signal, {
        limit,
        offset,
        entry_type: entryTypeFor({ kinds }),
        from,
        to,
      })
      const count = page.entries.length
      // The echoes say what the server actually did (it may clamp `limit`); fall back to the
      // request where it leaves them out, as the SDK does. The offset moves by the rows this
      // page stands for, never more than the limit: a page that repeats rows (100 rows for
      // `limit=50`) covers 50 offsets, and moving by 100 would skip the 50 after it. Repeated
      // rows are de-duplicated by id above the source.
      const served = Math.min(count, page.limit ?? limit)
      const next = (page.offset ?? offset) + served
      const more =
        count > 0 && (page.total === null ? count >= (page.limit ?? limit) : next < page.total)
      return {
        entries: page.entries,
        nextPageParam: more ? next : null,
        // Never below the rows seen so far; repeated rows count once, as the reader keeps them.
        total:
          page.total === null
            ? null
            : Math.max(
                page.total,
                (page.offset ?? offset) + Math.min(distinct(page.entries), served),
              ),
      }
    },
    fetchBalance: ({ signal }) => get('/v1/credits/balance', parseSynapBalance, signal),
  }
  // The token and headers tell one customer's ledger from another's: page tokens bind to them.
  return registerCredentials(source, options)
}
