import type { ProviderMock } from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'

export const LASSO_BASE_URL = 'https://hub.banditshq.com/api/v1'

export function createLassoMock(options: MockOptions = {}): ProviderMock {
  throw new Error(`createLassoMock is not implemented yet (${String(options.baseUrl)})`)
}
