import type { EntryKind, LedgerEntry } from './model.js'

/** One step of the balance line: the balance right after an entry. */
export interface BalancePoint {
  /** Epoch milliseconds of the entry. */
  at: number
  balance: number
  entryId: string
  kind: EntryKind
}

/**
 * The balance over time, oldest first, from entries that carry `balanceAfter` (provider-sent or
 * reconstructed). Entries without a balance (pending, or no anchor) are left out.
 */
export function toBalanceSeries(entries: readonly LedgerEntry[]): BalancePoint[] {
  const points: BalancePoint[] = []
  for (const entry of entries) {
    if (entry.balanceAfter === null || entry.pending) continue
    points.push({
      at: Date.parse(entry.occurredAt),
      balance: entry.balanceAfter,
      entryId: entry.id,
      kind: entry.kind,
    })
  }
  // Input is usually newest first; equal times keep the ledger's (stable) reverse order.
  return points.reverse().sort((a, b) => a.at - b.at)
}

/**
 * Reduces a series to at most `maxPoints` points so a chart never draws more points than pixels.
 * Min/max per time bucket (the M4 scheme: first, min, max and last point of each bucket) keeps
 * every peak and trough and each bucket's end value, so a step line drawn from the result looks
 * the same at that width as one drawn from every point.
 */
export function downsampleSeries(
  points: readonly BalancePoint[],
  maxPoints: number,
): BalancePoint[] {
  if (maxPoints < 1) throw new RangeError('downsampleSeries: maxPoints must be at least 1')
  if (points.length <= maxPoints) return points.slice()
  if (maxPoints < 4) return pickEvenly(points, maxPoints)
  const buckets = Math.floor(maxPoints / 4)
  const first = (points[0] as BalancePoint).at
  const span = (points[points.length - 1] as BalancePoint).at - first || 1
  const out: BalancePoint[] = []
  let start = 0
  for (let bucket = 0; bucket < buckets && start < points.length; bucket++) {
    const limit = first + (span * (bucket + 1)) / buckets
    let end = start
    while (
      end < points.length &&
      ((points[end] as BalancePoint).at < limit || bucket === buckets - 1)
    ) {
      end++
    }
    if (end === start) continue
    let min = start
    let max = start
    for (let i = start + 1; i < end; i++) {
      const balance = (points[i] as BalancePoint).balance
      if (balance < (points[min] as BalancePoint).balance) min = i
      if (balance > (points[max] as BalancePoint).balance) max = i
    }
    for (const index of [...new Set([start, min, max, end - 1])].sort((a, b) => a - b)) {
      out.push(points[index] as BalancePoint)
    }
    start = end
  }
  return out
}

function pickEvenly(points: readonly BalancePoint[], count: number): BalancePoint[] {
  if (count === 1) return [points[points.length - 1] as BalancePoint]
  const step = (points.length - 1) / (count - 1)
  return Array.from({ length: count }, (_, i) => points[Math.round(i * step)] as BalancePoint)
}
