/** What the ui package's component tests share: a mocked network, a layout for jsdom, a kit. */
import { QueryClient } from '@tanstack/react-query'
import { createMockServer } from '@usage-kit/mocks/node'
import { UsageKitProvider } from '@usage-kit/react'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll } from 'vitest'

/** MSW for the file's tests (handlers reset after each); unhandled requests fail the test. */
export function setupMockServer() {
  const server = createMockServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** jsdom has no layout: give elements a size so the virtualizer renders rows. */
export function stubLayout(size = { height: 480, width: 1200 }) {
  const keys = ['clientHeight', 'clientWidth'] as const
  const original = keys.map((key) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, key))
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get: () => size.height,
    })
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
      configurable: true,
      get: () => size.width,
    })
  })
  afterAll(() => {
    keys.forEach((key, i) => {
      const descriptor = original[i]
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor)
    })
  })
}

/** The kit with a fresh QueryClient per render (retries off), in UTC. */
export function Kit({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return (
    <UsageKitProvider queryClient={client} timeZone="UTC">
      {children}
    </UsageKitProvider>
  )
}
