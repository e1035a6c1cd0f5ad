import { createProviderGet, stringAt, type ProviderErrorDetails } from '../../http.js'
import { registerCredentials } from '../../internal/credentials.js'
import type { LedgerSource, SourceOptions } from '../../source.js'
import { isContinuation, pageOf, refusedContinuation } from './continuation.js'
import { parseVayuLedger } from './parse.js'

/** Options for `createVayuSource`. */
export interface VayuSourceOptions extends SourceOptions {
  /**
   * The Vayu customer (24 hex characters, a Mongo ObjectId) whose ledger to read. Resolve your own
   * id with Vayu's `GET /customers/externalId/{externalId}` first.
   */
  customerId: string
}

/** Vayu's production API. */
export const VAYU_DEFAULT_BASE_URL = 'https://connect.withvayu.com'

/** The documented maximum of `limit`. */
const MAX_LIMIT = 1000
/** A continuation needs a page's last two rows (continuation.ts), so no page asks for fewer. */
const MIN_LIMIT = 2
const CUSTOMER_ID = /^[0-9a-fA-F]{24}$/

/**
 * `{ type, code, message, param?, params?: [{ param, message }] }`. The failing parameter names
 * are appended to the message, since the code alone (`parameter_invalid`) does not say which;
 * with no message at all they make one.
 */
function readVayuError(body: unknown): ProviderErrorDetails {
  const message = stringAt(body, 'message')?.trim() || null
  const params =
    typeof body === 'object' && body !== null ? (body as { params?: unknown }).params : null
  const names: string[] = []
  const param = stringAt(body, 'param')
  if (param) names.push(param)
  if (Array.isArray(params)) {
    for (const item of params) {
      const name = stringAt(item, 'param')
      if (name && !names.includes(name)) names.push(name)
    }
  }
  const list = names.join(', ')
  let text = message
  if (names.length > 0) {
    text =
      message !== null
        ? `${message} (param: ${list})`
        : `invalid parameter${names.length > 1 ? 's' : ''}: ${list}`
  }
  return { code: stringAt(body, 'code'), message: text }
}

/** `limit` within the documented 1..1000 (Vayu rejects 0, fractions and anything above 1000). */
function limitFor(pageSize: number): number {
  if (!Number.isFinite(pageSize)) return MAX_LIMIT
  return Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, Math.floor(pageSize)))
}

/**
 * Vayu: `GET {baseUrl}/credits?customerId=&limit=&cursor=`. `limit` is always sent, because the
 * server's default of 10 would silently cut the ledger short. The documented response has only
 * `entries`: a `nextCursor` (like every other Vayu list returns) is followed when present; without
 * one, a short page is the end and a full page goes on with an assumed cursor that checks itself,
 * or says `complete: false` where the end cannot be established (continuation.ts). Vayu filters
 * nothing server-side. Balances come on every row (`balanceAfterEntry`); there is no documented
 * balance endpoint.
 */
export function createVayuSource(options: VayuSourceOptions): LedgerSource {
  const { customerId, baseUrl = VAYU_DEFAULT_BASE_URL } = options
  if (typeof customerId !== 'string' || !CUSTOMER_ID.test(customerId)) {
    throw new TypeError(
      `createVayuSource: \`customerId\` must be the Vayu customer id (24 hex characters), got ${JSON.stringify(customerId)}`,
    )
  }
  const get = createProviderGet('vayu', { ...options, baseUrl }, readVayuError)
  const source: LedgerSource = {
    provider: 'vayu',
    key: ['vayu', baseUrl, customerId],
    capabilities: { pagination: 'cursor', filters: [], maxPageSize: MAX_LIMIT },
    async fetchPage({ pageSize, pageParam, signal }) {
      const resumed = isContinuation(pageParam) ? pageParam : null
      // A continuation repeats one row, so it asks for one more to bring `pageSize` new ones.
      const limit = limitFor(resumed === null ? pageSize : pageSize + 1)
      const cursor =
        resumed !== null
          ? resumed.cursor
          : typeof pageParam === 'string' && pageParam !== ''
            ? pageParam
            : undefined
      try {
        const body = await get('/credits', parseVayuLedger, signal, { customerId, limit, cursor })
        return pageOf(body, limit, resumed)
      } catch (error) {
        const refused = resumed === null ? null : refusedContinuation(error)
        if (refused === null) throw error
        return refused
      }
    },
  }
  return registerCredentials(source, options)
}
