import { renderHook, waitFor } from '@testing-library/react'
import { createVayuSource } from '@usage-kit/core'
import { createVayuMock, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedger } from './useLedger.js'

const server = setupMockServer()
const source = () => createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: 'test-token' })

/**
 * A Vayu server that ignores `cursor` answers every request with its first page: past a full page
 * the end cannot be established, the reader's pages say `complete: false`, and the hook must
 * pass that on rather than show a shorter history as the whole one (issue 14, issue 20 §2).
 */
describe('useLedger complete', () => {
  it.each(['infinite', 'offset'] as const)(
    '%s: false when the pages say the read may be incomplete',
    async (pagination) => {
      server.use(...createVayuMock({ size: 1500, pagination: 'first-page-only' }).handlers)
      const { wrapper } = createWrapper()
      const ledgerSource = source()
      const { result } = renderHook(
        () => useLedger({ source: ledgerSource, pageSize: 25, pagination }),
        { wrapper },
      )
      await waitFor(() => expect(result.current.status).toBe('success'))
      expect(result.current.complete).toBe(false)
    },
  )

  it.each(['infinite', 'offset'] as const)(
    '%s: true when the documented shape is read to its end',
    async (pagination) => {
      server.use(...createVayuMock({ size: 1500 }).handlers)
      const { wrapper } = createWrapper()
      const ledgerSource = source()
      const { result } = renderHook(
        () => useLedger({ source: ledgerSource, pageSize: 25, pagination }),
        { wrapper },
      )
      expect(result.current.complete).toBe(true)
      await waitFor(() => expect(result.current.status).toBe('success'))
      expect(result.current.complete).toBe(true)
      expect(result.current.total).toBe(1500)
    },
  )
})
