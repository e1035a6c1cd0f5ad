/**
 * Offset access over a walk: what the reader has learned of one (query, page size) while reading
 * pages by index, and the page counts that follow from it.
 */
import type { ReaderPageParam } from './types.js'

/** What offset access has learned about one (query, page size): params, counts, the end. */
export interface Walk {
  /** The param that reads each page index; index 0 is the start (null). */
  params: (ReaderPageParam | null)[]
  /** Entries on each page read so far. */
  counts: number[]
  /** The last page's index, once the walk has reached it. */
  lastIndex: number | null
  /** The provider's total, where it covers the whole query. */
  total: number | null
}

/** Once a walk has read every page, its entries counted. */
export function countedTotal(walk: Walk): number | null {
  if (walk.lastIndex === null) return null
  let total = 0
  for (let i = 0; i <= walk.lastIndex; i++) {
    const count = walk.counts[i]
    if (count === undefined) return null
    total += count
  }
  return total
}

export function pageCountOf(walk: Walk, pageSize: number): number | null {
  return walk.lastIndex !== null ? walk.lastIndex + 1 : pageCountFor(walk.total, pageSize)
}

/** Pages of `pageSize` that `total` entries fill; an empty ledger still has its one page. */
export function pageCountFor(total: number | null, pageSize: number): number | null {
  return total === null ? null : Math.max(1, Math.ceil(total / pageSize))
}
