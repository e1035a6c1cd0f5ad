/**
 * Server mode for the demo: the kit's own ledger endpoint (`createLedgerHandler`) runs inside the
 * Vite dev and preview servers, and MSW in this Node process plays the provider behind it. The
 * page then reads `/server-api/...` with `createRemoteSource`, so the whole path
 * browser -> handler -> provider is exercised, the way a host deploys it.
 */
import { createSource, type LedgerSource, type ProviderId } from '@usage-kit/core'
import { createLedgerHandler, toNodeHandler, type NodeHandler } from '@usage-kit/core/server'
import {
  createMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ScenarioName,
} from '@usage-kit/mocks'
import { createMockServer } from '@usage-kit/mocks/node'
import type { Plugin } from 'vite'

/** Where the page finds the endpoint: `/server-api/<provider>/<scenario>/<size>/<now>`. */
export const SERVER_API = '/server-api'

const PROVIDER_TOKEN = 'server-side-secret-token'
const PROVIDERS: readonly ProviderId[] = ['synap', 'vayu', 'monk', 'ngrok', 'lasso']
const SCENARIOS: Record<string, Partial<MockOptions> & { scenario: ScenarioName }> = {
  normal: { scenario: 'normal' },
  empty: { scenario: 'empty' },
  slow: { scenario: 'slow', delayMs: 2500 },
  '401': { scenario: 'unauthorized' },
  '429': { scenario: 'rate-limited', failCount: 1, retryAfterSeconds: 2 },
  '500': { scenario: 'server-error', failCount: 16 },
  malformed: { scenario: 'malformed', failCount: 1 },
  appending: { scenario: 'appending', appendPerRequest: 5 },
}

function providerSource(provider: ProviderId, baseUrl: string): LedgerSource {
  return createSource({
    provider,
    baseUrl,
    token: PROVIDER_TOKEN,
    customerId: VAYU_CUSTOMER_ID,
    contractId: MONK_CONTRACT_ID,
  })
}

export function ledgerServerPlugin(): Plugin {
  // Provider calls from the handler go to `http://providers.mock/<key>`, answered here by MSW;
  // everything else (Vite's own traffic) passes through.
  const msw = createMockServer()
  msw.listen({ onUnhandledRequest: 'bypass' })
  const handlers = new Map<string, NodeHandler>()

  const handlerFor = (key: string): NodeHandler | null => {
    const cached = handlers.get(key)
    if (cached) return cached
    const [provider, scenario = 'normal', size = '200', now = ''] = key.split('/')
    if (!provider || !PROVIDERS.includes(provider as ProviderId) || !(scenario in SCENARIOS))
      return null
    const sizeNumber = Math.min(100_000, Math.max(0, Number(size) || 0))
    const baseUrl = `http://providers.mock/${encodeURIComponent(key)}`
    const mock = createMock(provider as ProviderId, {
      ...SCENARIOS[scenario],
      ...(scenario === '500' && provider === 'vayu' ? { failCount: 8 } : {}),
      baseUrl,
      token: PROVIDER_TOKEN,
      size: sizeNumber,
      seed: 7,
      ...(now && !Number.isNaN(Date.parse(now)) ? { now: Date.parse(now) } : {}),
    })
    msw.use(...mock.handlers)
    const handler = toNodeHandler(
      createLedgerHandler({
        source: providerSource(provider as ProviderId, baseUrl),
        secret: 'usage-kit-demo-secret-0123456789abcdef',
      }),
    )
    handlers.set(key, handler)
    return handler
  }

  const middleware = (
    req: { url?: string },
    res: { statusCode: number; end: (body?: string) => void },
    next: () => void,
  ) => {
    const path = (req.url ?? '').split('?')[0] ?? ''
    // /<provider>/<scenario>/<size>/<now>[/balance]
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
    const key = parts.slice(0, 4).join('/')
    const handler = parts.length >= 4 ? handlerFor(key) : null
    if (!handler) {
      res.statusCode = 404
      res.end('unknown demo endpoint')
      return
    }
    void handler(req as never, res as never).catch(next)
  }

  return {
    name: 'usage-kit-ledger-server',
    configureServer(server) {
      server.middlewares.use(SERVER_API, middleware)
    },
    configurePreviewServer(server) {
      server.middlewares.use(SERVER_API, middleware)
    },
  }
}
