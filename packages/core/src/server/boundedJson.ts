/**
 * Copies of untrusted JSON-like values that are small by construction: every string cut to a
 * length, nesting cut at a depth, and the whole copy cut at a character budget. What the
 * endpoint sends of a provider's record goes through here, so a 50 MB string or a value nested
 * 50,000 levels deep can never reach `JSON.stringify` (which would send the first whole and throw
 * a `RangeError` on the second).
 */

/** The deepest nesting a copy keeps; deeper values are left out. */
export const MAX_JSON_DEPTH = 8

/** Leaves a value out of the copy (JSON has no `undefined` inside arrays, so they get null). */
export const OMIT: unique symbol = Symbol('usage-kit.omit')

/** What one copy may still spend, in characters of JSON (approximately: quotes and commas). */
export interface JsonBudget {
  chars: number
  /** Every string longer than this is cut to it, ending in an ellipsis. */
  readonly maxTextLength: number
}

/**
 * `text` cut to `max` characters, the last of them an ellipsis; never half a surrogate pair, so
 * the cut text is still well-formed Unicode.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text
  let end = Math.max(0, max - 1)
  const last = text.charCodeAt(end - 1)
  if (last >= 0xd800 && last <= 0xdbff) end -= 1
  return `${text.slice(0, end)}…`
}

/** A JSON scalar, bounded; OMIT for anything that is not one. */
export function boundScalar(value: unknown, budget: JsonBudget): unknown {
  switch (typeof value) {
    case 'string': {
      const text = truncateText(value, budget.maxTextLength)
      budget.chars -= text.length + 3
      return text
    }
    case 'number':
      budget.chars -= 24
      // As JSON.stringify would write it, so the copy means what the original meant.
      return Number.isFinite(value) ? value : null
    case 'boolean':
      budget.chars -= 6
      return value
    case 'bigint':
      // JSON.stringify throws on a bigint; its digits are what it means.
      return boundScalar(String(value), budget)
    default:
      if (value === null) {
        budget.chars -= 5
        return null
      }
      return OMIT
  }
}

/** Any value (a host's `raw` projection), copied within the budget and `MAX_JSON_DEPTH`. */
export function boundJson(value: unknown, budget: JsonBudget, depth = 0): unknown {
  if (budget.chars <= 0) return OMIT
  if (typeof value !== 'object' || value === null) return boundScalar(value, budget)
  if (value instanceof Date) {
    return boundScalar(Number.isNaN(value.getTime()) ? null : value.toISOString(), budget)
  }
  if (depth >= MAX_JSON_DEPTH) return OMIT
  budget.chars -= 2
  if (Array.isArray(value)) {
    const copy: unknown[] = []
    for (let i = 0; i < value.length && budget.chars > 0; i++) {
      const item = boundJson(value[i], budget, depth + 1)
      copy.push(item === OMIT ? null : item)
    }
    return copy
  }
  const copy: Record<string, unknown> = {}
  for (const key in value) {
    if (budget.chars <= 0) break
    // Own keys only, as JSON.stringify; a key longer than any text kept is dropped, not cut,
    // so two cut keys can never collide.
    if (!Object.hasOwn(value, key) || key.length > budget.maxTextLength) continue
    const item = boundJson((value as Record<string, unknown>)[key], budget, depth + 1)
    if (item === OMIT) continue
    budget.chars -= key.length + 4
    copy[key] = item
  }
  return copy
}
