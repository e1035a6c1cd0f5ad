import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  cumulativeExact,
  decimalPlaces,
  decimalPlacesOfText,
  subtractExact,
  sumExact,
} from './decimal.js'

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

  it('counts as the string rule does on its fast path, for any double (property)', () => {
    const decimals = fc
      .tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 12 }))
      .map(([units, places]) => units / 10 ** places)
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), decimals), (value) => {
        expect(decimalPlaces(value)).toBe(decimalPlacesOfText(value))
      }),
      { numRuns: 20_000 },
    )
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

/** The exact value of a finite double, as a fraction [numerator, denominator > 0]. */
function exactOf(value: number): [bigint, bigint] {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, value)
  const bits = view.getBigUint64(0)
  const sign = bits >> 63n ? -1n : 1n
  const biased = Number((bits >> 52n) & 0x7ffn)
  const fraction = bits & ((1n << 52n) - 1n)
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n)
  const exponent = (biased === 0 ? 1 : biased) - 1075
  return exponent >= 0
    ? [sign * mantissa * 2n ** BigInt(exponent), 1n]
    : [sign * mantissa, 2n ** BigInt(-exponent)]
}

/**
 * The shortest decimal form of a double as a fraction, read from `toExponential()` (a different
 * writer than the `String` the code reads): `d.ddde±n`.
 */
function decimalOf(value: number): [bigint, bigint] {
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e')
  const [whole = '', fraction = ''] = mantissa.split('.')
  const exponent = Number(exponentText) - fraction.length
  const digits = BigInt(whole + fraction)
  return exponent >= 0 ? [digits * 10n ** BigInt(exponent), 1n] : [digits, 10n ** BigInt(-exponent)]
}

const add = ([a, b]: [bigint, bigint], [c, d]: [bigint, bigint]): [bigint, bigint] => [
  a * d + c * b,
  b * d,
]
const distance = ([a, b]: [bigint, bigint], [c, d]: [bigint, bigint]): [bigint, bigint] => {
  const n = a * d - c * b
  return [n < 0n ? -n : n, b * d]
}
const lessOrEqual = ([a, b]: [bigint, bigint], [c, d]: [bigint, bigint]) => a * d <= c * b

/** The doubles next to a finite `value`, below and above (an infinity at the ends). */
function neighbours(value: number): number[] {
  const view = new DataView(new ArrayBuffer(8))
  if (value === 0) return [-Number.MIN_VALUE, Number.MIN_VALUE]
  view.setFloat64(0, value)
  const bits = view.getBigUint64(0)
  return [bits - 1n, bits + 1n].map((next) => {
    view.setBigUint64(0, next)
    return view.getFloat64(0)
  })
}

/** `result` is the double nearest to the exact `sum` (or an infinity beyond the largest double). */
function expectNearest(result: number, sum: [bigint, bigint]) {
  const largest = exactOf(Number.MAX_VALUE)
  if (!Number.isFinite(result)) {
    expect(Number.isNaN(result)).toBe(false)
    const magnitude = distance(sum, [0n, 1n])
    expect(lessOrEqual(largest, magnitude)).toBe(true)
    expect(Math.sign(result)).toBe(sum[0] < 0n ? -1 : 1)
    return
  }
  const off = distance(sum, exactOf(result))
  for (const next of neighbours(result)) {
    if (Number.isFinite(next)) expect(lessOrEqual(off, distance(sum, exactOf(next)))).toBe(true)
  }
}

describe('exact decimal sums at every magnitude', () => {
  it('takes amounts whose shortest form is exponential, large and tiny, without throwing', () => {
    expect(cumulativeExact(1e21, [1, -1e21, 0.5])).toEqual([1e21, 1, 1.5])
    expect(cumulativeExact(0, [1e21, 1e21])).toEqual([1e21, 2e21])
    expect(sumExact([1e21, 0.1, -1e21])).toBe(0.1)
    expect(cumulativeExact(5e-324, [5e-324, -5e-324])).toEqual([1e-323, 5e-324])
    expect(sumExact([5e-324, 1])).toBe(1)
    expect(sumExact([0.1, 1e-30, -0.1])).toBe(1e-30)
    expect(subtractExact(1e21, 1)).toBe(1e21)
    expect(subtractExact(1e21, 1e21)).toBe(0)
    expect(subtractExact(1e-323, 5e-324)).toBe(5e-324)
    expect(subtractExact(0.3, 1e-25)).toBe(0.3)
    // Beyond the largest double the total is an infinity, and the exact sum can come back.
    const max = Number.MAX_VALUE
    expect(cumulativeExact(max, [max, -max, -max])).toEqual([Infinity, max, 0])
  })

  it('lets NaN and infinities through as float addition does, without throwing', () => {
    expect(cumulativeExact(0, [1, Infinity, -5, 0.1])).toEqual([1, Infinity, Infinity, Infinity])
    expect(cumulativeExact(0.5, [0.25, NaN, 1])).toEqual([0.75, NaN, NaN])
    expect(cumulativeExact(Infinity, [1, -Infinity])).toEqual([Infinity, NaN])
    expect(subtractExact(1, NaN)).toBeNaN()
    expect(subtractExact(-Infinity, 1)).toBe(-Infinity)
  })

  it('rounds the exact sum of the shortest decimals once, for any doubles (property)', () => {
    const extreme = fc.constantFrom(
      ...[0, -0, 1e21, -1e21, 1e22, 1.5e300, Number.MAX_VALUE, -Number.MAX_VALUE],
      ...[5e-324, -5e-324, 2.2250738585072014e-308, 1e-7, 1e-23, 0.1, 0.2, 2 ** 53 + 2],
    )
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      extreme,
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100),
    )
    fc.assert(
      fc.property(value, fc.array(value, { maxLength: 8 }), (start, values) => {
        const running = cumulativeExact(start, values)
        let sum = decimalOf(start)
        values.forEach((next, i) => {
          sum = add(sum, decimalOf(next))
          expectNearest(running[i] as number, sum)
        })
        if (values.length > 0) {
          expect(sumExact([start, ...values])).toBe(running[running.length - 1])
        }
        // No negative zero: the totals are decimals, and -0 would print as "−0".
        for (const total of running) expect(Object.is(total, -0)).toBe(false)
        expect(Object.is(subtractExact(start, values[0] ?? 0), -0)).toBe(false)
        expectNearest(
          subtractExact(start, values[0] ?? 0),
          add(decimalOf(start), decimalOf(-(values[0] ?? 0))),
        )
      }),
      { numRuns: 2000 },
    )
  })
})
