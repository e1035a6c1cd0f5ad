import { isLedgerError, LedgerError } from '@usage-kit/core'

/**
 * What a ledger hook reports as its `error`: a `LedgerError` as it came, anything else a custom
 * source (or the code around it) threw as a `network` error that keeps it as `cause`, and null
 * for no error. The hooks promise `LedgerError | null`, so a host never meets another shape.
 */
export function asLedgerError(error: unknown): LedgerError | null {
  if (error === null || error === undefined) return null
  if (isLedgerError(error)) return error
  return new LedgerError({
    kind: 'network',
    provider: 'remote',
    providerMessage: String(error),
    cause: error,
  })
}
