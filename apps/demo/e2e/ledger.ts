/**
 * What the demo should show, computed in Node with the same mocks and sources the demo runs in
 * the browser: seed 7, token 'demo-token', size 200, the demo's fixed clock.
 */
import {
  createLedgerReader,
  createSource,
  applyQuery,
  normalizeQuery,
  readAll,
  summarizeLedger,
  type LedgerEntry,
  type LedgerQuery,
  type LedgerSource,
  type LedgerSummary,
  type ProviderId,
} from '@usage-kit/core'
import { createMock, MONK_CONTRACT_ID, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { createMockServer } from '@usage-kit/mocks/node'
import { DEMO_NOW } from './fixtures.js'

export const PROVIDERS = ['synap', 'vayu', 'monk', 'ngrok', 'lasso'] as const satisfies ProviderId[]

function source(provider: ProviderId, baseUrl: string): LedgerSource {
  return createSource({
    provider,
    baseUrl,
    token: 'demo-token',
    customerId: VAYU_CUSTOMER_ID,
    contractId: MONK_CONTRACT_ID,
  })
}

const cache = new Map<string, Promise<LedgerEntry[]>>()

/** Every entry matching `query`, newest first, as the kit reads it from the mock. */
export function expectedEntries(
  provider: ProviderId,
  query: LedgerQuery = {},
): Promise<LedgerEntry[]> {
  const key = `${provider}|${JSON.stringify(query)}`
  let entries = cache.get(key)
  if (!entries) {
    entries = readFromMock(provider, query)
    cache.set(key, entries)
  }
  return entries
}

async function readFromMock(provider: ProviderId, query: LedgerQuery): Promise<LedgerEntry[]> {
  const baseUrl = `http://mock.test/mock-api/${provider}`
  const mock = createMock(provider, {
    baseUrl,
    token: 'demo-token',
    size: 200,
    seed: 7,
    now: Date.parse(DEMO_NOW),
  })
  // Listening only while reading, so nothing else in the worker process goes through MSW.
  const server = createMockServer(mock)
  server.listen({ onUnhandledRequest: 'error' })
  try {
    // As the kit's whole-range read does: the whole ledger (balances reconstructed on the full
    // history), then the filter applied locally.
    const result = await readAll(createLedgerReader(source(provider, baseUrl)))
    if (!result.complete) throw new Error(`${provider}: the mock ledger was not read to the end`)
    return applyQuery(result.entries, normalizeQuery(query))
  } finally {
    server.close()
  }
}

export async function expectedSummary(
  provider: ProviderId,
  query: LedgerQuery = {},
): Promise<LedgerSummary> {
  return summarizeLedger(await expectedEntries(provider, query))
}
