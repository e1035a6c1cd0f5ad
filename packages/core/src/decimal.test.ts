import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cumulativeExact, decimalPlaces, subtractExact, sumExact } from './decimal.js'

describe('exact decimal sums', () => {
  it('adds 100,000 entries of 0.1 to exactly 10000', () => {
    expect(sumExact(new Array(100_000).fill(0.1))).toBe(10000)
    expect(new Array(100_000).fill(0.1).reduce((a, b) => a + b, 0)).not.toBe(10000)
  })

  it('counts decimals of the shortest form, exponents included', () => {
    expect([0, 12, 0.1, -0.0004, 1562.5, 1e-7, 1.5e-10, 2e21].map(decimalPlaces)).toEqual([
      0, 0, 1, 4, 1, 7, 11, 0,
    ])
  })

  it('is exact for sums of hundredths (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 })), (cents) => {
        const exact = cents.reduce((a, b) => a + b, 0) / 100
        expect(sumExact(cents.map((c) => c / 100))).toBe(exact)
      }),
    )
  })

  it('gives exact running totals from a start value (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.array(fc.integer({ min: -5000, max: 5000 })),
        (start, milli) => {
          const running = cumulativeExact(
            start / 1000,
            milli.map((m) => m / 1000),
          )
          let total = start
          milli.forEach((m, i) => {
            total += m
            expect(running[i]).toBe(total / 1000)
          })
        },
      ),
    )
  })

  it('falls back to BigInt when scaled values leave the safe range, still exact', () => {
    expect(sumExact([9007199254740.99, 0.01, 0.01])).toBe(9007199254741.01)
  })

  it('subtracts exactly', () => {
    expect(subtractExact(0.3, 0.1)).toBe(0.2)
    expect(subtractExact(1406.25, -0.0004)).toBe(1406.2504)
  })
})
