import { LedgerError } from '../../errors.js'
import { createProviderGet, stringAt, type ProviderErrorDetails } from '../../http.js'
import { registerCredentials } from '../../internal/credentials.js'
import type { LedgerQuery } from '../../query.js'
import type { LedgerSource, SourceOptions } from '../../source.js'
import { toUtcIsoLoose } from '../../time.js'
import { parseLassoBalance, parseLassoLedger } from './parse.js'

/** Options for `createLassoSource`. */
export type LassoSourceOptions = SourceOptions

/** Lasso's production API (the documented base already includes `/api/v1`). */
export const LASSO_DEFAULT_BASE_URL = 'https://hub.banditshq.com/api/v1'

/** The documented maximum of `limit`. */
const MAX_LIMIT = 100

/** `{ "status_code": 401, "error_type": "unauthenticated", "message": "...", "request_id": "..." }` */
function readLassoError(body: unknown): ProviderErrorDetails {
  return { code: stringAt(body, 'error_type'), message: stringAt(body, 'message') }
}

/** The 1-based page to ask for; the reader passes back what `fetchPage` returned. */
function readPage(pageParam: unknown): number {
  if (pageParam === undefined) return 1
  if (typeof pageParam === 'number' && Number.isSafeInteger(pageParam) && pageParam >= 1) {
    return pageParam
  }
  // Failures are LedgerErrors everywhere, also this caller mistake (no request is made).
  throw new LedgerError({
    kind: 'invalid_request',
    provider: 'lasso',
    message: `lasso: pageParam must be a page number >= 1, got ${String(pageParam)}`,
  })
}

/** A query date as canonical UTC; queries from the reader already are, so this is a no-op then. */
function isoParam(value: string | undefined): string | undefined {
  return value === undefined ? undefined : (toUtcIsoLoose(value) ?? value)
}

/** The server-side filters: dates always, `service` only when it selects exactly one category. */
function filterParams(query: LedgerQuery): Record<string, string | undefined> {
  const categories = query.categories
  return {
    from: isoParam(query.from),
    to: isoParam(query.to),
    service: categories?.length === 1 ? categories[0] : undefined,
  }
}

/**
 * Lasso (ProductLasso / Bandits Hub): `GET {baseUrl}/credits/usage?page&limit[&from&to&service]`.
 * Pages are numbered from 1, at most 100 rows each. The next page exists while the echoed
 * `page * limit < total` and the page was not empty: the documented example sends one row with
 * `limit: 50, total: 128`, so a short page does not mean the last one.
 */
export function createLassoSource(options: LassoSourceOptions = {}): LedgerSource {
  const { baseUrl = LASSO_DEFAULT_BASE_URL } = options
  // An empty string is a valid same-origin proxy root, so only the type is checked.
  if (typeof baseUrl !== 'string') {
    throw new TypeError('createLassoSource: `baseUrl` must be a string (a URL or a proxy path)')
  }
  const get = createProviderGet('lasso', { ...options, baseUrl }, readLassoError)
  const source: LedgerSource = {
    provider: 'lasso',
    key: ['lasso', baseUrl],
    // `service` takes one value, so categories are not a filter Lasso applies for any value.
    capabilities: { pagination: 'page', filters: ['from', 'to'], maxPageSize: MAX_LIMIT },
    async fetchPage({ pageSize, pageParam, query, signal }) {
      const { entries, page, limit, total } = await get(
        '/credits/usage',
        parseLassoLedger,
        signal,
        {
          page: readPage(pageParam),
          limit: Math.min(pageSize, MAX_LIMIT),
          ...filterParams(query),
        },
      )
      // The echoed page and limit count, not the requested ones: the server may clamp `limit`.
      const more = entries.length > 0 && page * limit < total
      return { entries, nextPageParam: more ? page + 1 : null, total }
    },
    fetchBalance: ({ signal }) => get('/credits/balance', parseLassoBalance, signal),
  }
  // The token and headers tell one customer's ledger from another's: page tokens bind to them.
  return registerCredentials(source, options)
}
