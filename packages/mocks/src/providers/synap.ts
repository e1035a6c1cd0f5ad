import type { ProviderMock } from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'

export const SYNAP_BASE_URL = 'https://synap-cloud-prod.maximem.ai'

export function createSynapMock(options: MockOptions = {}): ProviderMock {
  throw new Error(`createSynapMock is not implemented yet (${String(options.baseUrl)})`)
}
