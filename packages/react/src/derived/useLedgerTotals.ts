'use client'

import {
  ledgerCreditCurrency,
  summarizeLedger,
  type LedgerEntry,
  type LedgerSummary,
} from '@usage-kit/core'
import { useMemo } from 'react'

/** What `useLedgerTotals` returns: the exact totals, and the unit their credits are in. */
export interface LedgerTotals extends LedgerSummary {
  /**
   * The currency the entries' credits are counted in, when every entry's provider counts credits
   * in one (ngrok: `'USD'`, core's `ledgerCreditCurrency`): the credit totals are then money, and
   * a view shows each figure once, as money. Null where credits are a unit of their own.
   */
  creditCurrency: string | null
}

/** Granted, used and net for the entries a ledger hook returned, exact; memoized on the entries. */
export function useLedgerTotals(ledger: { entries: readonly LedgerEntry[] }): LedgerTotals {
  const { entries } = ledger
  return useMemo(
    () => ({ ...summarizeLedger(entries), creditCurrency: ledgerCreditCurrency(entries) }),
    [entries],
  )
}
