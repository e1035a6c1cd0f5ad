import { act, renderHook, waitFor } from '@testing-library/react'
import { createVayuSource } from '@usage-kit/core'
import { createVayuMock, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedger } from './useLedger.js'

const server = setupMockServer()

describe('offset mode over a cursor-paginated provider (Vayu, 10,000 entries)', () => {
  it('shows page 50 after reading the ledger once: 10 requests of 1,000, then none per page', async () => {
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
    expect(mock.requests).toHaveLength(10)
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
    expect(mock.requests).toHaveLength(10)
  }, 20_000)
})
