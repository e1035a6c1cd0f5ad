'use client'

import { useQuery } from '@tanstack/react-query'
import {
  applyQuery,
  readAll,
  type LedgerEntry,
  type LedgerError,
  type LedgerQuery,
  type LedgerSource,
} from '@usage-kit/core'
import { useMemo } from 'react'
import { asLedgerError } from './errors.js'
import { keyQuery, LEDGER_KEY_ROOT, sourceKey } from './keys.js'
import { isRefetch } from './options.js'
import { readerFor } from './readers.js'
import { ledgerRetryDelay, shouldRetryLedger } from './retry.js'

export interface UseLedgerSetOptions {
  source: LedgerSource
  /** @default {} */
  query?: LedgerQuery
  /**
   * The most reader pages (of 1,000 entries) to read; past it the set is marked incomplete.
   * @default 200
   */
  maxPages?: number
  /** @default true */
  enabled?: boolean
}

export interface LedgerSetResult {
  /** Every matching entry, newest first (or the first ones, when `complete` is false). */
  entries: LedgerEntry[]
  complete: boolean
  status: 'pending' | 'error' | 'success'
  error: LedgerError | null
  isFetching: boolean
  refetch: () => Promise<unknown>
}

const EMPTY: LedgerEntry[] = []

/**
 * The whole filtered ledger at once, for what must see all of it: totals for the range, the
 * balance chart, the CSV export. The ledger is read once, unfiltered, and filtered here: running
 * balances are reconstructed on the complete history (a provider-filtered read cannot carry
 * them), and changing filters costs no request. Unpaginated and cursor providers cost nothing
 * extra (the reader already holds their ledger); paged ones are read to the end within a budget.
 */
export function useLedgerSet({
  source,
  query,
  maxPages = 200,
  enabled = true,
}: UseLedgerSetOptions): LedgerSetResult {
  const normalized = keyQuery(query)
  const result = useQuery({
    queryKey: [...LEDGER_KEY_ROOT, ...sourceKey(source), 'set', { maxPages }],
    queryFn: ({ signal, client, queryKey }) =>
      readAll(readerFor(client, source), { maxPages, signal, fresh: isRefetch(client, queryKey) }),
    retry: shouldRetryLedger,
    retryDelay: ledgerRetryDelay,
    enabled,
  })
  const all = result.data?.entries
  const entries = useMemo(() => (all ? applyQuery(all, normalized) : EMPTY), [all, normalized])
  return {
    entries,
    complete: result.data?.complete ?? false,
    status: result.status,
    error: asLedgerError(result.error),
    isFetching: result.isFetching,
    refetch: result.refetch,
  }
}
