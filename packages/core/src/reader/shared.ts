import type { BalanceAnchor } from '../balance.js'
import { isLedgerError } from '../errors.js'
import type { LedgerQuery } from '../query.js'
import type { LedgerSource } from '../source.js'

/** Two page params are the same page (params are JSON-like values). */
export function sameParam(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The current balance as an anchor, where the source has a balance endpoint. A failing balance
 * read costs the balances only, not the page, unless the read was aborted.
 */
export async function readAnchor(
  source: LedgerSource,
  signal: AbortSignal | undefined,
): Promise<BalanceAnchor | null> {
  if (!source.fetchBalance) return null
  try {
    const balance = await source.fetchBalance({ ...(signal ? { signal } : {}) })
    return balance.credits === null ? null : { type: 'current', credits: balance.credits }
  } catch (error) {
    if (isLedgerError(error) && error.kind === 'aborted') throw error
    return null
  }
}

/**
 * True when the provider applies every active part of the query itself. The reader's queries
 * are normalized, so every key they hold is an active part.
 */
export function serverCovers(source: LedgerSource, query: LedgerQuery): boolean {
  const filters: readonly string[] = source.capabilities.filters
  return Object.keys(query).every((part) => filters.includes(part))
}

/**
 * A running balance can continue across streamed pages only while the pages are the newest
 * entries, unfiltered by the server; client-side-only parts (search) do not break it, unless the
 * source searches server-side too (a usage-kit endpoint), which leaves gaps between its rows.
 */
export function chainPossible(source: LedgerSource, query: LedgerQuery): boolean {
  const filters: readonly string[] = source.capabilities.filters
  return Object.keys(query).every((part) => part === 'search' && !filters.includes('search'))
}
