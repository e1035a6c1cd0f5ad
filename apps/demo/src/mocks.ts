import type { ProviderId } from '@usage-kit/core'
import {
  createMock,
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
  // Outlasts the kit's retries (4 attempts of up to 4 requests: ledger and balance, for the
  // table and for the whole-range read): the error state shows, and Try again recovers.
  '500': { scenario: 'server-error', failCount: 16 },
  malformed: { scenario: 'malformed', failCount: 1 },
  appending: { scenario: 'appending', appendPerRequest: 5 },
}

/** The hour now starts (so a reload within the hour shows the same ledger). */
function defaultNow(): number {
  const now = Date.now()
  return now - (now % 3_600_000)
}

export function createDemoMock(settings: DemoSettings): ProviderMock {
  return createMock(settings.provider, {
    ...SCENARIO_OPTIONS[settings.scenario],
    // Vayu has no balance endpoint: half the requests per attempt, so half the failures.
    ...(settings.scenario === '500' && settings.provider === 'vayu' ? { failCount: 8 } : {}),
    baseUrl: mockBaseUrl(settings.provider),
    token: MOCK_TOKEN,
    size: settings.size,
    seed: 7,
    now: settings.now ? Date.parse(settings.now) : defaultNow(),
  })
}
