import { createProviderGet, stringAt, type ProviderErrorDetails } from '../../http.js'
import { registerCredentials } from '../../internal/credentials.js'
import type { LedgerSource, SourceOptions } from '../../source.js'
import { parseMonkBalance, monkLedgerInSlices } from './parse.js'

/** Options for `createMonkSource`. */
export interface MonkSourceOptions extends SourceOptions {
  /** The contract (UUID) whose credit ledger to read. */
  contractId: string
}

/** Monk's production API. */
export const MONK_DEFAULT_BASE_URL = 'https://api.monk.com'

/** `{ "error": { "message": "...", "code": "UNAUTHORIZED" } }` */
function readMonkError(body: unknown): ProviderErrorDetails {
  const error =
    typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null
  return { code: stringAt(error, 'code'), message: stringAt(error, 'message') }
}

/**
 * Monk: `GET {baseUrl}/v1/contracts/{contractId}/credits/ledger`. The endpoint returns the whole
 * history at once (no paging, no filters), newest first, with `totalCount` (which the documented
 * example shows may differ from the rows sent; the rows are what counts).
 */
export function createMonkSource(options: MonkSourceOptions): LedgerSource {
  const { contractId, baseUrl = MONK_DEFAULT_BASE_URL } = options
  if (typeof contractId !== 'string' || contractId.trim() === '') {
    throw new TypeError('createMonkSource: `contractId` is required (the contract UUID)')
  }
  const get = createProviderGet('monk', { ...options, baseUrl }, readMonkError)
  const path = `/v1/contracts/${encodeURIComponent(contractId)}/credits`
  const source: LedgerSource = {
    provider: 'monk',
    key: ['monk', baseUrl, contractId],
    capabilities: { pagination: 'none', filters: [], maxPageSize: Number.MAX_SAFE_INTEGER },
    async fetchPage({ signal }) {
      const { entries, totalCount } = await get(`${path}/ledger`, monkLedgerInSlices, signal)
      return { entries, nextPageParam: null, total: Math.max(totalCount, entries.length) }
    },
    fetchBalance: ({ signal }) => get(`${path}/balance`, parseMonkBalance, signal),
  }
  // The token and headers tell one customer's ledger from another's: page tokens bind to them.
  return registerCredentials(source, options)
}
