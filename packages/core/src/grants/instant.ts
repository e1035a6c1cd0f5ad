/** Option checks the grant functions share: each message names the function and the option. */

/** `asOf` as epoch ms: the clock when absent; a RangeError naming the option when unreadable. */
export function readAsOf(caller: string, asOf: unknown): number {
  if (asOf === undefined) return Date.now()
  const at = typeof asOf === 'string' ? Date.parse(asOf) : Number.NaN
  if (!Number.isFinite(at)) {
    throw new RangeError(`${caller}: asOf must be an ISO-8601 instant (got ${show(asOf)})`)
  }
  return at
}

/**
 * A finite number of days above 0 (or at least 0 with `zero`), or a RangeError naming the option.
 */
export function readDays(
  caller: string,
  name: string,
  value: unknown,
  fallback: number,
  zero = false,
): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!zero && value === 0)) {
    const bound = zero ? 'at least 0' : 'above 0'
    throw new RangeError(
      `${caller}: ${name} must be a number of days ${bound} (got ${show(value)})`,
    )
  }
  return value
}

/** A value as a message shows it: strings quoted, the rest as `String` writes them. */
export function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

/** Epoch ms of an entry's canonical UTC timestamp. */
export const msOf = (iso: string): number => Date.parse(iso)
