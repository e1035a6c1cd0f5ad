import { QueryClient, useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type {
  IndexedPage,
  LedgerEntry,
  LedgerError,
  LedgerSource,
  ReaderPage,
} from '@usage-kit/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  ledgerInfiniteQueryOptions,
  ledgerQueryOptions,
  useBalanceSeries,
  useLedger,
  useLedgerTotals,
  type InfiniteLedgerResult,
  type LedgerResult,
  type OffsetLedgerResult,
} from './index.js'

declare const source: LedgerSource

describe('public types', () => {
  it('useLedger narrows its result by pagination mode', () => {
    expectTypeOf(useLedger({ source })).toEqualTypeOf<InfiniteLedgerResult>()
    expectTypeOf(
      useLedger({ source, pagination: 'infinite' }),
    ).toEqualTypeOf<InfiniteLedgerResult>()
    expectTypeOf(useLedger({ source, pagination: 'offset' })).toEqualTypeOf<OffsetLedgerResult>()
    const mode = 'offset' as 'offset' | 'infinite'
    expectTypeOf(useLedger({ source, pagination: mode })).toEqualTypeOf<LedgerResult>()
    expectTypeOf(useLedger({ source }).entries).toEqualTypeOf<LedgerEntry[]>()
    expectTypeOf(useLedger({ source }).error).toEqualTypeOf<LedgerError | null>()
    expectTypeOf(useLedger({ source, pagination: 'offset' }).pageCount).toEqualTypeOf<
      number | null
    >()
    // @ts-expect-error offset results have no fetchNextPage
    void useLedger({ source, pagination: 'offset' }).fetchNextPage
    // @ts-expect-error pagination is 'infinite' or 'offset'
    void useLedger({ source, pagination: 'pages' })
  })

  it('options factories tie the key to the data type for every react-query call', () => {
    const client = new QueryClient()
    const options = ledgerQueryOptions({ source, pageIndex: 2 })
    expectTypeOf(client.getQueryData(options.queryKey)).toEqualTypeOf<IndexedPage | undefined>()
    expectTypeOf(useQuery(options).data).toEqualTypeOf<IndexedPage | undefined>()
    expectTypeOf(useQuery(options).error).toEqualTypeOf<LedgerError | null>()
    expectTypeOf(useSuspenseQuery(options).data).toEqualTypeOf<IndexedPage>()
    const infinite = ledgerInfiniteQueryOptions({ source, pageSize: 20 })
    expectTypeOf(client.getQueryData(infinite.queryKey)?.pages).toEqualTypeOf<
      ReaderPage[] | undefined
    >()
  })

  it('derived hooks take anything with entries', () => {
    expectTypeOf(useLedgerTotals({ entries: [] }).net).toEqualTypeOf<number>()
    expectTypeOf(useBalanceSeries(useLedger({ source }), { points: 300 })[0]).toMatchTypeOf<
      { at: number; balance: number } | undefined
    >()
  })
})
