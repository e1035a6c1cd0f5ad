import type { ProviderId } from '@usage-kit/core'
import {
  createMock,
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
  // Outlasts the kit's four attempts exactly (failCount per provider below): the error state
  // shows, and Try again recovers.
  '500': { scenario: 'server-error' },
  malformed: { scenario: 'malformed', failCount: 1 },
  appending: { scenario: 'appending', appendPerRequest: 5 },
}

/** One read and its three retries (the kit's retry policy for a 5xx). */
const KIT_ATTEMPTS = 4

/**
 * Provider requests in one attempt of the demo's first load. Whole-history providers (Monk,
 * ngrok, Vayu) serve the table and the whole-range read from one shared read: the ledger, plus
 * the balance where there is an endpoint for it. Paged ones (Synap, Lasso) read twice (the
 * table's first page and the whole range), each with the balance. The drop-in's statement adds
 * one more where there is a balance endpoint: its check against the provider's balance, retried
 * on the same schedule.
 */
const REQUESTS_PER_ATTEMPT: Record<ProviderId, number> = {
  monk: 3,
  ngrok: 3,
  vayu: 1,
  synap: 5,
  lasso: 5,
}

/** The hour now starts (so a reload within the hour shows the same ledger). */
function defaultNow(): number {
  const now = Date.now()
  return now - (now % 3_600_000)
}

export function createDemoMock(settings: DemoSettings): ProviderMock {
  const options: MockOptions = {
    ...SCENARIO_OPTIONS[settings.scenario],
    ...(settings.scenario === '500'
      ? { failCount: KIT_ATTEMPTS * REQUESTS_PER_ATTEMPT[settings.provider] }
      : {}),
    baseUrl: mockBaseUrl(settings.provider),
    token: MOCK_TOKEN,
    size: settings.size,
    seed: 7,
    now: settings.now ? Date.parse(settings.now) : defaultNow(),
  }
  return settings.provider === 'vayu'
    ? createVayuMock({ ...options, pagination: settings.vayu })
    : createMock(settings.provider, options)
}
