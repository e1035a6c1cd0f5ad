import { sumExact } from '../decimal.js'
import type { LedgerEntry } from '../model.js'
import { bucketBounds, bucketIndex } from './buckets.js'
import { collectUsage, type UsageRows } from './collect.js'
import { resolveUsageOptions, type UsageBreakdownOptions } from './options.js'

/** One series of a breakdown: a category, a metric, or the smaller ones merged. */
export interface UsageGroup {
  /** The category or metric; null for entries without one (and for the `other` group). */
  key: string | null
  /** The group's usage over the whole range, exact. */
  total: number
  /** Set on the one group that merges every group beyond `top`; it comes last. */
  other?: true
}

/** One bucket: a local hour, day, week or month. */
export interface UsageBucket {
  /** The UTC instant of the local boundary the bucket starts at (ISO, milliseconds). */
  start: string
  /** The UTC instant the next bucket starts at: buckets meet, with no gap and no overlap. */
  end: string
  /** The bucket's usage, exact. */
  total: number
  /** Each group's usage in the bucket, in the order of `UsageBreakdown.groups`. */
  values: number[]
}

/** Usage over time by group, as `usageBreakdown` returns it. */
export interface UsageBreakdown {
  /** By total, largest first; the `other` group, when there is one, last. */
  groups: UsageGroup[]
  /** Oldest first, every bucket of the range present (zero where nothing was used). */
  buckets: UsageBucket[]
  /** All usage in the range, exact. */
  total: number
}

/** Largest scaled amount the integer path takes, as in `cumulativeExact` (decimal.ts). */
const FLOAT_TERM = 2 ** 50

/**
 * Where the credits went: usage per bucket of `interval` in `timeZone`, by category or metric.
 * Usage is every posted (`pending: false`) entry of kind `usage` with credits, counted as
 * `-credits` (a positive number for a debit); everything else is left out. Sums are exact to the
 * providers' decimals, as `summarizeLedger`'s are, so the buckets add up to `total` exactly.
 *
 * One pass over the entries; each finds its bucket by binary search over the bucket starts
 * (no Intl per entry: the zone is read once per bucket boundary).
 *
 * @throws RangeError for an unknown zone, an unknown interval or grouping, `from` after `to`,
 * `top` below 1, or a range of more than `MAX_USAGE_BUCKETS` buckets.
 */
export function usageBreakdown(
  entries: readonly LedgerEntry[],
  options: UsageBreakdownOptions,
): UsageBreakdown {
  const { interval, timeZone, groupBy, from, to, top, weekStartsOn } = resolveUsageOptions(options)
  const lower = from ?? -Infinity
  const upper = to ?? Infinity
  const rows = collectUsage(entries, groupBy, lower, upper)
  const { keys } = rows
  const start = from ?? (rows.count > 0 ? rows.first : to)
  const end = to ?? (rows.count > 0 ? rows.last : from)
  if (start === undefined || end === undefined) return { groups: [], buckets: [], total: 0 }

  const bounds = bucketBounds(start, end, interval, timeZone, weekStartsOn)
  const sums = cellSums(bounds, rows)
  const everyBucket = Array.from({ length: bounds.length - 1 }, (_, b) => b)
  const order = keys.map((_, group) => group)
  const groupTotals = order.map((group) => sums.of(everyBucket, [group]))
  order.sort(
    (a, b) =>
      (groupTotals[b] as number) - (groupTotals[a] as number) ||
      compareKeys(keys[a] as string | null, keys[b] as string | null),
  )
  const series = order.slice(0, top).map((group) => [group])
  const rest = order.slice(top)
  if (rest.length > 0) series.push(rest)

  const groups: UsageGroup[] = series.map((members, i) =>
    i === top
      ? { key: null, total: sums.of(everyBucket, members), other: true }
      : {
          key: keys[members[0] as number] as string | null,
          total: groupTotals[members[0] as number] as number,
        },
  )
  const buckets: UsageBucket[] = []
  for (let b = 0; b < bounds.length - 1; b++) {
    buckets.push({
      start: new Date(bounds[b] as number).toISOString(),
      end: new Date(bounds[b + 1] as number).toISOString(),
      total: sums.of([b], order),
      values: series.map((members) => sums.of([b], members)),
    })
  }
  return { groups, buckets, total: sums.of(everyBucket, order) }
}

/** Exact sums over cells (bucket x group). */
interface CellSums {
  /** The exact usage of `groups` over `buckets`. */
  of(buckets: readonly number[], groups: readonly number[]): number
}

/**
 * Every amount added to its cell. Amounts are scaled to integers at the largest number of
 * decimals present and added as integers (exact while the sum of their magnitudes stays a safe
 * integer, which bounds every partial sum); past that, or past 22 decimals, each cell keeps its
 * amounts and `sumExact` adds them (BigInt), which is exact at any magnitude.
 */
function cellSums(bounds: Float64Array, rows: UsageRows): CellSums {
  const { count, times, amounts, groupOf, scale } = rows
  const groupCount = rows.keys.length
  const bucketCount = bounds.length - 1
  const index = new Int32Array(count)
  let hint = 0
  for (let i = 0; i < count; i++) {
    hint = bucketIndex(bounds, times[i] as number, hint)
    index[i] = hint * groupCount + (groupOf[i] as number)
  }
  const factor = 10 ** scale
  if (scale <= 22) {
    const limit = scale === 0 ? Number.MAX_SAFE_INTEGER : FLOAT_TERM
    const cells = new Float64Array(bucketCount * groupCount)
    let magnitude = 0
    for (let i = 0; i < count && magnitude <= Number.MAX_SAFE_INTEGER; i++) {
      const term = Math.round((amounts[i] as number) * factor)
      magnitude += Math.abs(term) <= limit ? Math.abs(term) : Infinity
      const cell = index[i] as number
      cells[cell] = (cells[cell] as number) + term
    }
    if (magnitude <= Number.MAX_SAFE_INTEGER) {
      return {
        of(buckets, groups) {
          let total = 0
          for (const b of buckets)
            for (const g of groups) total += cells[b * groupCount + g] as number
          return total / factor + 0
        },
      }
    }
  }
  const lists: number[][] = Array.from({ length: bucketCount * groupCount }, () => [])
  for (let i = 0; i < count; i++) lists[index[i] as number]?.push(amounts[i] as number)
  return {
    of(buckets, groups) {
      const values: number[] = []
      for (const b of buckets) {
        for (const g of groups)
          for (const value of lists[b * groupCount + g] ?? []) values.push(value)
      }
      return sumExact(values)
    },
  }
}

/** Groups of equal totals in key order, the group without a key last: the same order every time. */
function compareKeys(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}
