import { LedgerError } from '../errors.js'
import type { ProviderId } from '../model.js'
import { REJECTED } from './read-checked.js'
import { createSlicer, runInSlices, runToEnd, type Slicer } from './slicer.js'

/**
 * A provider's guard-and-normalize pass over a parsed body. A plain function normalizes the body
 * in one go. A generator function (`function* parse(body) { ... }`) may `yield` between rows
 * (every 1,000 or so); `parseBodyInSlices` then gives the event loop a turn whenever the pass has
 * run for a slice's worth of time, so normalizing a 100,000-row body blocks nothing for long. Its
 * state (ids seen, running totals) lives in the generator, so rows may depend on earlier rows.
 */
export type BodyParser<T> = (body: unknown) => T | Generator<unknown, T, undefined>

/**
 * How many rows a generator parser normalizes between pauses: 1,024 rows take about 1-4 ms, so
 * the slicer (which yields once a slice has run its 10 ms) is asked often enough to keep each
 * block short, and rarely enough that asking costs nothing measurable.
 */
export const YIELD_EVERY_ROWS = 1024

/**
 * Runs a fast guard-and-normalize pass; if it rejects the body, throws a `malformed` LedgerError
 * naming the JSON path of the first bad field. The path comes from running the same pass again
 * (see `firstBadPath`), so the check and its explanation are one piece of code and cannot disagree.
 */
export function parseBody<T>(
  provider: ProviderId | 'remote',
  body: unknown,
  parse: BodyParser<T>,
): T {
  try {
    return runParser(parse, body)
  } catch (error) {
    throw explain(provider, body, parse, error)
  }
}

/**
 * `parseBody` for a body that may be big: a generator parser gets a turn of the event loop between
 * slices of its rows, and stops at the first pause after `signal` aborts.
 */
export async function parseBodyInSlices<T>(
  provider: ProviderId | 'remote',
  body: unknown,
  parse: BodyParser<T>,
  signal?: AbortSignal,
  slicer: Slicer = createSlicer(signal),
): Promise<T> {
  try {
    const result = parse(body)
    return isGenerator<T>(result) ? await runInSlices(result, signal, slicer) : result
  } catch (error) {
    throw explain(provider, body, parse, error)
  }
}

/** Runs `parse` to its end, a generator included. */
export function runParser<T>(parse: BodyParser<T>, body: unknown): T {
  const result = parse(body)
  return isGenerator<T>(result) ? runToEnd(result) : result
}

function isGenerator<T>(value: unknown): value is Generator<unknown, T, undefined> {
  return Object.prototype.toString.call(value) === '[object Generator]'
}

/** A guard's rejection as a `malformed` LedgerError with the path of the bad field; else as is. */
function explain(
  provider: ProviderId | 'remote',
  body: unknown,
  parse: BodyParser<unknown>,
  error: unknown,
): unknown {
  if (error !== REJECTED) return error
  return new LedgerError({
    kind: 'malformed',
    provider,
    path: firstBadPath(body, parse),
    providerMessage: 'the response does not match the documented shape',
  })
}

/**
 * Where `parse` rejects `body`: it runs over a view of the body that records the JSON path of
 * every value read (`$.data.entries[3].amountCents`). The guards check each value as it is read,
 * so the path of the last value read when the pass gives up is the bad field. Only failures pay
 * for the view; the hot path reads the plain body.
 */
export function firstBadPath(body: unknown, parse: BodyParser<unknown>): string {
  let last = '$'
  const view = (value: unknown, path: string): unknown =>
    typeof value !== 'object' || value === null
      ? value
      : new Proxy(value, {
          get(target, key) {
            const child: unknown = Reflect.get(target, key)
            const list = Array.isArray(target)
            // An array's `length` and methods are not places in the document.
            if (typeof key === 'symbol' || (list && !/^\d+$/.test(key))) return child
            last = list ? `${path}[${key}]` : `${path}.${key}`
            return view(child, last)
          },
        })
  try {
    runParser(parse, view(body, '$'))
  } catch (error) {
    if (error !== REJECTED) throw error
    return last
  }
  return '$'
}
