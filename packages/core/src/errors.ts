import { parseHttpDate } from './http-date.js'
import type { ProviderId } from './model.js'

/**
 * The longest wait a `Retry-After` (or an endpoint's `retryAfterMs`) can ask for: one hour. A
 * longer one is clamped to it, so no provider can put a client to sleep for days (or 1e26 ms).
 */
export const RETRY_AFTER_LIMIT_MS = 3_600_000

/** What went wrong, in words a UI can act on. */
export type LedgerErrorKind =
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'invalid_request'
  | 'server'
  | 'network'
  | 'malformed'
  | 'aborted'

/** Everything a `LedgerError` is built from. */
export interface LedgerErrorInit {
  kind: LedgerErrorKind
  provider: ProviderId | 'remote'
  /** HTTP status, where the failure came with one. */
  status?: number | null
  /**
   * How long the provider asked us to wait (from `Retry-After`). Kept as whole milliseconds
   * clamped to `RETRY_AFTER_LIMIT_MS` (a longer wait, even an infinite one, becomes the limit);
   * a negative value or NaN counts as absent (null).
   */
  retryAfterMs?: number | null
  /** The provider's own machine-readable error code ('UNAUTHORIZED', 'rate_limit_exceeded', ...). */
  code?: string | null
  /** The provider's own human-readable message. */
  providerMessage?: string | null
  /** For `malformed`: the JSON path of the first bad field, e.g. `$.data.entries[3].amountCents`. */
  path?: string | null
  /** Overrides the generated message. */
  message?: string
  cause?: unknown
}

/** The one error type every source, the reader and the hooks report. */
export class LedgerError extends Error {
  override readonly name = 'LedgerError'
  // Declared, not defined: the constructor sets them all, so no class field is emitted for them.
  declare readonly kind: LedgerErrorKind
  declare readonly provider: ProviderId | 'remote'
  declare readonly status: number | null
  declare readonly retryAfterMs: number | null
  declare readonly code: string | null
  declare readonly providerMessage: string | null
  declare readonly path: string | null

  constructor(init: LedgerErrorInit) {
    super(
      init.message ?? describe(init),
      init.cause === undefined ? undefined : { cause: init.cause },
    )
    this.kind = init.kind
    this.provider = init.provider
    this.status = init.status ?? null
    this.retryAfterMs = clampRetryAfterMs(init.retryAfterMs ?? null)
    this.code = init.code ?? null
    this.providerMessage = init.providerMessage ?? null
    this.path = init.path ?? null
  }
}

/** True for a `LedgerError`, also one from another copy of this package. */
export function isLedgerError(value: unknown): value is LedgerError {
  return (
    value instanceof LedgerError ||
    (value instanceof Error && value.name === 'LedgerError' && 'kind' in value)
  )
}

/**
 * Anything thrown as a LedgerError: a LedgerError stays as it is; anything else becomes one of
 * `kind` (an AbortError always `aborted`), keeping its message and itself as the cause.
 */
export function toLedgerError(
  error: unknown,
  provider: ProviderId | 'remote',
  kind: LedgerErrorKind,
): LedgerError {
  if (isLedgerError(error)) return error
  const isError = error instanceof Error
  return new LedgerError({
    kind: isError && error.name === 'AbortError' ? 'aborted' : kind,
    provider,
    providerMessage: isError ? error.message : String(error),
    cause: error,
  })
}

/** The error kind an HTTP status stands for. */
export function errorKindForStatus(status: number): LedgerErrorKind {
  if (status === 401) return 'auth'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'not_found'
  if (status === 429) return 'rate_limited'
  if (status >= 500) return 'server'
  return 'invalid_request'
}

/**
 * Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds (digits only) or an HTTP-date. Returns
 * milliseconds, clamped to `RETRY_AFTER_LIMIT_MS`; a date in the past is no wait (0). Anything
 * else ('-5', '1.5', '5s', a loose date) is null, as if absent: a bad header must not turn into a
 * zero wait, nor into an endless one.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | null {
  if (header === null) return null
  // Fetch already trims a header's value; a hand-built one may still carry spaces or tabs.
  const value = header.replace(/^[ \t]+|[ \t]+$/g, '')
  if (/^\d+$/.test(value)) return clampRetryAfterMs(Number(value) * 1000)
  const date = parseHttpDate(value, now)
  return date === null ? null : clampRetryAfterMs(Math.max(0, date - now))
}

/** A wait in whole milliseconds up to `RETRY_AFTER_LIMIT_MS`, or null when it is not a wait. */
export function clampRetryAfterMs(ms: number | null): number | null {
  if (ms === null || !(ms >= 0)) return null
  return Math.min(Math.ceil(ms), RETRY_AFTER_LIMIT_MS)
}

function describe(init: LedgerErrorInit): string {
  const status = init.status ? ` ${init.status}` : ''
  const code = init.code ? ` (${init.code})` : ''
  const detail = init.providerMessage ? `: ${init.providerMessage}` : ''
  const where = init.path ? ` at ${init.path}` : ''
  return `${init.provider}: ${init.kind}${status}${code}${where}${detail}`
}
