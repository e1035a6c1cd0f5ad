/** Per-test React harness: a fresh QueryClient (retries off), the kit provider, one MSW server. */
import { QueryClient } from '@tanstack/react-query'
import {
  createMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ProviderMock,
} from '@usage-kit/mocks'
import { createMockServer } from '@usage-kit/mocks/node'
import { createSource, type LedgerSource, type ProviderId } from '@usage-kit/core'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { UsageKitProvider } from '../src/index.js'

export function setupMockServer() {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** A wrapper with its own QueryClient, so no test sees another's cache. */
export function createWrapper() {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <UsageKitProvider queryClient={client} timeZone="UTC">
      {children}
    </UsageKitProvider>
  )
  return { client, wrapper }
}

export interface ProviderCase {
  provider: ProviderId
  mock(options?: MockOptions): ProviderMock
  source(): LedgerSource
}

const IDS = { token: 'test-token', customerId: VAYU_CUSTOMER_ID, contractId: MONK_CONTRACT_ID }

export const PROVIDERS: ProviderCase[] = (
  ['synap', 'vayu', 'monk', 'ngrok', 'lasso'] as const satisfies ProviderId[]
).map((provider) => ({
  provider,
  mock: (options) => createMock(provider, options),
  source: () => createSource({ provider, ...IDS }),
}))
