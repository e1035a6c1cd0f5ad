'use client'

import {
  usageBreakdown,
  type LedgerEntry,
  type UsageBreakdown,
  type UsageBreakdownOptions,
  type UsageGroupBy,
  type UsageInterval,
} from '@usage-kit/core'
import { useMemo } from 'react'
import { runtimeTimeZone, useOptionalUsageKit } from '../provider/UsageKitProvider.js'
import { useControllableState, type ControllableUpdate } from '../state/useControllableState.js'

/** Options for `useUsageBreakdown`: core's options, with interval and grouping as state. */
export interface UseUsageBreakdownOptions extends Omit<
  UsageBreakdownOptions,
  'interval' | 'timeZone' | 'groupBy'
> {
  /**
   * The bucket width when the host owns it (controlled); `undefined` leaves it to the hook.
   * @default undefined
   */
  interval?: UsageInterval | undefined
  /**
   * The starting bucket width when the hook owns it.
   * @default 'day'
   */
  defaultInterval?: UsageInterval | undefined
  /**
   * Called with the next interval on every change, controlled or not.
   * @default undefined
   */
  onIntervalChange?: ((interval: UsageInterval) => void) | undefined
  /**
   * The grouping when the host owns it (controlled); `undefined` leaves it to the hook.
   * @default undefined
   */
  groupBy?: UsageGroupBy | undefined
  /**
   * The starting grouping when the hook owns it.
   * @default 'category'
   */
  defaultGroupBy?: UsageGroupBy | undefined
  /**
   * Called with the next grouping on every change, controlled or not.
   * @default undefined
   */
  onGroupByChange?: ((groupBy: UsageGroupBy) => void) | undefined
  /**
   * The zone buckets are cut in.
   * @default the `UsageKitProvider`'s time zone, else the runtime's own
   */
  timeZone?: string | undefined
}

/** What `useUsageBreakdown` returns: the breakdown, and the state it was cut with. */
export interface UsageBreakdownState {
  /** Core's `usageBreakdown` of the entries; the same object while nothing it reads changed. */
  breakdown: UsageBreakdown
  interval: UsageInterval
  setInterval: (update: ControllableUpdate<UsageInterval>) => void
  groupBy: UsageGroupBy
  setGroupBy: (update: ControllableUpdate<UsageGroupBy>) => void
  /** The zone the buckets are in (the provider's unless the options name one). */
  timeZone: string
}

/**
 * Usage over time by category or metric for the entries a ledger hook returned: core's
 * `usageBreakdown`, memoized on the entries and the options it reads, with the interval and the
 * grouping as controllable state (`interval` / `defaultInterval` / `onIntervalChange`, and the
 * same for `groupBy`), so a chart's choices can live in the host or in the hook.
 * @throws RangeError from `usageBreakdown` for an unknown zone, `from` after `to`, or `top` < 1.
 */
export function useUsageBreakdown(
  ledger: { entries: readonly LedgerEntry[] },
  options: UseUsageBreakdownOptions = {},
): UsageBreakdownState {
  const { entries } = ledger
  const { from, to, top, weekStartsOn } = options
  const providerZone = useOptionalUsageKit()?.timeZone
  const timeZone = options.timeZone ?? providerZone ?? runtimeTimeZone()
  const [interval, setInterval] = useControllableState<UsageInterval>({
    prop: options.interval,
    defaultProp: options.defaultInterval ?? 'day',
    onChange: options.onIntervalChange,
    caller: 'useUsageBreakdown (interval)',
  })
  const [groupBy, setGroupBy] = useControllableState<UsageGroupBy>({
    prop: options.groupBy,
    defaultProp: options.defaultGroupBy ?? 'category',
    onChange: options.onGroupByChange,
    caller: 'useUsageBreakdown (groupBy)',
  })
  const breakdown = useMemo(
    () => usageBreakdown(entries, { interval, timeZone, groupBy, from, to, top, weekStartsOn }),
    [entries, interval, timeZone, groupBy, from, to, top, weekStartsOn],
  )
  return useMemo(
    () => ({ breakdown, interval, setInterval, groupBy, setGroupBy, timeZone }),
    [breakdown, interval, setInterval, groupBy, setGroupBy, timeZone],
  )
}
