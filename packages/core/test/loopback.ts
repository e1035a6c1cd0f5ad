/**
 * Real HTTP on loopback: a `node:http` server on 127.0.0.1 running the ledger handler through
 * `toNodeHandler`, while MSW answers the handler's outgoing provider requests. Requests to the
 * loopback server itself pass through MSW untouched; anything else unmocked fails the test.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockServer, type ProviderMock } from '@usage-kit/mocks/node'
import type { HttpHandler } from 'msw'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { toNodeHandler, type LedgerHandler } from '../src/server/index.js'

export interface Loopback {
  /** Installs provider mocks (or plain MSW handlers) for the current test. */
  use<T extends ProviderMock>(mock: T): T
  useHandlers(...handlers: HttpHandler[]): void
  /** Serves `handler` under `path` on 127.0.0.1; returns the absolute endpoint URL. */
  serve(handler: LedgerHandler, path?: string): Promise<string>
  /** HTTP requests the loopback servers of this test received. */
  readonly hits: string[]
}

export function setupLoopback(): Loopback {
  const msw = createMockServer()
  const servers: Server[] = []
  const hits: string[] = []
  beforeAll(() =>
    msw.listen({
      onUnhandledRequest(request, print) {
        if (new URL(request.url).hostname === '127.0.0.1') return
        print.error()
      },
    }),
  )
  afterEach(async () => {
    msw.resetHandlers()
    hits.length = 0
    await Promise.all(servers.splice(0).map(close))
  })
  afterAll(() => msw.close())

  return {
    hits,
    use(mock) {
      msw.use(...mock.handlers)
      return mock
    },
    useHandlers(...handlers) {
      msw.use(...handlers)
    },
    async serve(handler, path = '/api/ledger') {
      const node = toNodeHandler(handler)
      const server = createServer((req, res) => {
        hits.push(req.url ?? '')
        void node(req, res)
      })
      servers.push(server)
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      const { port } = server.address() as AddressInfo
      return `http://127.0.0.1:${port}${path}`
    },
  }
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}

/** Everything a response says, as raw text: status line, every header, the body. */
export async function rawText(response: Response): Promise<string> {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')
  return `${response.status} ${response.statusText}\n${headers}\n\n${await response.text()}`
}
