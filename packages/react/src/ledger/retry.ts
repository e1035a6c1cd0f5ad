import { QueryClient } from '@tanstack/react-query'
import { isLedgerError } from '@usage-kit/core'

/** Retries after the first failure, for errors worth retrying. */
export const MAX_RETRIES = 3
/** The longest a `Retry-After` is honoured before the kit retries anyway. */
export const MAX_RETRY_AFTER_MS = 60_000

/**
 * The kit's retry rule: rate limits, server errors and network failures are passing trouble and
 * are retried up to three times; a refused token, a bad request or a malformed body will fail the
 * same way again, so they are not.
 */
export function shouldRetryLedger(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false
  if (!isLedgerError(error)) return false
  return error.kind === 'rate_limited' || error.kind === 'server' || error.kind === 'network'
}

/**
 * How long to wait before retry number `failureCount + 1`: a 429's `Retry-After` when it sent one
 * (capped), else exponential backoff from one second (1 s, 2 s, 4 s, capped at 30 s).
 */
export function ledgerRetryDelay(failureCount: number, error: unknown): number {
  if (isLedgerError(error) && error.kind === 'rate_limited' && error.retryAfterMs !== null) {
    return Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)
  }
  return Math.min(1000 * 2 ** failureCount, 30_000)
}

/** The client the kit creates when the host has none. */
export function createUsageKitQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })
}
