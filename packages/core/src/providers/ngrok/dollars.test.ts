/** ngrok's cents become dollars exactly: the double nearest the exact decimal, never -0. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { centsToDollars } from './dollars.js'

/** `cents` as its exact decimal in dollars, written out digit by digit ('-0.05', '16880.77'). */
function exactDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : ''
  const digits = String(Math.abs(cents)).padStart(3, '0')
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`
}

describe('centsToDollars', () => {
  it('turns the issue’s balance into its dollars: 1688077 -> 16880.77', () => {
    expect(centsToDollars(1688077)).toBe(16880.77)
    expect(String(centsToDollars(1688077))).toBe('16880.77')
    expect(centsToDollars(-1)).toBe(-0.01)
    expect(Object.is(centsToDollars(0), 0)).toBe(true)
    expect(Object.is(centsToDollars(-0), 0)).toBe(true)
  })

  it('is the nearest double to the exact decimal for every safe integer (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(centsToDollars(cents)).toBe(Number(exactDecimal(cents)))
      }),
    )
  })

  it('round-trips: the dollars print as the cents’ decimal, and back to the cents (property)', () => {
    // Up to 15 significant digits a double keeps every decimal, so the shortest form is the decimal.
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (cents) => {
        const dollars = centsToDollars(cents)
        expect(String(dollars)).toBe(String(Number(exactDecimal(cents))))
        expect(Math.round(dollars * 100)).toBe(cents)
      }),
    )
  })

  it('shifts an undocumented fractional amount in its decimal form, not by float division', () => {
    // 0.1 / 100 is 0.0010000000000000002 in floats; the amount is 0.001 dollars.
    expect(centsToDollars(0.1)).toBe(0.001)
    expect(centsToDollars(1.5)).toBe(0.015)
    expect(centsToDollars(-12.34)).toBe(-0.1234)
    expect(centsToDollars(1e-7)).toBe(1e-9)
    expect(centsToDollars(1.5e21)).toBe(1.5e19)
  })
})
