'use client'

import { useQuery } from '@tanstack/react-query'
import {
  reconcileBalance,
  type BalanceCheck,
  type LedgerEntry,
  type LedgerError,
  type LedgerSource,
} from '@usage-kit/core'
import { useMemo } from 'react'
import { asLedgerError } from '../ledger/errors.js'
import { LEDGER_KEY_ROOT, sourceKey } from '../ledger/keys.js'
import { ledgerRetryDelay, shouldRetryLedger } from '../ledger/retry.js'

/** What `useBalanceCheck` returns. */
export interface BalanceCheckState {
  /** 'unavailable' when the source has no balance endpoint (`fetchBalance`). */
  status: 'unavailable' | 'pending' | 'error' | 'success'
  /** The ledger beside the provider's balance (core's `reconcileBalance`); null until read. */
  check: BalanceCheck | null
  error: LedgerError | null
}

/** Options for `useBalanceCheck`. */
export interface UseBalanceCheckOptions {
  /**
   * Read the balance at all (a view that does not show the check yet can leave it off).
   * @default true
   */
  enabled?: boolean | undefined
}

/**
 * Whether the ledger adds up to the provider's balance: reads `source.fetchBalance` through
 * react-query (where the source has one) and compares it with the running balance after the
 * newest posted entry. Memoized on the entries and the snapshot.
 */
export function useBalanceCheck(
  source: LedgerSource,
  ledger: { entries: readonly LedgerEntry[] },
  options: UseBalanceCheckOptions = {},
): BalanceCheckState {
  const { entries } = ledger
  const available = typeof source.fetchBalance === 'function'
  const result = useQuery({
    queryKey: [...LEDGER_KEY_ROOT, ...sourceKey(source), 'balance'],
    queryFn: ({ signal }) => {
      // Never called without one (`enabled`); the check keeps the method bound to its source.
      if (!source.fetchBalance) throw new Error('useBalanceCheck: the source has no fetchBalance')
      return source.fetchBalance({ signal })
    },
    retry: shouldRetryLedger,
    retryDelay: ledgerRetryDelay,
    enabled: available && options.enabled !== false,
  })
  const snapshot = result.data
  const check = useMemo(
    () => (snapshot === undefined ? null : reconcileBalance(entries, snapshot)),
    [entries, snapshot],
  )
  const error = useMemo(() => asLedgerError(result.error), [result.error])
  return useMemo(
    (): BalanceCheckState => ({
      status: !available ? 'unavailable' : result.status,
      check: available ? check : null,
      error: available ? error : null,
    }),
    [available, result.status, check, error],
  )
}
