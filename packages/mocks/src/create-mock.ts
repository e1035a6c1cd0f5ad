import type { MockProviderId, ProviderMock } from './mock-provider.js'
import { createLassoMock } from './providers/lasso.js'
import { createMonkMock } from './providers/monk.js'
import { createNgrokMock } from './providers/ngrok.js'
import { createSynapMock } from './providers/synap.js'
import { createVayuMock } from './providers/vayu.js'
import type { MockOptions } from './scenario.js'

const FACTORIES: Record<MockProviderId, (options: MockOptions) => ProviderMock> = {
  synap: createSynapMock,
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  lasso: createLassoMock,
}

/** The mock of any provider by id, for code that switches providers (demo, stories, tests). */
export function createMock(provider: MockProviderId, options: MockOptions = {}): ProviderMock {
  return FACTORIES[provider](options)
}
