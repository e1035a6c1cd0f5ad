import type { BalanceChartLedger } from './types.js'

/**
 * What a chart without entries shows: the first read in flight (`loading`), its failure
 * (`error`), or nothing to show (`empty`). Shared by the balance and usage charts.
 */
export function stateWithoutEntries(
  ledger: BalanceChartLedger | undefined,
): 'loading' | 'error' | 'empty' {
  if (ledger?.status === 'pending') return 'loading'
  return ledger?.status === 'error' && ledger.error ? 'error' : 'empty'
}
