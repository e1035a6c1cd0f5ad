import { normalizeQuery, type LedgerQuery, type LedgerSource } from '@usage-kit/core'

const anonymous = new WeakMap<LedgerSource, string>()
let nextAnonymous = 0

/**
 * A source's identity in cache keys: its `key` (provider, base URL, customer or contract; never a
 * token), or, for a custom source without one, the object itself.
 */
export function sourceKey(source: LedgerSource): readonly string[] {
  if (source.key) return source.key
  let id = anonymous.get(source)
  if (id === undefined) {
    id = `anonymous-${++nextAnonymous}`
    anonymous.set(source, id)
  }
  return [source.provider, id]
}

/**
 * The query as it goes into a cache key: normalized, so equal filters share a cache entry. An
 * unreadable query stays as given; the read then fails with a clear `invalid_request`.
 */
export function keyQuery(query: LedgerQuery | undefined): LedgerQuery {
  try {
    return normalizeQuery(query)
  } catch {
    return query ?? {}
  }
}

/** Every ledger query key starts with this, so a host can invalidate all of them at once. */
export const LEDGER_KEY_ROOT = ['usage-kit', 'ledger'] as const
