/** Amounts the provider guards take (`amount.ts`), for properties over the whole accepted range. */
import fc from 'fast-check'
import { isAmountInRange, MAX_AMOUNT } from '../src/amount.js'

/** Any credits amount the guards take: every size, the edges of the range, float32 round-off. */
export const acceptedAmount: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: -MAX_AMOUNT, max: MAX_AMOUNT, noNaN: true }).filter(isAmountInRange),
  fc
    .tuple(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.integer({ min: -30, max: 8 }))
    .map(([digits, exponent]) => Number(`${digits}e${exponent}`))
    .filter(isAmountInRange),
  fc.constantFrom(MAX_AMOUNT, -MAX_AMOUNT, 1e-22, -1e-22, 0.1, -0.0004, 0.0010000000474974513, 0),
)

/** Any integer minor-units amount the guards take, up to +-1e15. */
export const acceptedMinorAmount: fc.Arbitrary<number> = fc.oneof(
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map(Number),
  fc.constantFrom(MAX_AMOUNT, -MAX_AMOUNT, 0, 1, -1),
)
