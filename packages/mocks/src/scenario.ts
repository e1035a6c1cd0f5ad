/** The situations tests, stories and the demo can put a mocked provider in. */
export type ScenarioName =
  | 'normal'
  | 'empty'
  | 'slow'
  | 'unauthorized'
  | 'forbidden'
  | 'rate-limited'
  | 'server-error'
  | 'network-error'
  | 'malformed'
  | 'unknown-types'
  | 'appending'

/** The scenarios that fail a request (`failCount` times, or always). */
export const FAILING_SCENARIOS: readonly ScenarioName[] = [
  'unauthorized',
  'forbidden',
  'rate-limited',
  'server-error',
  'network-error',
  'malformed',
]

export const SCENARIOS: readonly ScenarioName[] = [
  'normal',
  'empty',
  'slow',
  ...FAILING_SCENARIOS,
  'unknown-types',
  'appending',
]

/** Options every provider mock takes. */
export interface MockOptions {
  /** Where the mock answers. @default the provider's documented production base URL */
  baseUrl?: string
  /** The bearer token the mock accepts; null accepts any request. @default 'test-token' */
  token?: string | null
  /** Ledger entries to generate (100,000 for the "large" case). @default 200 */
  size?: number
  /** PRNG seed; the same seed gives the same ledger. @default 1 */
  seed?: number
  /** The newest entry is before this instant (epoch ms). @default 2026-11-01T00:00:00Z */
  now?: number
  /** @default 'normal' */
  scenario?: ScenarioName
  /**
   * How many requests a failing scenario (401, 403, 429, 500, network error, malformed) fails
   * before the mock answers normally, so retries can recover. @default Infinity
   */
  failCount?: number
  /** `Retry-After` seconds on 429s. @default 1 */
  retryAfterSeconds?: number
  /** Delay of the `slow` scenario, in milliseconds. @default 1500 */
  delayMs?: number
  /** Entries the `appending` scenario adds before answering each request. @default 3 */
  appendPerRequest?: number
  /**
   * The order the paged mocks (Synap, Lasso) serve rows in. Their documents state none, so a
   * client must not depend on one: `'shuffled'` serves an order of the mock's own (by a hash of
   * each row's id and the seed, so it holds still between requests and a new row lands anywhere
   * in it) instead of newest first.
   * @default 'newest-first'
   */
  rowOrder?: 'newest-first' | 'shuffled'
  /**
   * The paged mocks (Synap, Lasso) send each row of a page twice (100 rows for `limit=50`), the
   * page still covering `limit` offsets.
   * @default false
   */
  repeatRows?: boolean
}

export const DEFAULT_TOKEN = 'test-token'
