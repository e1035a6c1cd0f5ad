import { renderHook, waitFor } from '@testing-library/react'
import { createLedgerReader, createSynapSource } from '@usage-kit/core'
import { createSynapMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedgerSet } from './useLedgerSet.js'

const server = setupMockServer()
const source = () => createSynapSource({ token: 'test-token' })

describe('useLedgerSet', () => {
  it('reads the whole filtered ledger once, newest first', async () => {
    server.use(...createSynapMock({ size: 1500, seed: 8 }).handlers)
    const expected = await createLedgerReader(source()).readPage({
      pageSize: 5000,
      query: { kinds: ['usage'] },
    })
    const { result } = renderHook(
      () => useLedgerSet({ source: source(), query: { kinds: ['usage'] } }),
      {
        wrapper: createWrapper().wrapper,
      },
    )
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.complete).toBe(true)
    expect(result.current.entries.map((e) => e.id)).toEqual(expected.entries.map((e) => e.id))
  })

  it('stops at the page budget and says the set is incomplete', async () => {
    server.use(...createSynapMock({ size: 2500, seed: 8 }).handlers)
    const { result } = renderHook(() => useLedgerSet({ source: source(), maxPages: 2 }), {
      wrapper: createWrapper().wrapper,
    })
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.complete).toBe(false)
    expect(result.current.entries).toHaveLength(2000)
  })
})
