import { LedgerError } from '../errors.js'
import type { ProviderId } from '../model.js'
import { REJECTED } from './fast-check.js'

/**
 * Runs a fast guard-and-normalize pass; if it rejects the body, throws a `malformed` LedgerError
 * naming the JSON path of the first bad field. The path comes from running the same pass again
 * (see `firstBadPath`), so the check and its explanation are one piece of code and cannot disagree.
 */
export function parseBody<T>(
  provider: ProviderId | 'remote',
  body: unknown,
  parse: (body: unknown) => T,
): T {
  try {
    return parse(body)
  } catch (error) {
    if (error !== REJECTED) throw error
  }
  throw new LedgerError({
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
export function firstBadPath(body: unknown, parse: (body: unknown) => unknown): string {
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
    parse(view(body, '$'))
  } catch (error) {
    if (error !== REJECTED) throw error
    return last
  }
  return '$'
}
