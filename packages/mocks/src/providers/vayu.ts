import type { ProviderMock } from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'

export const VAYU_BASE_URL = 'https://connect.withvayu.com'

export function createVayuMock(options: MockOptions = {}): ProviderMock {
  throw new Error(`createVayuMock is not implemented yet (${String(options.baseUrl)})`)
}
