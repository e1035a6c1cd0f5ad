/**
 * Exact decimal arithmetic over JS numbers. Providers send decimal amounts (Synap `0.1`, Monk
 * `1562.5`); adding them as binary floats drifts (`0.1 + 0.2 !== 0.3`). We scale every value to an
 * integer at the largest number of decimals present, add integers, and scale back once, so
 * 100,000 entries of `0.1` sum to exactly `10000`. BigInt is used only when the scaled values
 * would leave the safe-integer range.
 */

/** Decimal places in the shortest round-trip form of `value` (`0.1` -> 1, `1e-7` -> 7). */
export function decimalPlaces(value: number): number {
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
 * Running totals `start + values[0]`, `start + values[0] + values[1]`, ... each exact to the
 * inputs' decimals. Used for reconstructed balances, where drift would show in every row.
 */
export function cumulativeExact(start: number, values: readonly number[]): number[] {
  let scale = decimalPlaces(start)
  for (const value of values) {
    if (!Number.isInteger(value)) scale = Math.max(scale, decimalPlaces(value))
  }
  const factor = 10 ** scale
  const out = new Array<number>(values.length)
  let total = Math.round(start * factor)
  let safe = Number.isSafeInteger(total)
  for (let i = 0; safe && i < values.length; i++) {
    total += Math.round((values[i] as number) * factor)
    safe = Number.isSafeInteger(total)
    out[i] = total / factor
  }
  return safe ? out : cumulativeBig(start, values, scale)
}

function cumulativeBig(start: number, values: readonly number[], scale: number): number[] {
  const toBig = (value: number): bigint => BigInt(value.toFixed(scale).replace('.', ''))
  const factor = 10 ** scale
  let total = toBig(start)
  return values.map((value) => {
    total += toBig(value)
    return Number(total) / factor
  })
}

/** Exact `a - b` for two decimals (used to walk a balance backwards from an anchor). */
export function subtractExact(a: number, b: number): number {
  const factor = 10 ** Math.max(decimalPlaces(a), decimalPlaces(b))
  return (Math.round(a * factor) - Math.round(b * factor)) / factor
}
