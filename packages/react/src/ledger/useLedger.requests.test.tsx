import { act, renderHook, waitFor } from '@testing-library/react'
import { createMonkSource, type LedgerQuery } from '@usage-kit/core'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { delay, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWrapper, setupMockServer } from '../../test/harness.js'
import { useLedger } from './useLedger.js'

const server = setupMockServer()
const ledgerUrl = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`
const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })

afterEach(() => {
  vi.useRealTimers()
})

/** Requests to the ledger endpoint (the reader also asks the balance endpoint for its anchor). */
const ledgerCalls = (mock: { requests: Request[] }) =>
  mock.requests.filter((request) => new URL(request.url).pathname.endsWith('/ledger')).length

describe('useLedger requests', () => {
  it('aborts the old request when the query changes; its late response never reaches entries', async () => {
    const mock = createMonkMock({ size: 60, seed: 2 })
    const outcomes: string[] = []
    let calls = 0
    server.use(
      ...mock.handlers.slice(1),
      http.get(ledgerUrl, async (info) => {
        const call = ++calls
        // The first (old) request is slow; the second (new query) answers at once.
        if (call === 1) {
          await delay(300)
          outcomes.push(info.request.signal.aborted ? 'first aborted' : 'first answered')
        }
        const [handler] = mock.handlers
        return handler
          ?.run({ request: info.request, requestId: info.requestId })
          .then((r) => r?.response)
      }),
    )
    const { wrapper } = createWrapper()
    const { result, rerender } = renderHook(
      (query: LedgerQuery) => useLedger({ source, query, pageSize: 100 }),
      {
        wrapper,
        initialProps: { kinds: ['usage'] },
      },
    )
    await waitFor(() => expect(calls).toBe(1))
    rerender({ kinds: ['grant'] })
    await waitFor(() => expect(result.current.status).toBe('success'))
    await waitFor(() => expect(outcomes).toEqual(['first aborted']), { timeout: 2000 })
    expect(result.current.entries.length).toBeGreaterThan(0)
    expect(result.current.entries.every((entry) => entry.kind === 'grant')).toBe(true)
    // Still only the new query's entries once the old response's time has long passed.
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(result.current.entries.every((entry) => entry.kind === 'grant')).toBe(true)
  })

  it('keeps the previous entries on screen while a changed query loads', async () => {
    server.use(...createMonkMock({ size: 40, seed: 3, scenario: 'slow', delayMs: 150 }).handlers)
    const { wrapper } = createWrapper()
    const { result, rerender } = renderHook((query: LedgerQuery) => useLedger({ source, query }), {
      wrapper,
      initialProps: {},
    })
    await waitFor(() => expect(result.current.status).toBe('success'), { timeout: 2000 })
    const before = result.current.entries
    rerender({ search: 'ingestion' })
    expect(result.current.isPlaceholderData).toBe(true)
    expect(result.current.entries).toBe(before)
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false), { timeout: 2000 })
    expect(result.current.entries.length).toBeLessThan(before.length)
  })

  it('401: error kind auth, one request, no retry', async () => {
    const mock = createMonkMock({ scenario: 'unauthorized' })
    server.use(...mock.handlers)
    const { wrapper } = createWrapper()
    const { result } = renderHook(() => useLedger({ source }), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({ kind: 'auth', status: 401, code: 'UNAUTHORIZED' })
    expect(ledgerCalls(mock)).toBe(1)
  })

  it('malformed: error kind malformed with its path, one request, no retry', async () => {
    const mock = createMonkMock({ scenario: 'malformed' })
    server.use(...mock.handlers)
    const { wrapper } = createWrapper()
    const { result } = renderHook(() => useLedger({ source, pagination: 'offset' }), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('error'))
    expect(result.current.error).toMatchObject({
      kind: 'malformed',
      path: '$.data.entries[0].amountCents',
    })
    expect(ledgerCalls(mock)).toBe(1)
  })

  it('429: waits exactly Retry-After, then succeeds (fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const mock = createMonkMock({ scenario: 'rate-limited', failCount: 1, retryAfterSeconds: 2 })
    server.use(...mock.handlers)
    const { wrapper } = createWrapper()
    const { result } = renderHook(() => useLedger({ source }), { wrapper })
    await settle(() => ledgerCalls(mock) === 1)
    await vi.advanceTimersByTimeAsync(1990)
    expect(ledgerCalls(mock)).toBe(1)
    expect(result.current.status).toBe('pending')
    await vi.advanceTimersByTimeAsync(20)
    await settle(() => result.current.status === 'success')
    expect(ledgerCalls(mock)).toBe(2)
    expect(result.current.error).toBeNull()
  })

  it('500 then success: backs off and recovers; a lasting 500 gives up after 3 retries', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const once = createMonkMock({ scenario: 'server-error', failCount: 1 })
    server.use(...once.handlers)
    const first = renderHook(() => useLedger({ source }), { wrapper: createWrapper().wrapper })
    // The backoff timer starts only when the 500 arrives, over real (MSW) I/O: step fake time
    // and let I/O run between steps, so a loaded machine cannot leave a retry unscheduled.
    await settle(() => first.result.current.status === 'success', 100)
    expect(ledgerCalls(once)).toBe(2)
    first.unmount()

    const always = createMonkMock({ scenario: 'server-error' })
    server.use(...always.handlers)
    const second = renderHook(() => useLedger({ source, query: { search: 'x' } }), {
      wrapper: createWrapper().wrapper,
    })
    // 1 s, 2 s, 4 s of backoff between the four attempts.
    await settle(() => second.result.current.status === 'error', 100)
    expect(second.result.current.error).toMatchObject({ kind: 'server', status: 500 })
    expect(ledgerCalls(always)).toBe(4)
  })
})

/**
 * Lets promises, real I/O (MSW's responses) and due timers run until `done` holds: fake time
 * moves `stepMs` per round (200 rounds at most), and each round yields to the event loop.
 */
async function settle(done: () => boolean, stepMs = 1): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) {
    await act(() => vi.advanceTimersByTimeAsync(stepMs))
    await new Promise((resolve) => setImmediate(resolve))
  }
  expect(done()).toBe(true)
}
