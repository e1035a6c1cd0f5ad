import type { ProviderMock } from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'

export const NGROK_BASE_URL = 'https://api.ngrok.ai'

export function createNgrokMock(options: MockOptions = {}): ProviderMock {
  throw new Error(`createNgrokMock is not implemented yet (${String(options.baseUrl)})`)
}
