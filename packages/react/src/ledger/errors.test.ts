import { isLedgerError, LedgerError } from '@usage-kit/core'
import { describe, expect, it } from 'vitest'
import { asLedgerError } from './errors.js'

describe('asLedgerError', () => {
  it('is null for no error', () => {
    expect(asLedgerError(null)).toBeNull()
    expect(asLedgerError(undefined)).toBeNull()
  })

  it('passes a LedgerError through as it came', () => {
    const error = new LedgerError({ kind: 'auth', provider: 'synap', providerMessage: 'no' })
    expect(asLedgerError(error)).toBe(error)
  })

  it('wraps anything else as a network error that keeps it as cause', () => {
    const boom = new TypeError('boom')
    const error = asLedgerError(boom)
    expect(isLedgerError(error)).toBe(true)
    expect(error).toMatchObject({
      kind: 'network',
      provider: 'remote',
      providerMessage: 'TypeError: boom',
      cause: boom,
    })
  })
})
