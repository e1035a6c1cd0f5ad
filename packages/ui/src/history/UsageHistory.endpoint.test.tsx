import { render, renderHook, screen, within } from '@testing-library/react'
import { createMonkSource } from '@usage-kit/core'
import { createLedgerHandler } from '@usage-kit/core/server'
import { createMonkMock, DEFAULT_TOKEN, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'
import { useHistorySource } from './useHistorySource.js'

const server = setupMockServer()
stubLayout()

/**
 * A host's ledger endpoint, served through MSW: `createLedgerHandler` over a Monk source holding
 * the provider token, answering at `url` and `url/balance`, while the Monk mock plays the
 * provider behind it. Returns the requests the endpoint received.
 */
function serveEndpoint(url: string) {
  const mock = createMonkMock({ size: 120, seed: 5 })
  const handler = createLedgerHandler({
    source: createMonkSource({ contractId: MONK_CONTRACT_ID, token: DEFAULT_TOKEN }),
  })
  const received: Request[] = []
  const forward = ({ request }: { request: Request }) => {
    received.push(request.clone())
    return handler(request)
  }
  server.use(...mock.handlers, http.get(url, forward), http.get(`${url}/balance`, forward))
  return { mock, received }
}

describe('UsageHistory endpoint', () => {
  it('reads a createLedgerHandler endpoint by its URL: the table, totals and chart fill', async () => {
    const url = 'http://app.test/api/ledger'
    const { mock, received } = serveEndpoint(url)
    render(<UsageHistory endpoint={url} />, { wrapper: Kit })
    const table = await screen.findByRole('table', { name: 'Credit history' })
    expect(await within(table).findAllByRole('row')).not.toHaveLength(0)
    expect(await screen.findByRole('figure', { name: /Balance over time/ })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Totals for the selected range' })).toBeVisible()
    // The page asked the endpoint, and only the endpoint asked the provider, with the token.
    expect(received.length).toBeGreaterThan(0)
    const headers = received.flatMap((request) => [...request.headers].map(([, value]) => value))
    expect(headers.filter((value) => value.includes(DEFAULT_TOKEN))).toEqual([])
    expect(mock.requests.length).toBeGreaterThan(0)
  })

  it('shows the same history as the source form over the same provider', async () => {
    const url = 'http://app.test/api/ledger'
    serveEndpoint(url)
    const { unmount } = render(<UsageHistory endpoint={url} show={['totals']} />, {
      wrapper: Kit,
    })
    const totals = async () =>
      (await screen.findByRole('region', { name: 'Totals for the selected range' })).textContent
    const viaEndpoint = await vi.waitFor(async () => {
      const text = await totals()
      expect(text).toMatch(/\d/)
      return text
    })
    unmount()
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: DEFAULT_TOKEN })
    render(<UsageHistory source={source} show={['totals']} />, { wrapper: Kit })
    await vi.waitFor(async () => expect(await totals()).toBe(viaEndpoint))
  })
})

describe('useHistorySource', () => {
  it('builds the remote source once per endpoint URL, and a new one when the URL changes', () => {
    const { result, rerender } = renderHook(
      ({ endpoint }: { endpoint: string }) => useHistorySource(undefined, endpoint),
      { initialProps: { endpoint: '/api/ledger' } },
    )
    const first = result.current
    expect(first.provider).toBe('remote')
    expect(first.key).toEqual(['remote', '/api/ledger'])
    rerender({ endpoint: '/api/ledger' })
    expect(result.current).toBe(first)
    rerender({ endpoint: '/api/other-ledger' })
    expect(result.current.key).toEqual(['remote', '/api/other-ledger'])
  })

  it('passes a source through as given', () => {
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: DEFAULT_TOKEN })
    const { result } = renderHook(() => useHistorySource(source, undefined))
    expect(result.current).toBe(source)
  })

  it('refuses both a source and an endpoint, and neither (callers without the types)', () => {
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: DEFAULT_TOKEN })
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    try {
      expect(() => renderHook(() => useHistorySource(source, '/api/ledger'))).toThrow(/not both/)
      expect(() => renderHook(() => useHistorySource(undefined, undefined))).toThrow(/endpoint/)
    } finally {
      quiet.mockRestore()
    }
  })
})
