/**
 * Every response the handler sends: JSON, never cached, and for failures one stable body whose
 * message is a fixed sentence per kind. The provider's own status, code, message and body stay
 * on the server (they can name accounts, internal hosts or echo request details).
 */
import { isLedgerError, type LedgerErrorKind } from '../errors.js'
import type { ErrorResponseBody } from '../remote/protocol.js'

/** Headers on every response the handler builds. */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  // Ledgers are per customer: no shared cache, and no copy on disk.
  'Cache-Control': 'private, no-store',
  'X-Content-Type-Options': 'nosniff',
}

/**
 * The HTTP status for each kind of provider failure. A provider's 401 or 403 is about the
 * server's own credentials, not the browser's, so it is a bad gateway (502) rather than a 401
 * that would send the user to sign in again.
 */
export const ERROR_STATUS: Readonly<Record<LedgerErrorKind, number>> = {
  invalid_request: 400,
  not_found: 404,
  rate_limited: 429,
  auth: 502,
  forbidden: 502,
  server: 502,
  network: 502,
  malformed: 502,
  // The browser went away; nobody reads this answer, but it must be one.
  aborted: 503,
}

const MESSAGES: Readonly<Record<LedgerErrorKind, string>> = {
  invalid_request: 'The billing provider refused the request.',
  not_found: 'The billing provider does not know the configured ledger.',
  rate_limited: 'The billing provider is limiting requests; retry later.',
  auth: "The billing provider refused the server's credentials.",
  forbidden: 'The billing provider does not let the server read this ledger.',
  server: 'The billing provider failed to answer.',
  network: 'The billing provider could not be reached.',
  malformed: 'The billing provider sent a response that could not be read.',
  aborted: 'The request was aborted.',
}

export function jsonResponse(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...RESPONSE_HEADERS, ...headers },
  })
}

export function errorResponse(
  status: number,
  error: Partial<ErrorResponseBody['error']> & Pick<ErrorResponseBody['error'], 'kind' | 'message'>,
  headers: Record<string, string> = {},
): Response {
  const body: ErrorResponseBody = {
    error: {
      kind: error.kind,
      message: error.message,
      parameter: error.parameter ?? null,
      retryAfterMs: error.retryAfterMs ?? null,
    },
  }
  return jsonResponse(body, status, headers)
}

/** A 400 naming the refused parameter. */
export function invalidParameterResponse(parameter: string, message: string): Response {
  return errorResponse(400, { kind: 'invalid_request', parameter, message })
}

/**
 * A failure below the handler, as the table above says. Anything that is not a `LedgerError` is
 * a fault of the server itself: a 500 that says nothing more.
 */
export function failureResponse(error: unknown): Response {
  if (!isLedgerError(error)) {
    return errorResponse(500, { kind: 'server', message: 'The ledger endpoint failed.' })
  }
  const kind = error.kind
  const retryAfterMs = kind === 'rate_limited' ? error.retryAfterMs : null
  const headers: Record<string, string> =
    retryAfterMs === null ? {} : { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) }
  return errorResponse(ERROR_STATUS[kind], { kind, message: MESSAGES[kind], retryAfterMs }, headers)
}
