/** Node entry point: an MSW server for tests and Node processes. */
import { setupServer } from 'msw/node'
import type { ProviderMock } from './mock-provider.js'

export * from './index.js'

/** An MSW server answering for the given provider mocks. Call `listen()` before use. */
export function createMockServer(...mocks: ProviderMock[]): ReturnType<typeof setupServer> {
  return setupServer(...mocks.flatMap((mock) => mock.handlers))
}
