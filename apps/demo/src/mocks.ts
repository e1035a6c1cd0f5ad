import type { ProviderId } from '@usage-kit/core'
import {
  createLassoMock,
  createMonkMock,
  createNgrokMock,
  createSynapMock,
  createVayuMock,
  type MockOptions,
  type ProviderMock,
  type ScenarioName,
} from '@usage-kit/mocks'
import type { DemoScenario, DemoSettings } from './settings.js'

/** The demo's mocks answer on the page's own origin, the way a host's proxy path would. */
export function mockBaseUrl(provider: ProviderId): string {
  return `${window.location.origin}/mock-api/${provider}`
}

export const MOCK_TOKEN = 'demo-token'

const SCENARIO_OPTIONS: Record<DemoScenario, Partial<MockOptions> & { scenario: ScenarioName }> = {
  normal: { scenario: 'normal' },
  empty: { scenario: 'empty' },
  slow: { scenario: 'slow', delayMs: 2500 },
  '401': { scenario: 'unauthorized' },
  // Fails once, then answers: the kit waits Retry-After (2 s) and recovers by itself.
  '429': { scenario: 'rate-limited', failCount: 1, retryAfterSeconds: 2 },
  // Fails three times: the kit's retries give up and the retry button recovers.
  '500': { scenario: 'server-error', failCount: 4 },
  malformed: { scenario: 'malformed', failCount: 1 },
  appending: { scenario: 'appending', appendPerRequest: 5 },
}

const FACTORIES: Record<ProviderId, (options: MockOptions) => ProviderMock> = {
  synap: createSynapMock,
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  lasso: createLassoMock,
}

/** The hour now starts (so a reload within the hour shows the same ledger). */
function defaultNow(): number {
  const now = Date.now()
  return now - (now % 3_600_000)
}

export function createDemoMock(settings: DemoSettings): ProviderMock {
  return FACTORIES[settings.provider]({
    ...SCENARIO_OPTIONS[settings.scenario],
    baseUrl: mockBaseUrl(settings.provider),
    token: MOCK_TOKEN,
    size: settings.size,
    seed: 7,
    now: settings.now ? Date.parse(settings.now) : defaultNow(),
  })
}
