/**
 * What every provider mock shares: the request log, auth against the provider's own 401 body, the
 * failure scenarios, the slow and appending behaviours, and the generated timeline. A provider
 * mock supplies only its error bodies and the routes that format the timeline as its wire format.
 */
import { delay, HttpResponse, type HttpHandler, type JsonBodyType } from 'msw'
import { DEFAULT_TOKEN, type MockOptions, type ScenarioName } from './scenario.js'
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

const FAILURES: ReadonlySet<ScenarioName> = new Set([
  'unauthorized',
  'forbidden',
  'rate-limited',
  'server-error',
  'network-error',
  'malformed',
])

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
