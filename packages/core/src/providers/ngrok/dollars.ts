/**
 * ngrok's amounts are integer US cents, and its credit is a US dollar ("Amount of credits granted
 * in cents", `appliedCreditsCents`): the ledger's credits are `cents / 100`, exactly.
 */

/**
 * `cents / 100` as the double nearest the exact decimal (`1688077` -> `16880.77`, the same double
 * as the literal). For an integer (every documented amount) plain division is exact: IEEE
 * division rounds the exact quotient of two exact operands once, to the nearest double. Any other
 * number (an undocumented fractional amount) is shifted in its shortest decimal form, as
 * `decimal.ts` reads amounts, so `0.1` cents is `0.001` dollars, not `0.1 / 100`. Never `-0`.
 */
export function centsToDollars(cents: number): number {
  if (Number.isInteger(cents) || !Number.isFinite(cents)) return cents / 100 + 0
  const text = String(cents)
  const e = text.indexOf('e')
  const mantissa = e === -1 ? text : text.slice(0, e)
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1))
  // JavaScript reads a decimal literal to the nearest double: one rounding, from the exact value.
  return Number(`${mantissa}e${exponent - 2}`) + 0
}
