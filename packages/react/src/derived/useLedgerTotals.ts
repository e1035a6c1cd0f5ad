import { summarizeLedger, type LedgerEntry, type LedgerSummary } from '@usage-kit/core'
import { useMemo } from 'react'

/** Granted, used and net for the entries a ledger hook returned, exact; memoized on the entries. */
export function useLedgerTotals(ledger: { entries: readonly LedgerEntry[] }): LedgerSummary {
  const { entries } = ledger
  return useMemo(() => summarizeLedger(entries), [entries])
}
