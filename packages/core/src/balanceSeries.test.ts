import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { createBalanceSeries } from './balanceSeries.js'
import { downsampleSeries, toBalanceColumns, toBalanceSeries } from './series.js'
import type { LedgerEntry } from './model.js'

const START = Date.UTC(2026, 0, 1)
const HOUR = 3_600_000

/** `count` entries with balances, newest first; balances zigzag so min and max are inside. */
function ledger(count: number): LedgerEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry({
      id: `b${i}`,
      occurredAt: new Date(START + i * HOUR).toISOString(),
      balanceAfter: 500 + ((i * 37) % 101) - 50,
    }),
  ).reverse()
}

describe('createBalanceSeries', () => {
  it('samples what downsampleSeries of toBalanceSeries gives, at every size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 1, max: 700 }), (n, max) => {
        const entries = ledger(n)
        const series = createBalanceSeries(toBalanceColumns(entries))
        const sample = series.sample(max)
        expect(sample.length).toBeLessThanOrEqual(max)
        expect(sample).toEqual(downsampleSeries(toBalanceSeries(entries), max))
      }),
      { numRuns: 80 },
    )
  })

  it('hands out one object per position, across samples of any size', () => {
    const series = createBalanceSeries(toBalanceColumns(ledger(2000)))
    const wide = series.sample(400)
    const narrow = series.sample(100)
    expect(series.point(0)).toBe(series.point(0))
    expect(narrow[0]).toBe(wide[0])
    expect(narrow.at(-1)).toBe(wide.at(-1))
    for (const point of narrow) {
      const again = wide.find((candidate) => candidate.entryId === point.entryId)
      if (again) expect(again).toBe(point)
    }
    expect(series.sample(5000)[1234]).toBe(series.point(1234))
  })

  it('knows the ends and the extremes of the whole series', () => {
    const entries = ledger(1000)
    const points = toBalanceSeries(entries)
    const series = createBalanceSeries(toBalanceColumns(entries))
    const balances = points.map((point) => point.balance)
    expect(series.columns.length).toBe(1000)
    expect(series.stats).toEqual({
      first: points[0],
      last: points.at(-1),
      min: Math.min(...balances),
      max: Math.max(...balances),
    })
    expect(series.stats?.first).toBe(series.point(0))
    expect(series.stats?.last).toBe(series.point(999))
  })

  it('has no stats and samples nothing when no entry carries a balance', () => {
    const series = createBalanceSeries(
      toBalanceColumns([entry({ id: 'x', balanceAfter: null }), entry({ id: 'p', pending: true })]),
    )
    expect(series.stats).toBeNull()
    expect(series.sample(100)).toEqual([])
  })
})
