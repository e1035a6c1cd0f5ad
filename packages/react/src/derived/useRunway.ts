'use client'

import { projectRunway, type LedgerEntry, type Runway } from '@usage-kit/core'
import { useMemo } from 'react'
import { useAsOf, type AsOfOptions } from './useAsOf.js'

/** Options for `useRunway`: core's `projectRunway` options, with the clock injectable. */
export interface UseRunwayOptions extends AsOfOptions {
  /**
   * The burn rate is the posted usage of the last `windowDays` days, per day.
   * @default 30
   */
  windowDays?: number | undefined
  /**
   * The balance to start from.
   * @default the running balance after the newest posted entry at or before asOf
   */
  balance?: number | undefined
}

/**
 * When the balance runs out at the recent burn rate, grants' expiries included (core's
 * `projectRunway`), memoized on the entries and the options.
 * @throws RangeError from `projectRunway` for a bad `asOf`, `windowDays` or `balance`.
 */
export function useRunway(
  ledger: { entries: readonly LedgerEntry[] },
  options: UseRunwayOptions = {},
): Runway {
  const { entries } = ledger
  const asOf = useAsOf(entries, options.asOf, options.now)
  const { windowDays, balance } = options
  return useMemo(
    () => projectRunway(entries, { asOf, windowDays, balance }),
    [entries, asOf, windowDays, balance],
  )
}
