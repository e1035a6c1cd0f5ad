/** One MSW server per test file; each test installs the provider mocks it needs. */
import { createMockServer, type ProviderMock } from '@usage-kit/mocks/node'
import { LedgerError } from '@usage-kit/core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

export function setupMockServer(): <T extends ProviderMock>(mock: T) => T {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return (mock) => {
    server.use(...mock.handlers)
    return mock
  }
}

/** The query parameters of a logged request, as a plain object. */
export function paramsOf(request: Request | undefined): Record<string, string> {
  if (!request) throw new Error('no request was made')
  return Object.fromEntries(new URL(request.url).searchParams)
}

/** The LedgerError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function failure(promise: Promise<unknown>): Promise<LedgerError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(LedgerError)
  return error as LedgerError
}
