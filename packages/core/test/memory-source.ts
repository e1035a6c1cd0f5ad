/**
 * An in-memory LedgerSource of any pagination style, to test the reader's generic logic over
 * many random ledgers quickly. (Each real source is tested against its MSW mock separately.)
 */
import {
  applyQuery,
  sortNewestFirst,
  type LedgerEntry,
  type LedgerSource,
  type PaginationStyle,
  type ServerFilter,
} from '@usage-kit/core'

export interface MemorySource {
  source: LedgerSource
  /** Adds entries newer than all others (they shift offset pages, as on a live ledger). */
  prepend(entries: LedgerEntry[]): void
  requests: number
}

export function createMemorySource(
  initial: LedgerEntry[],
  pagination: PaginationStyle,
  options: { filters?: ServerFilter[]; maxPageSize?: number } = {},
): MemorySource {
  let rows = sortNewestFirst(initial)
  const filters =
    options.filters ?? (pagination === 'offset' || pagination === 'page' ? ['from', 'to'] : [])
  const maxPageSize = options.maxPageSize ?? (pagination === 'none' ? Number.MAX_SAFE_INTEGER : 40)
  const state: MemorySource = {
    requests: 0,
    prepend(entries) {
      rows = sortNewestFirst([...entries, ...rows])
    },
    source: {
      provider: 'synap',
      capabilities: { pagination, filters, maxPageSize },
      async fetchPage({ pageSize, pageParam, query }) {
        state.requests++
        await Promise.resolve()
        const serverQuery = {
          ...(filters.includes('from') && query.from ? { from: query.from } : {}),
          ...(filters.includes('to') && query.to ? { to: query.to } : {}),
          ...(filters.includes('kinds') && query.kinds ? { kinds: query.kinds } : {}),
        }
        const matching = applyQuery(rows, serverQuery)
        const size = Math.min(pageSize, maxPageSize)
        switch (pagination) {
          case 'none':
            return { entries: matching.slice(), nextPageParam: null, total: matching.length }
          case 'offset': {
            const offset = (pageParam as number | undefined) ?? 0
            const entries = matching.slice(offset, offset + size)
            const next =
              entries.length > 0 && offset + entries.length < matching.length
                ? offset + entries.length
                : null
            return { entries, nextPageParam: next, total: matching.length }
          }
          case 'page': {
            const page = (pageParam as number | undefined) ?? 1
            const entries = matching.slice((page - 1) * size, page * size)
            const next = entries.length > 0 && page * size < matching.length ? page + 1 : null
            return { entries, nextPageParam: next, total: matching.length }
          }
          case 'cursor': {
            // Oldest first, like Vayu's lists.
            const ascending = matching.slice().reverse()
            const start = Number((pageParam as string | undefined) ?? 0)
            const entries = ascending.slice(start, start + size)
            const next = start + size < ascending.length ? String(start + size) : null
            return { entries, nextPageParam: next, total: null }
          }
        }
      },
    },
  }
  return state
}
