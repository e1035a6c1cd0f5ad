'use client'

import {
  creditGrants,
  type CreditGrant,
  type CreditGrantsOptions,
  type LedgerEntry,
} from '@usage-kit/core'
import { useMemo } from 'react'
import { useAsOf, type AsOfOptions } from './useAsOf.js'

/** Options for `useCreditGrants`: core's, with the clock injectable. */
export interface UseCreditGrantsOptions extends AsOfOptions {
  /**
   * A grant expiring within this many days is 'expiring'.
   * @default 14
   */
  expiringWithinDays?: CreditGrantsOptions['expiringWithinDays']
}

/**
 * Each grant of the whole-ledger set with what is used, expired and left (core's `creditGrants`),
 * newest first; memoized on the entries and the options, like `useLedgerTotals`.
 * @throws RangeError from `creditGrants` for a bad `asOf` or `expiringWithinDays`.
 */
export function useCreditGrants(
  ledger: { entries: readonly LedgerEntry[] },
  options: UseCreditGrantsOptions = {},
): CreditGrant[] {
  const { entries } = ledger
  const asOf = useAsOf(entries, options.asOf, options.now)
  const { expiringWithinDays } = options
  return useMemo(
    () => creditGrants(entries, { asOf, expiringWithinDays }),
    [entries, asOf, expiringWithinDays],
  )
}
