import { renderHook, waitFor } from '@testing-library/react'
import { createMonkSource, createVayuSource } from '@usage-kit/core'
import {
  createMonkMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
} from '@usage-kit/mocks'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedgerSet } from '../ledger/useLedgerSet.js'
import { useBalanceCheck } from './useBalanceCheck.js'

const server = setupMockServer()
const monk = () => createMonkSource({ token: 'test-token', contractId: MONK_CONTRACT_ID })
const balanceUrl = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits/balance`

/** The whole ledger and the check, as a component reads them together. */
const useChecked = (source: ReturnType<typeof monk>) => {
  const ledger = useLedgerSet({ source })
  return { ledger, balance: useBalanceCheck(source, ledger) }
}

describe('useBalanceCheck', () => {
  it("matches when the ledger's newest running balance is the provider's balance (Monk)", async () => {
    server.use(...createMonkMock({ size: 120, seed: 3 }).handlers)
    const source = monk()
    const { result } = renderHook(() => useChecked(source), { wrapper: createWrapper().wrapper })
    expect(result.current.balance.status).toBe('pending')
    await waitFor(() => expect(result.current.ledger.status).toBe('success'))
    await waitFor(() => expect(result.current.balance.status).toBe('success'))
    const { check } = result.current.balance
    expect(typeof check?.ledger).toBe('number')
    expect(check).toMatchObject({ provider: check?.ledger, difference: 0, matches: true })
  })

  it('says the exact difference when the provider reports another balance', async () => {
    server.use(...createMonkMock({ size: 120, seed: 3 }).handlers)
    const source = monk()
    const { result: ledger } = renderHook(() => useLedgerSet({ source }), {
      wrapper: createWrapper().wrapper,
    })
    await waitFor(() => expect(ledger.current.status).toBe('success'))
    const newest = ledger.current.entries[0]?.balanceAfter as number
    server.use(
      http.get(balanceUrl, () =>
        HttpResponse.json({
          data: {
            balance: {
              balanceCents: 0,
              // Two decimals, as Monk sends them (newest + 0.1 in floats is 6429.450000000001).
              creditBalance: Math.round((newest + 0.1) * 100) / 100,
              currency: 'USD',
              blockCount: 0,
              asOf: '2026-03-10T00:00:00.000Z',
            },
            blocks: [],
          },
        }),
      ),
    )
    const { result } = renderHook(() => useBalanceCheck(source, ledger.current), {
      wrapper: createWrapper().wrapper,
    })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.check).toMatchObject({ ledger: newest, difference: 0.1, matches: false })
  })

  it('reports an error from the balance endpoint', async () => {
    server.use(
      http.get(balanceUrl, () =>
        HttpResponse.json(
          { error: { message: 'Invalid API key', code: 'UNAUTHORIZED' } },
          { status: 401 },
        ),
      ),
    )
    const { result } = renderHook(() => useBalanceCheck(monk(), { entries: [] }), {
      wrapper: createWrapper().wrapper,
    })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.check).toBeNull()
    expect(result.current.error?.kind).toBe('auth')
  })

  it('is unavailable, with no request, where the source has no balance endpoint (Vayu)', () => {
    const mock = createVayuMock({ size: 10, seed: 1 })
    server.use(...mock.handlers)
    const source = createVayuSource({ token: 'test-token', customerId: VAYU_CUSTOMER_ID })
    const { result } = renderHook(() => useBalanceCheck(source, { entries: [] }), {
      wrapper: createWrapper().wrapper,
    })
    expect(result.current).toEqual({ status: 'unavailable', check: null, error: null })
  })
})
