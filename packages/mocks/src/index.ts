/**
 * @usage-kit/mocks: MSW handlers that behave like each provider's documented credit-ledger
 * endpoint, seeded deterministic ledgers, and failure scenarios. Environment-neutral; start them
 * with `@usage-kit/mocks/node` (tests, servers) or `@usage-kit/mocks/browser` (demo, stories).
 */
export { createRandom, randomHex, type Random } from './random.js'
export {
  createTimeline,
  DEFAULT_NOW,
  type Timeline,
  type TimelineEvent,
  type TimelineKind,
  type TimelineOptions,
} from './timeline.js'
export { SCENARIOS, DEFAULT_TOKEN, type MockOptions, type ScenarioName } from './scenario.js'
export type { MockProviderId, ProviderMock } from './mock-provider.js'
export {
  createMonkMock,
  toMonkEntry,
  MONK_BASE_URL,
  MONK_CONTRACT_ID,
  type MonkMockOptions,
} from './providers/monk.js'
export { createSynapMock, SYNAP_BASE_URL } from './providers/synap.js'
export {
  createVayuMock,
  toVayuEntry,
  VAYU_BASE_URL,
  VAYU_CUSTOMER_ID,
  type VayuMockOptions,
  type VayuPagination,
} from './providers/vayu.js'
export { createNgrokMock, NGROK_BASE_URL } from './providers/ngrok.js'
export { createLassoMock, LASSO_BASE_URL } from './providers/lasso.js'
export { createLedgerBody } from './bodies.js'
export { createMock } from './create-mock.js'
export { ledgerEntry } from './ledger-entry.js'
