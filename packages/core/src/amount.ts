/**
 * The range of amounts the kit takes from a provider (credits, balances, money in minor units).
 * Every provider parser reads its amounts through the guards in `internal/read-checked.ts`, which
 * apply this one rule; a value outside it makes the body `malformed`, with the JSON path of the
 * value. Inside it, totals and running balances (`decimal.ts`) are exact and always finite.
 *
 * The rule: an amount is 0, or a finite number with `|x| <= MAX_AMOUNT` written with at most
 * `MAX_AMOUNT_DECIMALS` decimal places in its shortest form (so its smallest non-zero size is
 * `1e-22`). Refused: `1e21` and beyond, `Infinity` (JSON `1e309`), NaN, and values such as the
 * denormal `5e-324` or `1.5e-23`.
 */
import { decimalPlaces } from './decimal.js'

/**
 * The largest size of one amount: 10^15 credits or minor units (ten trillion dollars in cents).
 * Below 2^50, so an integer amount is exact in a double and `decimal.ts` adds integer amounts
 * without leaving its float path; far above any real ledger's single movement.
 */
export const MAX_AMOUNT = 1e15

/**
 * The most decimal places one amount may have: 22, because 10^22 is the largest power of ten a
 * double holds exactly, so `decimal.ts` scales any accepted amount by an exact factor. It takes
 * every double from `1e-6` up (17 significant digits at most), including float32 round-off such
 * as `0.0010000000474974513`.
 */
export const MAX_AMOUNT_DECIMALS = 22

/**
 * From this size up, a double's shortest form (at most 17 significant digits, the first at 10^-6
 * or above) never has more than 22 decimal places: the guards skip the string check there.
 */
const PLAIN_MIN = 1e-6

/** Whether `value` is an amount the kit takes (see the module comment). */
export function isAmountInRange(value: number): boolean {
  const size = Math.abs(value)
  // NaN fails every comparison; infinities fail the first.
  if (size <= MAX_AMOUNT && size >= PLAIN_MIN) return true
  return size === 0 || (size < PLAIN_MIN && decimalPlaces(value) <= MAX_AMOUNT_DECIMALS)
}

/** Whether `value` is an amount in integer minor units (cents) the kit takes. */
export function isMinorAmountInRange(value: unknown): value is number {
  return Number.isSafeInteger(value) && Math.abs(value as number) <= MAX_AMOUNT
}
