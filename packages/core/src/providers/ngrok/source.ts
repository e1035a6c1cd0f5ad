import { registerCredentials } from '../../internal/credentials.js'
import { createProviderGet, stringAt, type ProviderErrorDetails } from '../../http.js'
import type { LedgerSource, SourceOptions } from '../../source.js'
import { parseNgrokBalance, ngrokLedgerInSlices } from './parse.js'

/**
 * Options for `createNgrokSource`: the common source options. The token is an AI Gateway API key
 * (created on the app.ngrok.ai settings page), sent as `Authorization: Bearer <key>`.
 */
export type NgrokSourceOptions = SourceOptions

/** ngrok AI Gateway's production API. */
export const NGROK_DEFAULT_BASE_URL = 'https://api.ngrok.ai'

/** `{ "errorCode"?: "ERR_NGROK_226", "statusCode": 429, "msg": "...", "details": {} }` */
function readNgrokError(body: unknown): ProviderErrorDetails {
  return { code: stringAt(body, 'errorCode'), message: stringAt(body, 'msg') }
}

/**
 * ngrok AI Gateway: `GET {baseUrl}/credits/transactions`. The endpoint takes no parameters at all
 * (no filters, no paging) and returns the whole history, newest first, so one request is the
 * whole ledger and every filter is applied client-side. `GET {baseUrl}/credits/balance` is the
 * balance anchor (eventually consistent with the ledger, so the two need not reconcile).
 * ngrok's credit is a US dollar (its amounts are cents): credits are `cents / 100`, money the cents,
 * and the UI shows the figure once, as money (`creditUnitOf('ngrok')` is `'currency'`).
 */
export function createNgrokSource(options: NgrokSourceOptions = {}): LedgerSource {
  const { baseUrl = NGROK_DEFAULT_BASE_URL } = options
  if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
    throw new TypeError('createNgrokSource: `baseUrl` must be a non-empty URL or path when given')
  }
  const get = createProviderGet('ngrok', { ...options, baseUrl }, readNgrokError)
  const source: LedgerSource = {
    provider: 'ngrok',
    key: ['ngrok', baseUrl],
    capabilities: { pagination: 'none', filters: [], maxPageSize: Number.MAX_SAFE_INTEGER },
    async fetchPage({ signal }) {
      const entries = await get('/credits/transactions', ngrokLedgerInSlices, signal)
      return { entries, nextPageParam: null, total: entries.length }
    },
    fetchBalance: ({ signal }) => get('/credits/balance', parseNgrokBalance, signal),
  }
  // ngrok serves the caller's own ledger: only the key tells two customers apart.
  return registerCredentials(source, options)
}
