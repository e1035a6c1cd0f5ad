/**
 * Reads a field as a checked value: each function here (imported as `read`, as in
 * `read.string(row.id)`) returns the value it was given, checked and where needed normalized, or
 * throws `REJECTED` (`reject()`). This is the hot path of response validation: the provider parsers
 * read each field once and check it as they read it. The throw says only "invalid"; when a body
 * fails, `validate.ts` runs the same pass again to name the exact JSON path. No `eval`/`new
 * Function`, so the kit runs under a strict Content-Security-Policy.
 */
import { isAmountInRange, isMinorAmountInRange } from '../amount.js'
import { toUtcIso } from '../time.js'
import { httpUrl } from './httpUrl.js'

/** Thrown by the readers below; carries no stack, so failing is as cheap as passing. */
export const REJECTED: unique symbol = Symbol('usage-kit.rejected')

export type Json = Record<string, unknown>

/** Refuses the value being read: throws `REJECTED`. */
export function reject(): never {
  throw REJECTED
}

export function object(value: unknown): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) reject()
  return value as Json
}

export function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) reject()
  return value
}

export function string(value: unknown): string {
  if (typeof value !== 'string') reject()
  return value
}

export function nullableString(value: unknown): string | null {
  return value === null ? null : string(value)
}

/** An optional key (absent or undefined) holding a string. */
export function optionalString(value: unknown): string | null {
  return value === undefined ? null : string(value)
}

export function number(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject()
  return value
}

/** A count or position (`total`, `limit`, `offset`): a safe integer. Amounts use `minorAmount`. */
export function integer(value: unknown): number {
  if (!Number.isSafeInteger(value)) reject()
  return value as number
}

/** An amount in integer minor units (cents), within the kit's amount range (`amount.ts`). */
export function minorAmount(value: unknown): number {
  if (!isMinorAmountInRange(value)) reject()
  return value
}

export function boolean(value: unknown): boolean {
  if (typeof value !== 'boolean') reject()
  return value
}

const NUMERIC = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/

/** True for a string JSON number such as "-0.1" (Pydantic serializes Decimal that way). */
export function isNumericString(value: string): boolean {
  return NUMERIC.test(value) && Number.isFinite(Number(value))
}

/**
 * An amount (credits, a balance): a JSON number or a numeric string, as a number, within the
 * kit's amount range (`amount.ts`: finite, at most 1e15, at most 22 decimal places). Every
 * provider's decimal amounts go through here, so one rule holds for all of them.
 */
export function numeric(value: unknown): number {
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && isNumericString(value)
        ? Number(value)
        : NaN
  if (!isAmountInRange(number)) reject()
  return number
}

/** An ISO-8601 date-time, normalized to canonical UTC; refused outside years 0000-9999 UTC. */
export function timestamp(value: unknown): string {
  const iso = typeof value === 'string' ? toUtcIso(value) : null
  if (iso === null) reject()
  return iso
}

export function nullableTimestamp(value: unknown): string | null {
  return value === null || value === undefined ? null : timestamp(value)
}

/**
 * Keeps a link only when it is an absolute http(s) URL with a host (`httpUrl`, the kit's one link
 * rule); anything else (javascript:, data:, relative, no host, or a scheme hidden behind leading
 * spaces or control characters) becomes null. The link is kept as sent.
 */
export function safeHttpUrl(value: string | null): string | null {
  return value === null ? null : httpUrl(value)
}
