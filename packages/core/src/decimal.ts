/**
 * Exact decimal arithmetic over JS numbers. Providers send decimal amounts (Synap `0.1`, Monk
 * `1562.5`); adding them as binary floats drifts (`0.1 + 0.2 !== 0.3`). We scale every value to an
 * integer at the largest number of decimals present, add integers, and scale back once, so
 * 100,000 entries of `0.1` sum to exactly `10000`. BigInt is used only when the scaled values
 * would leave the range where doubles add integers exactly (large amounts such as `1e21`, or more
 * than 22 decimals such as the denormal `5e-324`); every finite double is accepted.
 */

/** Decimals tried without a string: amounts in ledgers rarely have more. */
const FAST_PLACES = 8

/** Decimal places in the shortest round-trip form of `value` (`0.1` -> 1, `1e-7` -> 7). */
export function decimalPlaces(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return 0
  // Fast path for the amounts ledgers hold (a few decimals): the fewest decimals `k` at which the
  // nearest k-decimal number reads back as `value` is what `String` would write, without building
  // the string (over 100,000 amounts the strings were most of a balance reconstruction). Checked
  // against the string rule below by a property test.
  for (let k = 1, factor = 10; k <= FAST_PLACES; k++, factor *= 10) {
    const scaled = Math.round(value * factor)
    if (Math.abs(scaled) >= 2 ** 52) break
    if (scaled / factor === value) return k
  }
  return decimalPlacesOfText(value)
}

/** `decimalPlaces` by the string `String` writes: the rule itself, and the path past the fast one. */
export function decimalPlacesOfText(value: number): number {
  if (Number.isInteger(value) || !Number.isFinite(value)) return 0
  const text = String(value)
  const e = text.indexOf('e')
  const mantissa = e === -1 ? text : text.slice(0, e)
  const dot = mantissa.indexOf('.')
  const mantissaPlaces = dot === -1 ? 0 : mantissa.length - dot - 1
  return e === -1 ? mantissaPlaces : Math.max(0, mantissaPlaces - Number(text.slice(e + 1)))
}

/** The exact sum of `values`, rounded once to the nearest double. */
export function sumExact(values: readonly number[]): number {
  const totals = cumulativeExact(0, values)
  return totals.length === 0 ? 0 : (totals[totals.length - 1] as number)
}

/**
 * The largest scale the float path takes: 10^22 is the largest power of ten a double holds exactly.
 */
const FLOAT_SCALE = 22
/**
 * The largest scaled value the float path takes: below it `value * 10^scale` is within 0.5 of the
 * integer it stands for, so `Math.round` finds that integer (the product is off by at most about
 * |value * 10^scale| * 2^-52).
 */
const FLOAT_TERM = 2 ** 50

/**
 * Running totals `start + values[0]`, `start + values[0] + values[1]`, ... each exact to the
 * inputs' decimals and rounded once to the nearest double. Used for reconstructed balances, where
 * drift would show in every row.
 *
 * Every finite double is accepted, whatever its magnitude (`1e21`, `1.7976931348623157e308`, the
 * denormal `5e-324`): each value counts as its shortest decimal form (what `String` writes), and a
 * total beyond the double range comes out as `Infinity` (later values may bring it back). A value
 * that is not finite (NaN, an infinity) turns that total and the ones after it into what float
 * addition gives from there (NaN or an infinity); nothing throws.
 */
export function cumulativeExact(start: number, values: readonly number[]): number[] {
  let scale = decimalPlaces(start)
  for (const value of values) {
    if (!Number.isInteger(value)) scale = Math.max(scale, decimalPlaces(value))
  }
  if (scale <= FLOAT_SCALE) {
    const factor = 10 ** scale
    // At scale 0 every finite value is an integer, read exactly.
    const limit = scale === 0 ? Number.MAX_SAFE_INTEGER : FLOAT_TERM
    const out = new Array<number>(values.length)
    // `+ 0`: exact decimals have no negative zero (-0 + -0 would stay -0 and read as "−0").
    let total = Math.round(start * factor) + 0
    // NaN and the infinities fail these comparisons too, and go the BigInt way.
    let exact = Math.abs(total) <= limit
    for (let i = 0; exact && i < values.length; i++) {
      const term = Math.round((values[i] as number) * factor)
      total += term
      exact = Math.abs(term) <= limit && Number.isSafeInteger(total)
      out[i] = total / factor
    }
    if (exact) return out
  }
  return cumulativeBig(start, values, scale)
}

/** `cumulativeExact` in BigInt: every value scaled to an integer at `scale` decimals. */
function cumulativeBig(start: number, values: readonly number[], scale: number): number[] {
  const out = new Array<number>(values.length)
  // Once a value is not finite, float addition from the last total (NaN and infinities stay).
  let float: number | null = Number.isFinite(start) ? null : start
  let total = float === null ? scaled(start, scale) : 0n
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number
    if (float === null && !Number.isFinite(value)) {
      float = i === 0 ? unscaled(total, scale) : (out[i - 1] as number)
    }
    if (float !== null) {
      float += value
      out[i] = float
      continue
    }
    total += scaled(value, scale)
    out[i] = unscaled(total, scale)
  }
  return out
}

/**
 * A finite double's shortest decimal form as an integer count of `10^-scale` (`scale` is at
 * least its decimal places). Read from `String(value)`, exponent included: `1e+21`, `5e-324`.
 */
function scaled(value: number, scale: number): bigint {
  const text = String(value)
  const e = text.indexOf('e')
  const mantissa = e === -1 ? text : text.slice(0, e)
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1))
  const dot = mantissa.indexOf('.')
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)
  const places = dot === -1 ? 0 : mantissa.length - dot - 1
  return BigInt(digits) * 10n ** BigInt(scale + exponent - places)
}

/** `total * 10^-scale` rounded once to the nearest double (JavaScript reads decimals exactly). */
function unscaled(total: bigint, scale: number): number {
  return Number(`${total}e-${scale}`)
}

/**
 * Exact `a - b` for two decimals (used to walk a balance backwards from an anchor), rounded once;
 * any two finite doubles, as `cumulativeExact` describes.
 */
export function subtractExact(a: number, b: number): number {
  const scale = Math.max(decimalPlaces(a), decimalPlaces(b))
  if (scale <= FLOAT_SCALE) {
    const factor = 10 ** scale
    const limit = scale === 0 ? 2 ** 52 : FLOAT_TERM
    const x = Math.round(a * factor)
    const y = Math.round(b * factor)
    if (Math.abs(x) <= limit && Math.abs(y) <= limit) return (x - y) / factor + 0
  }
  return cumulativeBig(a, [-b], scale)[0] as number
}
