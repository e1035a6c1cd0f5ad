/** Browser entry point: an MSW service worker for the demo and Storybook. */
import { setupWorker, type SetupWorker } from 'msw/browser'
import type { ProviderMock } from './mock-provider.js'

export * from './index.js'

/** An MSW worker answering for the given provider mocks. Call `start()` before use. */
export function createMockWorker(...mocks: ProviderMock[]): SetupWorker {
  return setupWorker(...mocks.flatMap((mock) => mock.handlers))
}
