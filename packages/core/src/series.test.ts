import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import type { LedgerEntry } from './model.js'
import {
  balancePointAt,
  downsampleColumns,
  downsampleSeries,
  toBalanceColumns,
  toBalanceSeries,
  type BalancePoint,
} from './series.js'

const point = (at: number, balance: number): BalancePoint => ({
  at,
  balance,
  entryId: String(at),
  kind: 'usage',
})

/** The object-per-point series as first written: the oracle the columns must agree with. */
function referenceSeries(entries: readonly LedgerEntry[]): BalancePoint[] {
  const points: BalancePoint[] = []
  for (const item of entries) {
    if (item.balanceAfter === null || item.pending) continue
    points.push({
      at: Date.parse(item.occurredAt),
      balance: item.balanceAfter,
      entryId: item.id,
      kind: item.kind,
    })
  }
  return points.reverse().sort((a, b) => a.at - b.at)
}

/** The object-per-point M4 as first written (Set and sort per bucket): the downsampling oracle. */
function referenceDownsample(points: readonly BalancePoint[], maxPoints: number): BalancePoint[] {
  if (points.length <= maxPoints) return points.slice()
  if (maxPoints < 4) {
    if (maxPoints === 1) return [points[points.length - 1] as BalancePoint]
    const step = (points.length - 1) / (maxPoints - 1)
    return Array.from({ length: maxPoints }, (_, i) => points[Math.round(i * step)] as BalancePoint)
  }
  const buckets = Math.floor(maxPoints / 4)
  const at = (i: number) => (points[i] as BalancePoint).at
  const balance = (i: number) => (points[i] as BalancePoint).balance
  const first = at(0)
  const span = at(points.length - 1) - first || 1
  const out: BalancePoint[] = []
  let start = 0
  for (let bucket = 0; bucket < buckets && start < points.length; bucket++) {
    const limit = first + (span * (bucket + 1)) / buckets
    let end = start
    while (end < points.length && (at(end) < limit || bucket === buckets - 1)) end++
    if (end === start) continue
    let min = start
    let max = start
    for (let i = start + 1; i < end; i++) {
      if (balance(i) < balance(min)) min = i
      if (balance(i) > balance(max)) max = i
    }
    for (const index of [...new Set([start, min, max, end - 1])].sort((a, b) => a - b)) {
      out.push(points[index] as BalancePoint)
    }
    start = end
  }
  return out
}

/** A time as a provider might send it, or as no valid ledger has it (Date.parse rolls Feb 30 over). */
function timeIn(form: string, at: number): string {
  const iso = new Date(at).toISOString()
  if (form === 'offset') return iso.slice(0, 19) + '+00:00'
  if (form === 'impossible') return '2026-02-30' + iso.slice(10)
  if (form === 'garbage') return 'not a time'
  return iso
}

/**
 * Ledgers in any order: times from a few instants (so ties are common) or spread over centuries,
 * some pending or without a balance, now and then a time in another ISO form.
 */
const ledgers = fc
  .array(
    fc.record({
      at: fc.oneof(
        fc.integer({ min: 0, max: 5 }).map((n) => Date.UTC(2026, 0, 1) + n * 60_000),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }),
      ),
      form: fc.constantFrom(
        'canonical',
        'canonical',
        'canonical',
        'canonical',
        'offset',
        'impossible',
        'garbage',
      ),
      balance: fc.option(fc.integer({ min: -1e6, max: 1e6 }), { freq: 8 }),
      pending: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      kind: fc.constantFrom('grant', 'usage', 'expiration' as const),
    }),
    { maxLength: 300, size: 'max' },
  )
  .chain((rows) =>
    fc.constantFrom('newest first', 'oldest first', 'shuffled').map((order) => {
      const entries = rows.map((row, i) =>
        entry({
          id: `e${i}`,
          occurredAt: timeIn(row.form, row.at),
          balanceAfter: row.balance,
          pending: row.pending,
          kind: row.kind,
        }),
      )
      if (order === 'shuffled') return entries
      entries.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt))
      return order === 'oldest first' ? entries : entries.reverse()
    }),
  )

/**
 * What readers hand over: canonical times, newest first, with ties; evenly spread or in bursts
 * (so the interpolation search meets both).
 */
const newestFirst = fc
  .array(
    fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 86_400_000 * 400 })),
      fc.integer({ min: -1e6, max: 1e6 }),
    ),
    // size 'max': the default size would keep arrays to about ten entries, below any bucket.
    { minLength: 1, maxLength: 1500, size: 'max' },
  )
  .map((rows) =>
    rows
      .map(([offset, balance], i) =>
        entry({
          id: `e${i}`,
          occurredAt: new Date(Date.UTC(2025, 0, 1) + offset).toISOString(),
          balanceAfter: balance,
        }),
      )
      .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
  )

describe('balance series', () => {
  it('turns entries with balances into oldest-first points, skipping pending and unknown balances', () => {
    const series = toBalanceSeries([
      entry({ id: 'c', occurredAt: '2026-03-03T00:00:00.000Z', balanceAfter: 5 }),
      entry({ id: 'p', occurredAt: '2026-03-02T12:00:00.000Z', balanceAfter: null, pending: true }),
      entry({ id: 'b', occurredAt: '2026-03-02T00:00:00.000Z', balanceAfter: 7 }),
      entry({ id: 'a', occurredAt: '2026-03-01T00:00:00.000Z', balanceAfter: 10, kind: 'grant' }),
    ])
    expect(series.map((p) => [p.entryId, p.balance])).toEqual([
      ['a', 10],
      ['b', 7],
      ['c', 5],
    ])
  })

  it('columns and series hold the same points as the object version, in any input order (property)', () => {
    fc.assert(
      fc.property(ledgers, (entries) => {
        const expected = referenceSeries(entries)
        const columns = toBalanceColumns(entries)
        expect(columns.length).toBe(expected.length)
        const fromColumns = Array.from({ length: columns.length }, (_, i) =>
          balancePointAt(columns, i),
        )
        expect(fromColumns).toEqual(expected)
        expect(toBalanceSeries(entries)).toEqual(expected)
      }),
    )
  })

  it('reads no time up front for canonical newest-first entries, and knows when times are in order', () => {
    const entries = [3, 2, 2, 1].map((day, i) =>
      entry({
        id: `e${i}`,
        occurredAt: `2026-03-0${day}T00:00:00.000Z`,
        balanceAfter: i,
        kind: i === 3 ? 'grant' : 'usage',
      }),
    )
    const columns = toBalanceColumns(entries)
    expect(columns.sorted).toBe(true)
    expect(Array.from(columns.entry)).toEqual([3, 2, 1, 0])
    expect(Array.from(columns.kind)).toEqual([0, 1, 1, 1])
    expect(columns.timeAt(0)).toBe(Date.UTC(2026, 2, 1))
    // Oldest first, an offset form, or an unreadable time: parsed whole, sorted like the series.
    expect(toBalanceColumns([...entries].reverse()).sorted).toBe(true)
    const unreadable = [...entries, entry({ id: 'x', occurredAt: 'soon', balanceAfter: 1 })]
    expect(toBalanceColumns(unreadable).sorted).toBe(false)
  })

  it('downsampled columns pick the same points as the object version (property)', () => {
    fc.assert(
      fc.property(ledgers, fc.integer({ min: 1, max: 120 }), (entries, max) => {
        const expected = referenceDownsample(referenceSeries(entries), max)
        const columns = toBalanceColumns(entries)
        const kept = Array.from(downsampleColumns(columns, max), (i) => balancePointAt(columns, i))
        expect(kept).toEqual(expected)
        expect(downsampleSeries(toBalanceSeries(entries), max)).toEqual(expected)
      }),
    )
  })

  it('newest-first ledgers take the lazy path, and its search finds the same buckets as a scan (property)', () => {
    fc.assert(
      fc.property(newestFirst, fc.integer({ min: 4, max: 400 }), (entries, max) => {
        const columns = toBalanceColumns(entries)
        expect(columns.sorted).toBe(true)
        const expected = referenceDownsample(referenceSeries(entries), max)
        const searched = downsampleColumns(columns, max)
        expect(Array.from(searched, (i) => balancePointAt(columns, i))).toEqual(expected)
        expect(downsampleColumns({ ...columns, sorted: false }, max)).toEqual(searched)
      }),
    )
  })

  it('downsamples to at most the given points, keeping the extremes and both ends (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), {
          minLength: 1,
          maxLength: 2000,
          size: 'max',
        }),
        fc.integer({ min: 1, max: 400 }),
        (balances, max) => {
          const points = balances.map((b, i) => point(i * 1000, b))
          const out = downsampleSeries(points, max)
          expect(out.length).toBeLessThanOrEqual(max)
          expect(out).toEqual(referenceDownsample(points, max))
          if (points.length <= max) {
            expect(out).toEqual(points)
            return
          }
          expect(out.at(-1)).toBe(points.at(-1))
          if (max >= 4) {
            expect(out[0]).toBe(points[0])
            expect(Math.min(...out.map((p) => p.balance))).toBe(Math.min(...balances))
            expect(Math.max(...out.map((p) => p.balance))).toBe(Math.max(...balances))
          }
          // Still in time order.
          for (let i = 1; i < out.length; i++) {
            expect((out[i] as BalancePoint).at).toBeGreaterThanOrEqual(
              (out[i - 1] as BalancePoint).at,
            )
          }
        },
      ),
    )
  })

  it('rejects fewer than one point', () => {
    expect(() => downsampleSeries([point(0, 1)], 0)).toThrow(RangeError)
    expect(() => downsampleColumns(toBalanceColumns([]), 0)).toThrow(RangeError)
  })

  it('reduces 100,000 points to 1,000', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => point(i, Math.sin(i / 500) * 100))
    expect(downsampleSeries(points, 1000).length).toBeLessThanOrEqual(1000)
  })
})
