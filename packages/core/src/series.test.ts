import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { downsampleSeries, toBalanceSeries, type BalancePoint } from './series.js'

const point = (at: number, balance: number): BalancePoint => ({
  at,
  balance,
  entryId: String(at),
  kind: 'usage',
})

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

  it('downsamples to at most the given points, keeping the extremes and both ends (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 2000 }),
        fc.integer({ min: 1, max: 400 }),
        (balances, max) => {
          const points = balances.map((b, i) => point(i * 1000, b))
          const out = downsampleSeries(points, max)
          expect(out.length).toBeLessThanOrEqual(max)
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

  it('reduces 100,000 points to 1,000', () => {
    const points = Array.from({ length: 100_000 }, (_, i) => point(i, Math.sin(i / 500) * 100))
    expect(downsampleSeries(points, 1000).length).toBeLessThanOrEqual(1000)
  })
})
