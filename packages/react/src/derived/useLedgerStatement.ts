'use client'

import {
  ledgerStatement,
  type LedgerEntry,
  type LedgerStatementOptions,
  type StatementPeriod,
} from '@usage-kit/core'
import { useMemo } from 'react'
import { runtimeTimeZone, useOptionalUsageKit } from '../provider/UsageKitProvider.js'

/** Options for `useLedgerStatement`: core's, with the zone and the cycle from the provider. */
export interface UseLedgerStatementOptions extends Omit<
  LedgerStatementOptions,
  'timeZone' | 'cycleAnchor'
> {
  /**
   * The zone whose calendar cuts the periods.
   * @default the `UsageKitProvider`'s time zone, else the runtime's own
   */
  timeZone?: string | undefined
  /**
   * 1-28: monthly periods start on this day (billing cycles).
   * @default the `UsageKitProvider`'s `cycleAnchor` when it is a number 1-28, else 1
   */
  cycleAnchor?: number | undefined
}

/**
 * Opening, granted, used and closing per period, newest first (core's `ledgerStatement`),
 * memoized on the entries and the options.
 * @throws RangeError from `ledgerStatement` for an unknown zone or a `cycleAnchor` outside 1-28.
 */
export function useLedgerStatement(
  ledger: { entries: readonly LedgerEntry[] },
  options: UseLedgerStatementOptions,
): StatementPeriod[] {
  const { entries } = ledger
  const settings = useOptionalUsageKit()
  const timeZone = options.timeZone ?? settings?.timeZone ?? runtimeTimeZone()
  const providerAnchor = settings?.cycleAnchor
  // The provider's anchor may be an ISO date or a day past 28 (cycle presets take those); a
  // statement's monthly periods need a day every month has, so only 1-28 carries over.
  const cycleAnchor =
    options.cycleAnchor ??
    (typeof providerAnchor === 'number' && providerAnchor >= 1 && providerAnchor <= 28
      ? providerAnchor
      : undefined)
  const { period, weekStartsOn } = options
  return useMemo(
    () => ledgerStatement(entries, { period, timeZone, cycleAnchor, weekStartsOn }),
    [entries, period, timeZone, cycleAnchor, weekStartsOn],
  )
}
