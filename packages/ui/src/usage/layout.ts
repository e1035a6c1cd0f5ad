/**
 * The usage chart's geometry: the shared frame (axes and ticks, as the balance chart's) over the
 * buckets' time extent and the tallest visible stack, and one path per visible series holding
 * all of its bars. Pure, and memoized on the breakdown, the visible groups and the width: the
 * breakdown is never read again while the pointer moves.
 */
import type { UsageBreakdown } from '@usage-kit/core'
import { extentFrame, type ChartFrame } from '../chart/frame.js'
import type { Formatters } from '../format/useFormatters.js'

export interface UsageLayout {
  frame: ChartFrame
  /** Each visible group's bars, bottom of the stack first. */
  series: { group: number; d: string }[]
  /** Each bucket's column: physical pixel edges (left < right) and the top of its visible stack. */
  columns: { left: number; right: number; top: number }[]
  /** Bucket boundaries as epoch ms: bucket i is [edges[i], edges[i + 1]). */
  edges: Float64Array
}

/** Tenths of a pixel are enough, and keep paths short. */
const px = (value: number) => Math.round(value * 10) / 10

/** Epoch ms of every bucket boundary (one more than buckets). */
export function bucketEdges(breakdown: UsageBreakdown): Float64Array {
  const { buckets } = breakdown
  const edges = new Float64Array(buckets.length + 1)
  buckets.forEach((bucket, i) => (edges[i] = Date.parse(bucket.start)))
  const last = buckets.at(-1)
  if (last) edges[buckets.length] = Date.parse(last.end)
  return edges
}

/** The bucket holding instant `at`, clamped to the first and last. */
export function bucketIndexAt(edges: Float64Array, at: number): number {
  let low = 0
  let high = edges.length - 2
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if ((edges[mid] as number) <= at) low = mid
    else high = mid - 1
  }
  return Math.max(0, low)
}

/**
 * The layout of `breakdown` with the groups where `visible` is true stacked in the groups' order.
 * Null without buckets. A bar fills its bucket's width on the time scale, less a small gap, so
 * a 23-hour DST day is visibly narrower than its neighbours.
 */
export function usageLayout(
  breakdown: UsageBreakdown,
  visible: readonly boolean[],
  width: number,
  height: number,
  rtl: boolean,
  formatters: Formatters,
): UsageLayout | null {
  const { buckets, groups } = breakdown
  if (buckets.length === 0) return null
  const edges = bucketEdges(breakdown)
  const start = edges[0] as number
  const end = edges[buckets.length] as number
  let high = 0
  for (const bucket of buckets) {
    let sum = 0
    bucket.values.forEach((value, g) => visible[g] && (sum += value))
    high = Math.max(high, sum)
  }
  const frame = extentFrame(
    {
      start,
      end,
      low: 0,
      high,
      // The last bucket ends at the next one's start: its last instant says its year.
      multiYear: formatters.year(start) !== formatters.year(end - 1),
    },
    width,
    height,
    rtl,
    formatters,
  )
  const { x, y } = frame
  const drawn = groups.map((_, g) => g).filter((g) => visible[g])
  const paths = drawn.map(() => [] as string[])
  const columns = buckets.map((bucket, i) => {
    const a = x(edges[i] as number)
    const b = x(edges[i + 1] as number)
    const left = Math.min(a, b)
    const right = Math.max(a, b)
    // A gap of about a tenth of the bar, at least 1px and at most 6px, none on hairline bars.
    const gap = right - left > 4 ? Math.min(6, Math.max(1, (right - left) * 0.12)) : 0
    const x0 = px(left + gap / 2)
    const x1 = px(right - gap / 2)
    let sum = 0
    drawn.forEach((g, s) => {
      const value = bucket.values[g] ?? 0
      if (value <= 0) return
      const bottom = px(y(sum))
      sum += value
      paths[s]!.push(`M${x0},${bottom}H${x1}V${px(y(sum))}H${x0}Z`)
    })
    return { left, right, top: y(sum) }
  })
  return {
    frame,
    series: drawn.map((group, s) => ({ group, d: paths[s]!.join('') })),
    columns,
    edges,
  }
}
