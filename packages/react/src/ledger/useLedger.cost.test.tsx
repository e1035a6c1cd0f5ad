import { act, renderHook, waitFor } from '@testing-library/react'
import { createMonkSource, createVayuSource, type LedgerQuery } from '@usage-kit/core'
import {
  createMonkMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
} from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedger } from './useLedger.js'
import { useLedgerSet } from './useLedgerSet.js'

const server = setupMockServer()

describe('offset mode over a cursor-paginated provider (Vayu, 10,000 entries)', () => {
  it('shows page 50 after reading the ledger once: 11 requests of 1,000, then none per page', async () => {
    const mock = createVayuMock({ size: 10_000, seed: 1 })
    server.use(...mock.handlers)
    const source = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: 'test-token' })
    const { wrapper } = createWrapper()
    const { result } = renderHook(() => useLedger({ source, pagination: 'offset', pageSize: 50 }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 10_000 })
    // A cursor cannot be addressed by index, and Vayu lists oldest first: the reader takes the
    // whole ledger once at the provider's maximum page size, newest first, and pages it locally.
    // The documented shape has no next cursor: each request after the first repeats the previous
    // page's last row to check the assumed one (docs/providers/vayu.md), so 999 new rows each.
    expect(mock.requests).toHaveLength(11)
    expect(
      mock.requests.every((request) => new URL(request.url).searchParams.get('limit') === '1000'),
    ).toBe(true)
    expect(result.current.pageCount).toBe(200)

    act(() => result.current.setPageIndex(49))
    await waitFor(() => {
      expect(result.current.pageIndex).toBe(49)
      expect(result.current.isPlaceholderData).toBe(false)
    })
    expect(result.current.entries).toHaveLength(50)
    expect(mock.requests).toHaveLength(11)
  }, 20_000)
})

describe('a whole-history provider (Monk) under a table and a chart at once', () => {
  it('reads the body once for both, then filters and refreshes as asked', async () => {
    const mock = createMonkMock({ size: 500, seed: 4 })
    server.use(...mock.handlers)
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
    const ledgerCalls = () =>
      mock.requests.filter((request) => new URL(request.url).pathname.endsWith('/ledger')).length
    const { wrapper } = createWrapper()
    const { result, rerender } = renderHook(
      (query: LedgerQuery) => ({
        table: useLedger({ source, query }),
        set: useLedgerSet({ source, query }),
      }),
      { wrapper, initialProps: {} },
    )
    await waitFor(() => {
      expect(result.current.table.status).toBe('success')
      expect(result.current.set.status).toBe('success')
    })
    expect(ledgerCalls()).toBe(1)
    expect(result.current.set.entries).toHaveLength(500)

    // Monk filters nothing itself: a new filter is applied to the ledger already read.
    rerender({ kinds: ['grant'] })
    await waitFor(() => expect(result.current.table.isPlaceholderData).toBe(false))
    expect(result.current.table.entries.every((entry) => entry.kind === 'grant')).toBe(true)
    expect(result.current.set.entries.every((entry) => entry.kind === 'grant')).toBe(true)
    expect(ledgerCalls()).toBe(1)

    // A refresh is the user asking for news: it reaches the provider.
    await act(() => result.current.table.refetch())
    expect(ledgerCalls()).toBe(2)
  })
})
