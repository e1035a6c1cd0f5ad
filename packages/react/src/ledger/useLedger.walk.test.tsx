import { act, renderHook, waitFor } from '@testing-library/react'
import { createLedgerReader, type LedgerEntry, type LedgerSource } from '@usage-kit/core'
import { describe, expect, it } from 'vitest'
import { createWrapper, PROVIDERS, setupMockServer } from '../../test/harness.js'
import { useLedger } from './useLedger.js'

const server = setupMockServer()

/** Every entry, read by core directly in one go: what the hooks must show, once each. */
async function everything(source: LedgerSource): Promise<string[]> {
  const page = await createLedgerReader(source).readPage({ pageSize: 100_000 })
  return page.entries.map((entry) => entry.id)
}

const ids = (entries: LedgerEntry[]) => entries.map((entry) => entry.id)

describe.each(PROVIDERS)('useLedger over $provider', ({ mock, source }) => {
  it('infinite: fetchNextPage walks to the end, every entry exactly once, newest first', async () => {
    server.use(...mock({ size: 130, seed: 5 }).handlers)
    const expected = await everything(source())
    const { wrapper } = createWrapper()
    const ledgerSource = source()
    const { result } = renderHook(() => useLedger({ source: ledgerSource, pageSize: 25 }), {
      wrapper,
    })
    await waitFor(() => expect(result.current.status).toBe('success'))
    for (let i = 0; i < 50 && result.current.hasNextPage; i++) {
      await act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.isFetchingNextPage).toBe(false))
    }
    expect(result.current.hasNextPage).toBe(false)
    expect(ids(result.current.entries)).toEqual(expected)
    expect(result.current.total).toBe(expected.length)
  })

  it('offset: setPageIndex walks every page, every entry exactly once, with the right pageCount', async () => {
    server.use(...mock({ size: 130, seed: 6 }).handlers)
    const expected = await everything(source())
    const { wrapper } = createWrapper()
    const ledgerSource = source()
    const { result } = renderHook(
      () => useLedger({ source: ledgerSource, pageSize: 25, pagination: 'offset' }),
      { wrapper },
    )
    await waitFor(() => expect(result.current.status).toBe('success'))
    expect(result.current.pageCount).toBe(Math.ceil(expected.length / 25))
    expect(result.current.total).toBe(expected.length)
    const seen: string[] = [...ids(result.current.entries)]
    for (let index = 1; index < (result.current.pageCount ?? 0); index++) {
      act(() => result.current.setPageIndex(index))
      await waitFor(() => {
        expect(result.current.pageIndex).toBe(index)
        expect(result.current.isPlaceholderData).toBe(false)
      })
      seen.push(...ids(result.current.entries))
    }
    expect(seen).toEqual(expected)
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.hasPreviousPage).toBe(true)
  })
})
