import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query'
import type {
  IndexedPage,
  LedgerError,
  LedgerQuery,
  LedgerSource,
  ReaderPage,
  ReaderPageParam,
} from '@usage-kit/core'
import { keyQuery, LEDGER_KEY_ROOT, sourceKey } from './keys.js'
import { readerFor } from './readers.js'
import { ledgerRetryDelay, shouldRetryLedger } from './retry.js'

/** What identifies a ledger read. */
export interface LedgerOptionsInput {
  /** The provider source to read. */
  source: LedgerSource
  /**
   * Filters.
   * @default {} (everything)
   */
  query?: LedgerQuery
  /**
   * Entries per page.
   * @default 50
   */
  pageSize?: number
  /**
   * Retry rate limits, server errors and network failures with the kit's policy.
   * @default true
   */
  retry?: boolean
}

export const DEFAULT_PAGE_SIZE = 50

/**
 * A read of a query that already has data is a refresh, and must reach the provider; a first read
 * (a new filter, a new page) may be served from the reader's snapshot of a whole ledger.
 */
export function isRefetch(client: QueryClient, queryKey: QueryKey): boolean {
  return client.getQueryState(queryKey)?.data !== undefined
}

function retryOptions(retry: boolean) {
  return retry
    ? { retry: shouldRetryLedger, retryDelay: ledgerRetryDelay }
    : { retry: false as const }
}

/**
 * The offset-mode read of one page, as plain react-query options: pass them to `useQuery`,
 * `useSuspenseQuery`, `queryClient.prefetchQuery` or `getQueryData`.
 */
export function ledgerQueryOptions(input: LedgerOptionsInput & { pageIndex?: number }) {
  const { source, pageSize = DEFAULT_PAGE_SIZE, pageIndex = 0, retry = true } = input
  const query = keyQuery(input.query)
  return queryOptions<IndexedPage, LedgerError>({
    queryKey: [...LEDGER_KEY_ROOT, ...sourceKey(source), 'offset', { query, pageSize, pageIndex }],
    queryFn: ({ signal, client, queryKey }) =>
      readerFor(client, source).readPageAt({
        query,
        pageSize,
        pageIndex,
        signal,
        fresh: isRefetch(client, queryKey),
      }),
    placeholderData: keepPreviousData,
    ...retryOptions(retry),
  })
}

/** The infinite-mode read (page after page), as plain react-query options. */
export function ledgerInfiniteQueryOptions(input: LedgerOptionsInput) {
  const { source, pageSize = DEFAULT_PAGE_SIZE, retry = true } = input
  const query = keyQuery(input.query)
  return infiniteQueryOptions<
    ReaderPage,
    LedgerError,
    { pages: ReaderPage[]; pageParams: (ReaderPageParam | null)[] },
    readonly unknown[],
    ReaderPageParam | null
  >({
    queryKey: [...LEDGER_KEY_ROOT, ...sourceKey(source), 'infinite', { query, pageSize }],
    queryFn: ({ pageParam, signal, client, queryKey }) =>
      readerFor(client, source).readPage({
        query,
        pageSize,
        pageParam,
        signal,
        fresh: pageParam === null && isRefetch(client, queryKey),
      }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextPageParam,
    placeholderData: keepPreviousData,
    ...retryOptions(retry),
  })
}
