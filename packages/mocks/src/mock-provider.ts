/**
 * What every provider mock shares: the request log, auth against the provider's own 401 body, the
 * failure scenarios, the slow and appending behaviours, and the generated timeline. A provider
 * mock supplies only its error bodies and the routes that format the timeline as its wire format.
 */
import { delay, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw'
import {
  DEFAULT_TOKEN,
  FAILING_SCENARIOS,
  type MockOptions,
  type ScenarioName,
} from './scenario.js'
import { createTimeline, type Timeline } from './timeline.js'

export type MockProviderId = 'synap' | 'vayu' | 'monk' | 'ngrok' | 'lasso'

/** A provider error response: status plus the provider's documented body. */
export interface MockError {
  status: number
  body: JsonBodyType
  headers?: Record<string, string>
}

/** The provider's own error bodies for each failure a scenario can produce. */
export interface ProviderErrorBodies {
  unauthorized(): MockError
  forbidden(): MockError
  rateLimited(retryAfterSeconds: number): MockError
  server(): MockError
}

/** What a provider's route handlers get to work with. */
export interface MockContext {
  readonly options: Required<Omit<MockOptions, 'baseUrl' | 'token'>> & {
    baseUrl: string
    token: string | null
  }
  readonly timeline: Timeline
  readonly scenario: ScenarioName
  /** Logs the request and applies auth, delay, failures and appends. A Response means: send it. */
  gate(request: Request): Promise<Response | undefined>
  /** True when this response must carry the scenario's wrong-typed field. */
  shouldCorrupt(): boolean
  /** A JSON response. */
  json(body: JsonBodyType, status?: number, headers?: Record<string, string>): Response
  error(error: MockError): Response
}

/**
 * Rows in the order `rowOrder` asks for: as given (newest first), or `'shuffled'` by a hash of
 * each row's key and the seed, an order that holds still between requests.
 */
export function arrangeRows<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  options: { rowOrder: 'newest-first' | 'shuffled'; seed: number },
): readonly T[] {
  if (options.rowOrder === 'newest-first') return rows
  return rows
    .map((row) => ({ row, key: keyOf(row), hash: hashKey(keyOf(row), options.seed) }))
    .sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ row }) => row)
}

/** A page's rows, each twice when `repeatRows` is on. */
export function repeatPageRows<T>(rows: T[], repeat: boolean): T[] {
  return repeat ? rows.flatMap((row) => [row, row]) : rows
}

/** FNV-1a of the key, seeded. */
function hashKey(key: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619) >>> 0
  return hash
}

/** A mocked provider: its MSW handlers plus what tests inspect. */
export interface ProviderMock {
  provider: MockProviderId
  baseUrl: string
  handlers: HttpHandler[]
  timeline: Timeline
  /** Every request the mock received, oldest first. */
  requests: Request[]
  /** Adds `count` new usage entries, newer than all others. */
  append(count: number): void
}

export interface ProviderMockDefinition {
  provider: MockProviderId
  defaultBaseUrl: string
  errors: ProviderErrorBodies
  routes(context: MockContext): HttpHandler[]
}

const FAILURES: ReadonlySet<ScenarioName> = new Set(FAILING_SCENARIOS)

export function defineProviderMock(
  definition: ProviderMockDefinition,
  input: MockOptions = {},
): ProviderMock {
  const options = {
    baseUrl: (input.baseUrl ?? definition.defaultBaseUrl).replace(/\/+$/, ''),
    token: input.token === undefined ? DEFAULT_TOKEN : input.token,
    size: input.scenario === 'empty' ? 0 : (input.size ?? 200),
    seed: input.seed ?? 1,
    now: input.now ?? Date.UTC(2026, 10, 1),
    scenario: input.scenario ?? 'normal',
    failCount: input.failCount ?? Infinity,
    retryAfterSeconds: input.retryAfterSeconds ?? 1,
    delayMs: input.delayMs ?? 1500,
    appendPerRequest: input.appendPerRequest ?? 3,
    rowOrder: input.rowOrder ?? 'newest-first',
    repeatRows: input.repeatRows ?? false,
  }
  const timeline = createTimeline({ size: options.size, seed: options.seed, now: options.now })
  const requests: Request[] = []
  let failuresLeft = FAILURES.has(options.scenario) ? options.failCount : 0
  let corruptNext = false
  const { errors } = definition

  const context: MockContext = {
    options,
    timeline,
    scenario: options.scenario,
    async gate(request) {
      requests.push(request.clone())
      // Corruption belongs to one response; a route that never asked must not pass it on.
      corruptNext = false
      if (options.scenario === 'slow') await delay(options.delayMs)
      if (options.token !== null) {
        const auth = request.headers.get('Authorization')
        if (auth !== `Bearer ${options.token}`) return context.error(errors.unauthorized())
      }
      if (options.scenario === 'appending' && requests.length > 1) {
        timeline.append(options.appendPerRequest)
      }
      if (failuresLeft <= 0) return undefined
      failuresLeft -= 1
      switch (options.scenario) {
        case 'unauthorized':
          return context.error(errors.unauthorized())
        case 'forbidden':
          return context.error(errors.forbidden())
        case 'rate-limited':
          return context.error(errors.rateLimited(options.retryAfterSeconds))
        case 'server-error':
          return context.error(errors.server())
        case 'network-error':
          return HttpResponse.error()
        case 'malformed':
          corruptNext = true
          return undefined
        default:
          return undefined
      }
    },
    shouldCorrupt() {
      const corrupt = corruptNext
      corruptNext = false
      return corrupt
    },
    json: (body, status = 200, headers = {}) => HttpResponse.json(body, { status, headers }),
    error: (error) =>
      HttpResponse.json(error.body, { status: error.status, headers: error.headers ?? {} }),
  }

  return {
    provider: definition.provider,
    baseUrl: options.baseUrl,
    handlers: definition.routes(context),
    timeline,
    requests,
    append: (count) => void timeline.append(count),
  }
}

/** ISO-8601 UTC with milliseconds. */
export function iso(at: number): string {
  return new Date(at).toISOString()
}

/** Hundredths of a credit as a decimal number (`-250` -> `-2.5`). */
export function centiToCredits(centi: number): number {
  return centi / 100
}
