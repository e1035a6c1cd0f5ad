import {
  errorKindForStatus,
  LedgerError,
  parseRetryAfter,
  type LedgerErrorKind,
} from '../errors.js'
import { getJson } from '../http.js'
import { parseBody } from '../internal/validate.js'
import type { LedgerSource, SourceHeaders } from '../source.js'
import { BALANCE_SEGMENT, encodeLedgerSearch } from './protocol.js'
import { parseBalanceBody, parseLedgerBody } from './validate.js'

/** Options for `createRemoteSource`. */
export interface RemoteSourceOptions {
  /**
   * Where `createLedgerHandler` is mounted, absolute or relative to the page
   * (`'/api/ledger'`). Without a query string: the endpoint accepts only its own parameters.
   */
  url: string
  /**
   * Extra headers for every request (a CSRF token, your own bearer token): an object, or a
   * function returning one, called per request. Cookies go as `fetch` sends them by default.
   * @default {}
   */
  headers?: SourceHeaders
  /**
   * The fetch implementation.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
  /**
   * The largest page to ask for in one request; keep it at most the handler's `maxPageSize`.
   * @default 200
   */
  maxPageSize?: number
  /**
   * Read `<url>/balance` for the current balance. Turn off for a source without a balance
   * endpoint, to save the request that would answer 404.
   * @default true
   */
  balance?: boolean
}

const KINDS: readonly LedgerErrorKind[] = [
  'auth',
  'forbidden',
  'not_found',
  'rate_limited',
  'invalid_request',
  'server',
  'network',
  'malformed',
  'aborted',
]

/**
 * A source over a usage-kit endpoint (`createLedgerHandler` from `@usage-kit/core/server`): the
 * browser holds no provider key, and the server filters, fills, de-duplicates and orders. Its
 * pages come newest first, so the reader streams them rather than reading the whole ledger first.
 * Failures arrive as the same `LedgerError` kinds, with `provider: 'remote'`.
 */
export function createRemoteSource(options: RemoteSourceOptions): LedgerSource {
  const { url, maxPageSize = 200, balance = true } = options
  if (typeof url !== 'string' || url.trim() === '' || /[?#]/.test(url)) {
    throw new TypeError(
      `createRemoteSource: \`url\` must be the endpoint's URL without a query string, got ${JSON.stringify(url)}`,
    )
  }
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1) {
    throw new RangeError('createRemoteSource: `maxPageSize` must be a positive whole number')
  }
  const balanceUrl = `${url.replace(/\/+$/, '')}/${BALANCE_SEGMENT}`
  const get = async <T>(
    target: string,
    parse: (body: unknown) => T,
    signal: AbortSignal | undefined,
  ): Promise<T> =>
    parseBody('remote', await getJson('remote', target, options, signal, remoteError), parse)

  const source: LedgerSource = {
    provider: 'remote',
    key: ['remote', url],
    capabilities: {
      pagination: 'cursor',
      filters: ['kinds', 'from', 'to', 'categories', 'search'],
      maxPageSize,
      order: 'newest-first',
    },
    async fetchPage({ pageSize, pageParam, query, signal }) {
      const search = encodeLedgerSearch({
        query,
        pageSize: Math.max(1, Math.min(maxPageSize, Math.floor(pageSize))),
        pageParam: typeof pageParam === 'string' ? pageParam : undefined,
      })
      return get(`${url}?${search}`, parseLedgerBody, signal)
    },
  }
  if (balance) {
    source.fetchBalance = ({ signal }) => get(balanceUrl, parseBalanceBody, signal)
  }
  return source
}

/**
 * The endpoint's error body (`{ error: { kind, message, parameter, retryAfterMs } }`) as a
 * LedgerError; a body from something else (a proxy's HTML page, the host's own 401) falls back
 * to the status.
 */
function remoteError(response: Response, text: string): LedgerError {
  let detail: Record<string, unknown> = {}
  try {
    const body = JSON.parse(text) as unknown
    const error =
      typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null
    if (typeof error === 'object' && error !== null) detail = error as Record<string, unknown>
  } catch {
    // Not JSON: the status says what happened.
  }
  const kind =
    typeof detail.kind === 'string' && (KINDS as readonly string[]).includes(detail.kind)
      ? (detail.kind as LedgerErrorKind)
      : errorKindForStatus(response.status)
  const retryAfterMs =
    typeof detail.retryAfterMs === 'number' && detail.retryAfterMs >= 0
      ? detail.retryAfterMs
      : parseRetryAfter(response.headers.get('Retry-After'))
  return new LedgerError({
    kind,
    provider: 'remote',
    status: response.status,
    retryAfterMs,
    code: typeof detail.parameter === 'string' ? detail.parameter : null,
    providerMessage: typeof detail.message === 'string' ? detail.message.slice(0, 300) : null,
  })
}
