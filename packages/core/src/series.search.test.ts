import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstAtOrAfter } from './series.js'

/** Nondecreasing values: evenly spread, in bursts, or with long runs of ties. */
const ascending = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1e6 })), {
    maxLength: 400,
    size: 'max',
  })
  .map((steps) => {
    let value = 0
    return steps.map((step) => (value += step))
  })

describe('firstAtOrAfter', () => {
  it('finds what a linear scan finds, in any range and for any limit', () => {
    fc.assert(
      fc.property(
        ascending,
        fc.nat(),
        fc.nat(),
        fc.double({ min: -10, max: 5e7, noNaN: true }),
        (values, a, b, limit) => {
          const from = values.length ? a % (values.length + 1) : 0
          const to = from + (values.length ? b % (values.length - from + 1) : 0)
          let expected = from
          while (expected < to && (values[expected] as number) < limit) expected++
          let reads = 0
          const valueAt = (i: number) => {
            reads++
            expect(i).toBeGreaterThanOrEqual(from)
            expect(i).toBeLessThan(to)
            return values[i] as number
          }
          expect(firstAtOrAfter(valueAt, from, to, limit)).toBe(expected)
          // At most twice a binary search's reads, plus the two bounds read up front.
          expect(reads).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(to - from + 1)) + 2)
        },
      ),
    )
  })
})
