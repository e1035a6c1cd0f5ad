/**
 * An in-memory LedgerSource of any pagination style, to test the reader's generic logic over
 * many random ledgers quickly. (Each real source is tested against its MSW mock separately.)
 * Besides the well-behaved provider it can misbehave the ways real ones do: serve rows in an
 * order of its own (stable or different on every request), repeat each row of a page, and take
 * new entries between requests.
 */
import {
  applyQuery,
  sortNewestFirst,
  type LedgerEntry,
  type LedgerSource,
  type PaginationStyle,
  type ServerFilter,
  type SourceOrder,
} from '@usage-kit/core'
import { entry } from './entries.js'

/**
 * The order the provider serves rows in: `'newest-first'` (the default for offset, page and
 * none), `'oldest-first'` (the default for cursor, like Vayu's lists), `'shuffled'` (an order of
 * its own that holds still between requests, new rows landing anywhere in it) or `'reshuffled'`
 * (a new order on every request, which no walk of offsets can read whole).
 */
export type ServingOrder = 'newest-first' | 'oldest-first' | 'shuffled' | 'reshuffled'

export interface MemorySourceOptions {
  filters?: ServerFilter[]
  maxPageSize?: number
  /** The order the source declares in its capabilities. @default undefined */
  order?: SourceOrder
  /** @default 'oldest-first' for cursor, else 'newest-first' */
  serving?: ServingOrder
  /** Each row of a page twice (a page of `limit` offsets holds `2 * limit` rows). @default false */
  repeatRows?: boolean
  /** New entries added before every request after the first. @default 0 */
  appendPerRequest?: number
  /** Seed of the shuffles. @default 1 */
  seed?: number
}

export interface MemorySource {
  source: LedgerSource
  /** Adds entries newer than all others (they shift offset pages, as on a live ledger). */
  prepend(entries: LedgerEntry[]): void
  requests: number
  /** Every entry the source holds now (the initial ones and any added since). */
  readonly rows: readonly LedgerEntry[]
}

export function createMemorySource(
  initial: LedgerEntry[],
  pagination: PaginationStyle,
  options: MemorySourceOptions = {},
): MemorySource {
  let rows = sortNewestFirst(initial)
  const filters =
    options.filters ?? (pagination === 'offset' || pagination === 'page' ? ['from', 'to'] : [])
  const maxPageSize = options.maxPageSize ?? (pagination === 'none' ? Number.MAX_SAFE_INTEGER : 40)
  const serving = options.serving ?? (pagination === 'cursor' ? 'oldest-first' : 'newest-first')
  const appendPerRequest = options.appendPerRequest ?? 0
  let appended = 0
  const seed = options.seed ?? 1

  /** The rows in serving order for request number `request`. */
  const served = (matching: LedgerEntry[], request: number): LedgerEntry[] => {
    switch (serving) {
      case 'newest-first':
        return matching
      case 'oldest-first':
        return matching.slice().reverse()
      case 'shuffled':
        return sortByHash(matching, seed)
      case 'reshuffled':
        return sortByHash(matching, seed * 7919 + request)
    }
  }
  const repeat = (entries: LedgerEntry[]): LedgerEntry[] =>
    options.repeatRows ? entries.flatMap((entry) => [entry, entry]) : entries

  const state: MemorySource = {
    requests: 0,
    get rows() {
      return rows
    },
    prepend(entries) {
      rows = sortNewestFirst([...entries, ...rows])
    },
    source: {
      provider: 'synap',
      capabilities: {
        pagination,
        filters,
        maxPageSize,
        ...(options.order ? { order: options.order } : {}),
      },
      async fetchPage({ pageSize, pageParam, query }) {
        if (state.requests > 0 && appendPerRequest > 0) {
          state.prepend(newer(rows[0], appendPerRequest, appended))
          appended += appendPerRequest
        }
        state.requests++
        await Promise.resolve()
        const serverQuery = {
          ...(filters.includes('from') && query.from ? { from: query.from } : {}),
          ...(filters.includes('to') && query.to ? { to: query.to } : {}),
          ...(filters.includes('kinds') && query.kinds ? { kinds: query.kinds } : {}),
        }
        const matching = served(applyQuery(rows, serverQuery), state.requests)
        const size = Math.min(pageSize, maxPageSize)
        switch (pagination) {
          case 'none':
            return { entries: repeat(matching), nextPageParam: null, total: matching.length }
          case 'offset': {
            const offset = (pageParam as number | undefined) ?? 0
            const entries = matching.slice(offset, offset + size)
            const next =
              entries.length > 0 && offset + entries.length < matching.length
                ? offset + entries.length
                : null
            return { entries: repeat(entries), nextPageParam: next, total: matching.length }
          }
          case 'page': {
            const page = (pageParam as number | undefined) ?? 1
            const entries = matching.slice((page - 1) * size, page * size)
            const next = entries.length > 0 && page * size < matching.length ? page + 1 : null
            return { entries: repeat(entries), nextPageParam: next, total: matching.length }
          }
          case 'cursor': {
            const start = Number((pageParam as string | undefined) ?? 0)
            const entries = matching.slice(start, start + size)
            const next = start + size < matching.length ? String(start + size) : null
            // A total, as Vayu's list convention sends one.
            return { entries: repeat(entries), nextPageParam: next, total: matching.length }
          }
        }
      },
    },
  }
  return state
}

/** `count` entries newer than `newest`, with ids no other row has. */
function newer(newest: LedgerEntry | undefined, count: number, from: number): LedgerEntry[] {
  const base = newest ? Date.parse(newest.occurredAt) : Date.UTC(2026, 0, 1)
  return Array.from({ length: count }, (_, i) =>
    entry({
      id: `new${String(from + i).padStart(6, '0')}`,
      kind: 'usage',
      providerType: 'usage',
      occurredAt: new Date(base + (i + 1) * 60_000).toISOString(),
      credits: -1,
      category: 'inference',
      description: `new ${from + i}`,
    }),
  )
}

/** An order of the rows' own: by a hash of each id, so a new row lands anywhere in it. */
function sortByHash(entries: readonly LedgerEntry[], seed: number): LedgerEntry[] {
  const keyed = entries.map((entry) => ({ entry, key: hash(entry.id, seed) }))
  keyed.sort((a, b) => a.key - b.key || (a.entry.id < b.entry.id ? -1 : 1))
  return keyed.map(({ entry }) => entry)
}

function hash(text: string, seed: number): number {
  let h = (seed ^ 0x811c9dc5) >>> 0
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0
  return h
}
