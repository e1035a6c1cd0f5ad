'use client'

import type { LedgerQuery, LedgerSource } from '@usage-kit/core'
import { useBalanceCheck, useLedgerSet, useRunway } from '@usage-kit/react'
import { useMemo } from 'react'
import type { UsageHistoryPart } from './types.js'

/** The whole ledger, whatever the filters: grants and forecasts are about all of it. */
const WHOLE_LEDGER: LedgerQuery = {}

/**
 * What is left and for how long, for UsageHistory's grants, forecast and statement parts: read
 * from the whole ledger, not the filtered range (a grant drawn in March is still drawn when the
 * table shows April). With the default filters it is the same read as the filtered set (same
 * query key), so it costs nothing more; a filtered view adds one whole read, which whole-history
 * providers answer from the reader's snapshot.
 *
 * The forecast continues the balance chart's line, so it is drawn only where that line ends at
 * the ledger's end: no `to`, and no filter that drops entries from the running balance.
 */
export function useCreditOutlook(
  source: LedgerSource,
  query: LedgerQuery,
  show: readonly UsageHistoryPart[],
  now: (() => Date) | undefined,
) {
  const grants = show.includes('grants')
  const statement = show.includes('statement')
  const forecastShown =
    show.includes('chart') &&
    query.to === undefined &&
    !query.kinds?.length &&
    !query.categories?.length &&
    !query.search
  const whole = useLedgerSet({
    source,
    query: WHOLE_LEDGER,
    enabled: grants || statement || forecastShown,
  })
  // A host's clock is read once per ledger read, not per render (a new instant would redo the
  // grants and the forecast every render); without one the hooks read the real clock likewise.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- read again when the ledger is read again
  const asOf = useMemo(() => now?.().toISOString(), [now, whole.entries])
  const runway = useRunway(whole, asOf === undefined ? {} : { asOf })
  const check = useBalanceCheck(source, whole, { enabled: statement })
  return {
    whole,
    asOf,
    forecast: forecastShown && whole.status === 'success' ? runway : null,
    balanceCheck: statement ? check.check : null,
  }
}
