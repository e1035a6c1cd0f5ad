import { ENTRY_KINDS, type EntryKind, type LedgerEntry } from './model.js'
import { isCanonicalUtc } from './time.js'

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
  const columns = toBalanceColumns(entries)
  return Array.from({ length: columns.length }, (_, i) => balancePointAt(columns, i))
}

/**
 * Reduces a series to at most `maxPoints` points so a chart never draws more points than pixels
 * (see `downsampleColumns`). Returns the points themselves (not copies), oldest first.
 */
export function downsampleSeries(
  points: readonly BalancePoint[],
  maxPoints: number,
): BalancePoint[] {
  const balance = Float64Array.from(points, (point) => point.balance)
  // Not known to be in time order: the scan that makes no assumption about it.
  const columns = { balance, sorted: false, timeAt: (i: number) => (points[i] as BalancePoint).at }
  const kept = downsampleColumns({ ...columns, ...blockExtremes(balance) }, maxPoints)
  return Array.from(kept, (index) => points[index] as BalancePoint)
}

/**
 * The balance series as parallel columns, oldest first: the points of `toBalanceSeries` without
 * an object per point. A chart over 100,000 entries reads these, downsamples them with
 * `downsampleColumns`, and makes `BalancePoint`s (`balancePointAt`) only for what it draws.
 */
export interface BalanceColumns extends BlockExtremes {
  /** Points in the series (entries with a balance that are not pending). */
  length: number
  /** The balance right after each point's entry. */
  balance: Float64Array
  /** Each point's position in `entries`. */
  entry: Uint32Array
  /** Each point's entry kind, as its position in `ENTRY_KINDS`. */
  kind: Uint8Array
  /** The entries the columns were read from (not copied). */
  entries: readonly LedgerEntry[]
  /** Times never decrease along the columns (false only when some time cannot be read). */
  sorted: boolean
  /** Epoch milliseconds of the point at `index`, as `Date.parse` reads its entry's time. */
  timeAt: (index: number) => number
}

/** Points per block of `BlockExtremes`: a power of two. */
const BLOCK = 32

/**
 * Per block of `BLOCK` points, the positions of its first lowest and first highest balance: the
 * downsampling reads a block's two instead of its 32 balances.
 */
export interface BlockExtremes {
  blockLow: Uint32Array
  blockHigh: Uint32Array
}

function blockExtremes(balance: Float64Array): BlockExtremes {
  const blocks = Math.ceil(balance.length / BLOCK)
  const blockLow = new Uint32Array(blocks)
  const blockHigh = new Uint32Array(blocks)
  for (let block = 0; block < blocks; block++) {
    const start = block * BLOCK
    const end = Math.min(start + BLOCK, balance.length)
    let low = start
    let high = start
    let lowest = balance[start] as number
    let highest = lowest
    for (let i = start + 1; i < end; i++) {
      const value = balance[i] as number
      if (value < lowest) {
        low = i
        lowest = value
      } else if (value > highest) {
        high = i
        highest = value
      }
    }
    blockLow[block] = low
    blockHigh[block] = high
  }
  return { blockLow, blockHigh }
}

/**
 * `toBalanceSeries` as columns: the same points in the same order (equal times keep the reverse
 * of the entries' order), in one pass over the entries.
 *
 * Entries newest first in the canonical form (as readers and hooks return them) are in time order
 * exactly when their `occurredAt` strings are in order, which is a string comparison: no time is
 * parsed up front, and `timeAt` parses the few a chart reads (the ends of its buckets, the points
 * it draws). Any other input is parsed whole and, when out of order, sorted.
 */
export function toBalanceColumns(entries: readonly LedgerEntry[]): BalanceColumns {
  const n = entries.length
  let balance = new Float64Array(n)
  let entry = new Uint32Array(n)
  let kind = new Uint8Array(n)
  let length = 0
  let sorted = true
  let previous = ''
  // Walking the entries backwards gives toBalanceSeries' reversed order directly.
  for (let i = n - 1; i >= 0; i--) {
    const item = entries[i] as LedgerEntry
    const value = item.balanceAfter
    if (value === null || item.pending) continue
    const time = item.occurredAt
    if (sorted && (time < previous || !isCanonicalUtc(time))) sorted = false
    previous = time
    balance[length] = value
    entry[length] = i
    // A six-string indexOf: faster than a keyed lookup, once per entry.
    kind[length] = ENTRY_KINDS.indexOf(item.kind)
    length++
  }
  balance = balance.subarray(0, length)
  entry = entry.subarray(0, length)
  kind = kind.subarray(0, length)
  // 0: not read yet (a time at exactly 1970-01-01T00:00:00.000Z is merely read again).
  const at = new Float64Array(length)
  const timeOf = (index: number) =>
    Date.parse((entries[entry[index] as number] as LedgerEntry).occurredAt)
  if (!sorted) {
    for (let i = 0; i < length; i++) at[i] = timeOf(i)
    // Stable, so equal times keep their order, as in toBalanceSeries' sort.
    const order = Array.from({ length }, (_, i) => i).sort(
      (a, b) => (at[a] as number) - (at[b] as number),
    )
    for (const column of [at, balance, entry, kind]) {
      const copy = column.slice()
      for (let i = 0; i < length; i++) column[i] = copy[order[i] as number] as number
    }
    // An unreadable time (NaN) sorts nowhere in particular: then the columns are not in order.
    sorted = !at.some(Number.isNaN)
  }
  return {
    length,
    balance,
    entry,
    kind,
    entries,
    sorted,
    timeAt: (index) => {
      let time = at[index] as number
      if (time === 0) at[index] = time = timeOf(index)
      return time
    },
    ...blockExtremes(balance),
  }
}

/** The point at `index` of the columns, as `toBalanceSeries` would have made it. */
export function balancePointAt(columns: BalanceColumns, index: number): BalancePoint {
  const item = columns.entries[columns.entry[index] as number] as LedgerEntry
  return {
    at: columns.timeAt(index),
    balance: columns.balance[index] as number,
    entryId: item.id,
    kind: item.kind,
  }
}

/**
 * The positions (oldest first) of at most `maxPoints` points that draw like the whole series:
 * min/max per time bucket (the M4 scheme: first, lowest, highest and last point of each bucket)
 * keeps every peak and trough and each bucket's end value, so a step line drawn from them looks
 * the same at that width as one drawn from every point. With `maxPoints` 4, one bucket: the
 * series' ends and extremes. Sorted columns find each bucket's end by interpolation search, so
 * only a few times per bucket are read, and a bucket's extremes come from its whole blocks'; no
 * allocation per point or bucket.
 */
export function downsampleColumns(
  columns: Pick<BalanceColumns, 'balance' | 'sorted' | 'timeAt' | 'blockLow' | 'blockHigh'>,
  maxPoints: number,
): Uint32Array {
  if (maxPoints < 1) throw new RangeError('downsampleColumns: maxPoints must be at least 1')
  const { balance, sorted, timeAt, blockLow, blockHigh } = columns
  const { length } = balance
  if (length <= maxPoints) return Uint32Array.from({ length }, (_, i) => i)
  if (maxPoints === 1) return Uint32Array.of(length - 1)
  if (maxPoints < 4) {
    const step = (length - 1) / (maxPoints - 1)
    return Uint32Array.from({ length: maxPoints }, (_, i) => Math.round(i * step))
  }
  const buckets = Math.floor(maxPoints / 4)
  const first = timeAt(0)
  const last = timeAt(length - 1)
  const span = last - first || 1
  let previousLimit = first
  const out = new Uint32Array(buckets * 4)
  let count = 0
  let start = 0
  for (let bucket = 0; bucket < buckets && start < length; bucket++) {
    const limit = first + (span * (bucket + 1)) / buckets
    let end: number
    if (bucket === buckets - 1) end = length
    else if (sorted) end = firstAtOrAfter(timeAt, start, length, limit, previousLimit, last)
    else for (end = start; end < length && timeAt(end) < limit;) end++
    previousLimit = limit
    if (end === start) continue
    // Point by point, except whole blocks, which give their extremes.
    let min = start
    let max = start
    for (let i = start; i < end;) {
      const whole = i % BLOCK === 0 && i + BLOCK <= end
      const low = whole ? (blockLow[i / BLOCK] as number) : i
      const high = whole ? (blockHigh[i / BLOCK] as number) : i
      if ((balance[low] as number) < (balance[min] as number)) min = low
      if ((balance[high] as number) > (balance[max] as number)) max = high
      i += whole ? BLOCK : 1
    }
    // start <= low <= high <= end - 1: in order, each written once.
    const low = min < max ? min : max
    const high = min < max ? max : min
    out[count++] = start
    if (low !== start) out[count++] = low
    if (high !== low) out[count++] = high
    if (end - 1 !== high) out[count++] = end - 1
    start = end
  }
  return out.subarray(0, count)
}

/**
 * The first position in [from, to) whose value is at least `limit` (`to` if none), where
 * `valueAt` never decreases over the range; `fromValue` and `toValue` bound the values at `from`
 * and `to - 1` (read there when not given). Interpolation search: ledger times (and the chart's
 * x positions and marker columns, which follow them) are spread fairly evenly, so the first guess
 * lands a few places from the answer and a search costs three or four reads. A step that does not
 * at least halve the range is followed by a bisection, so uneven values cost at most twice a
 * binary search's reads. Used by the downsampling here and by the chart's marker thinning (ui).
 */
export function firstAtOrAfter(
  valueAt: (index: number) => number,
  from: number,
  to: number,
  limit: number,
  fromValue = from < to ? valueAt(from) : 0,
  toValue = from < to ? valueAt(to - 1) : 0,
): number {
  // The answer is in [low, high]: values before `low` are below the limit, from `high` on not.
  let low = from
  let high = to
  let lowValue = fromValue
  let highValue = toValue
  let bisect = false
  while (low < high) {
    const guess =
      bisect || !(highValue > lowValue)
        ? (low + high) >>> 1
        : low + Math.floor(((limit - lowValue) / (highValue - lowValue)) * (high - low))
    const probe = Math.max(low, Math.min(high - 1, guess))
    const value = valueAt(probe)
    const before = high - low
    if (value < limit) {
      low = probe + 1
      lowValue = value
    } else {
      high = probe
      highValue = value
    }
    bisect = !bisect && (high - low) * 2 > before
  }
  return low
}
