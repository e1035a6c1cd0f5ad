'use client'

import type { UsageGroupBy } from '@usage-kit/core'
import type { LedgerFilters } from '@usage-kit/react'
import { useMemo } from 'react'

/**
 * The usage chart linked to the ledger: choosing a bar narrows the filters to that bucket's
 * usage, choosing a legend item to that category's usage, each as one undoable step
 * (`filters.narrow`: the filter bar offers Undo, and with `syncUrl` the browser's Back undoes it).
 *
 * Both also narrow the kinds to usage: the bar counts posted usage only, so the table behind it
 * shows those entries and its "Used" total is the bar's total, not that plus the day's
 * expirations. A bucket `[start, end)` becomes the inclusive range `start .. end - 1 ms`, the
 * same rule the date presets end their ranges by.
 */
export function useUsageLinks(filters: LedgerFilters, groupBy: UsageGroupBy) {
  const { narrow, value } = filters
  const { from, to } = value
  return useMemo(
    () => ({
      onBucketSelect: ({ start, end }: { start: string; end: string }) =>
        narrow({
          from: start,
          to: new Date(Date.parse(end) - 1).toISOString(),
          kinds: ['usage'],
        }),
      // Only categories are a ledger filter: grouped by metric, the legend hides and shows alone.
      onGroupSelect:
        groupBy === 'category'
          ? ({ key }: { key: string | null }) => {
              if (key !== null) narrow({ categories: [key], kinds: ['usage'] })
            }
          : undefined,
      selectedBucket:
        from !== undefined && to !== undefined
          ? { start: from, end: new Date(Date.parse(to) + 1).toISOString() }
          : null,
    }),
    [narrow, groupBy, from, to],
  )
}
