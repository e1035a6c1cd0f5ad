import { isLedgerError, toLedgerError } from '../errors.js'
import { credentialMaterial } from '../internal/credentials.js'
import { createLedgerReader } from '../reader/index.js'
import type { LedgerReaderOptions, ReaderPageParam } from '../reader/types.js'
import { BALANCE_SEGMENT, type LedgerResponseBody } from '../remote/protocol.js'
import type { BalanceSnapshot, LedgerSource } from '../source.js'
import { truncateText } from './boundedJson.js'
import { boundedSource } from './entryBounds.js'
import { InvalidParameterError, readLedgerParams, readNoParams } from './params.js'
import { fromTokenContent, toTokenContent } from './position.js'
import type { RawProjection } from './rawProjection.js'
import {
  errorResponse,
  failureResponse,
  invalidParameterResponse,
  jsonResponse,
} from './responses.js'
import { createPageTokens, DEFAULT_PAGE_TOKEN_TTL_MS, type TokenBinding } from './token.js'

/** A standard Fetch API handler: Next.js route handlers, Remix, Hono, Deno, Bun, workers. */
export type LedgerHandler = (request: Request) => Promise<Response>

/**
 * The host's own check of the request, before anything else happens. Return `true` to serve it,
 * `false` for a 403, or a `Response` (a 401 with your sign-in hint, a redirect) to send as is;
 * throwing a `Response` does the same, as in Remix loaders. Anything else thrown is a 500.
 */
export type LedgerAuthorize = (request: Request) => boolean | Response | Promise<boolean | Response>

export interface LedgerHandlerOptions {
  /** The one ledger this endpoint serves, with the provider credentials (server-side only). */
  source: LedgerSource
  /**
   * Checks the host's session first. Only `true` serves the request, so a check that forgets to
   * return fails closed.
   * @default undefined (every request is served: put the route behind your own auth instead)
   */
  authorize?: LedgerAuthorize
  /**
   * The largest `pageSize` a request may ask for; larger ones are refused with a 400.
   * @default 200
   */
  maxPageSize?: number
  /**
   * The key that signs page tokens (at least 32 characters). Every server instance behind one
   * URL must share it, or a page token from one instance is refused by the next; a new secret
   * invalidates the tokens in flight (the browser starts again from the first page).
   * @default a random key per handler (right for a single long-lived process)
   */
  secret?: string
  /**
   * How long a page token opens after it was issued, in milliseconds. An older one is refused
   * with a 400 on `pageParam` saying it expired and to start again from the first page, so a
   * token copied out of a browser cannot be replayed forever. Tokens are also bound to the
   * source's key and credentials (its token and headers): a token from another customer's
   * endpoint is refused even under a shared `secret`.
   * @default 3600000 (one hour)
   */
  pageTokenTtlMs?: number
  /**
   * What each entry's `raw` (the provider's record) carries to the browser. `'documented'`
   * sends only the fields the provider documents for a ledger row (never an undocumented
   * property, nor Vayu's free-form `metadata` and `rawSyncedData`); `'none'` sends `null`; a
   * function sends what it returns for the entry, copied with strings cut to `maxTextLength`,
   * nesting cut at 8 levels and about 32,768 characters of JSON per entry.
   * @default 'documented'
   */
  raw?: RawProjection
  /**
   * The longest text the endpoint sends in any one field: `description`, `category`, `metric`,
   * `providerType`, `expiresAt`, the invoice id and currency, and every string in `raw`. Longer
   * text is cut to this length, ending in "…"; an invoice link longer than this is left out (a
   * cut link leads elsewhere). Entry ids (`id`, `grantId`) and `occurredAt` are never cut: the
   * browser orders and de-duplicates by them. Server-side search and filters see the same cut
   * text the browser does.
   * @default 1000
   */
  maxTextLength?: number
  /**
   * Told about every failure the response hides: the provider's `LedgerError` with its status,
   * code and message, or an unexpected exception. For your logs; it never holds the token,
   * which the kit only ever puts in the provider request's `Authorization` header.
   * @default undefined
   */
  onError?: (error: unknown, request: Request) => void
  /**
   * Options for the reader behind the endpoint: its caps (`maxSnapshotEntries`, large enough for
   * a 1,000,000-entry ledger by default), the snapshot freshness, balance reconstruction.
   * @default {}
   */
  reader?: LedgerReaderOptions
}

export const DEFAULT_MAX_PAGE_SIZE = 200
const PAGE_SIZE_CEILING = 10_000
export const DEFAULT_MAX_TEXT_LENGTH = 1000
const TEXT_LENGTH_CEILING = 10_000_000

/**
 * Serves the normalized ledger of one source over HTTP, running the kit's reader next to the
 * provider, so keys stay on the server:
 *
 * - `GET <mount>?pageSize=&pageParam=&kinds=&from=&to=&categories=&q=` ->
 *   `{ entries, nextPageParam, total }`, plus `complete: false` when the ledger is larger than
 *   the reader's cap (`reader.maxSnapshotEntries`) and only part of it is served
 * - `GET <mount>/balance` -> `{ credits, money, asOf }` (404 where the source has no balance)
 *
 * Nothing from the request reaches the provider but the validated query; the provider's
 * URL, credentials and errors never reach the response.
 */
export function createLedgerHandler(options: LedgerHandlerOptions): LedgerHandler {
  const {
    source,
    authorize,
    onError,
    maxPageSize = DEFAULT_MAX_PAGE_SIZE,
    raw = 'documented',
    maxTextLength = DEFAULT_MAX_TEXT_LENGTH,
    pageTokenTtlMs = DEFAULT_PAGE_TOKEN_TTL_MS,
  } = options
  if (typeof source?.fetchPage !== 'function') {
    throw new TypeError('createLedgerHandler: `source` must be a LedgerSource')
  }
  if (!Number.isInteger(maxPageSize) || maxPageSize < 1 || maxPageSize > PAGE_SIZE_CEILING) {
    throw new RangeError(
      `createLedgerHandler: \`maxPageSize\` must be a whole number from 1 to ${PAGE_SIZE_CEILING}`,
    )
  }
  if (
    !Number.isInteger(maxTextLength) ||
    maxTextLength < 1 ||
    maxTextLength > TEXT_LENGTH_CEILING
  ) {
    throw new RangeError(
      `createLedgerHandler: \`maxTextLength\` must be a whole number from 1 to ${TEXT_LENGTH_CEILING}`,
    )
  }
  if (typeof pageTokenTtlMs !== 'number' || !(pageTokenTtlMs > 0)) {
    throw new RangeError('createLedgerHandler: `pageTokenTtlMs` must be a positive number')
  }
  if (raw !== 'documented' && raw !== 'none' && typeof raw !== 'function') {
    throw new TypeError("createLedgerHandler: `raw` must be 'documented', 'none' or a function")
  }
  // The reader sees entries already shaped as they will be sent: see entryBounds.ts.
  const reader = createLedgerReader(boundedSource(source, { raw, maxTextLength }), options.reader)
  const tokens = createPageTokens(options.secret, { ttlMs: pageTokenTtlMs })
  const sourceKey = source.key ?? [source.provider]

  async function serveLedger(url: URL, signal: AbortSignal): Promise<Response> {
    const params = readLedgerParams(url.search, maxPageSize)
    const { query, pageSize } = params
    const binding: TokenBinding = {
      sourceKey,
      // The host's `headers` function runs here as for a provider request, and fails alike.
      credentials: await credentialMaterial(source).catch((error: unknown) => {
        throw toLedgerError(error, source.provider, 'network')
      }),
      query,
      pageSize,
    }
    let pageParam: ReaderPageParam | null = null
    if (params.pageParam !== null) {
      const opened = await tokens.open(binding, params.pageParam)
      if (opened.status === 'expired') {
        return invalidParameterResponse(
          'pageParam',
          'pageParam has expired; start again from the first page',
        )
      }
      if (opened.status === 'invalid') {
        return invalidParameterResponse(
          'pageParam',
          'pageParam does not belong to this ledger, query and page size',
        )
      }
      pageParam = await fromTokenContent(opened.content, (scanFrom, scanSize) =>
        reader.readPage({ query, pageSize: scanSize, pageParam: scanFrom, signal }),
      )
      if (pageParam === null) {
        return invalidParameterResponse(
          'pageParam',
          'the entry pageParam continues from is no longer in the ledger; start again from the first page',
        )
      }
    }
    const page = await reader.readPage({ query, pageSize, pageParam, signal })
    const next = page.nextPageParam
    const body: LedgerResponseBody = {
      entries: page.entries,
      nextPageParam: next ? await tokens.seal(binding, await toTokenContent(next)) : null,
      total: page.total,
      ...(page.complete === false ? { complete: false } : {}),
    }
    return jsonResponse(body)
  }

  async function serveBalance(url: URL, signal: AbortSignal): Promise<Response> {
    readNoParams(url.search)
    if (!source.fetchBalance) {
      return errorResponse(404, {
        kind: 'not_found',
        message: 'This ledger has no balance endpoint.',
      })
    }
    const { credits, money, asOf } = await source.fetchBalance({ signal })
    // Only the documented fields: a custom source's extra properties stay on the server.
    const text = (value: string) => truncateText(value, maxTextLength)
    const body: BalanceSnapshot = {
      credits,
      money:
        money === null ? null : { amountMinor: money.amountMinor, currency: text(money.currency) },
      asOf: asOf === null ? null : text(asOf),
    }
    return jsonResponse(body)
  }

  return async (request) => {
    try {
      if (authorize) {
        const verdict = await authorizeRequest(authorize, request)
        if (verdict !== true) return verdict
      }
      if (request.method !== 'GET') {
        return errorResponse(
          405,
          { kind: 'invalid_request', message: 'Only GET is allowed.' },
          { Allow: 'GET' },
        )
      }
      const url = new URL(request.url)
      const last = url.pathname.replace(/\/+$/, '').split('/').pop()
      return last === BALANCE_SEGMENT
        ? await serveBalance(url, request.signal)
        : await serveLedger(url, request.signal)
    } catch (error) {
      if (error instanceof InvalidParameterError) {
        return invalidParameterResponse(error.parameter, error.message)
      }
      // A browser that navigated away is not worth a log line.
      if (!(isLedgerError(error) && error.kind === 'aborted')) report(onError, error, request)
      return failureResponse(error)
    }
  }
}

/** `true`, or the response that refuses the request. */
async function authorizeRequest(
  authorize: LedgerAuthorize,
  request: Request,
): Promise<true | Response> {
  let verdict: unknown
  try {
    verdict = await authorize(request)
  } catch (thrown) {
    if (thrown instanceof Response) return thrown
    throw thrown
  }
  if (verdict === true) return true
  if (verdict instanceof Response) return verdict
  return errorResponse(403, { kind: 'forbidden', message: 'Not allowed.' })
}

function report(onError: LedgerHandlerOptions['onError'], error: unknown, request: Request): void {
  if (!onError) return
  try {
    onError(error, request)
  } catch {
    // A failing logger must not turn a clean error response into a crash.
  }
}
