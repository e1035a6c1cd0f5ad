/**
 * Issue 16's "Per provider": what a usage breakdown can group by comes from each provider's data,
 * read through its real source from its MSW mock. Synap groups by category and by metric, Lasso
 * by service (its category), and Monk, Vayu and ngrok have no usage category: one group, key
 * null, never invented ones. The breakdown's total is the posted usage the ledger holds.
 */
import { describe, expect, it } from 'vitest'
import {
  createLedgerReader,
  usageBreakdown,
  type LedgerEntry,
  type LedgerSource,
} from '@usage-kit/core'
import { sumExact } from '../src/decimal.js'
import { setupMockServer } from './mock-server.js'
import { PROVIDERS } from './providers.js'

const use = setupMockServer()

async function readAll(source: LedgerSource): Promise<readonly LedgerEntry[]> {
  const reader = createLedgerReader(source)
  const entries: LedgerEntry[] = []
  let pageParam = null
  for (let i = 0; i < 500; i++) {
    const page = await reader.readPage({ query: {}, pageSize: 100, pageParam })
    entries.push(...page.entries)
    pageParam = page.nextPageParam
    if (pageParam === null) break
  }
  return entries
}

/** Posted usage with credits, as the breakdown counts it (a positive amount each). */
const usageOf = (entries: readonly LedgerEntry[]) =>
  entries.filter((e) => !e.pending && e.kind === 'usage' && e.credits !== null)

const EXPECTED_KEYS: Record<string, { category: boolean; metric: boolean }> = {
  synap: { category: true, metric: true },
  lasso: { category: true, metric: false },
  monk: { category: false, metric: false },
  vayu: { category: false, metric: false },
  ngrok: { category: false, metric: false },
}

describe.each(PROVIDERS)('a usage breakdown of $provider', ({ provider, mock, source }) => {
  it('groups by what the provider reports and adds up to its posted usage', async () => {
    use(mock({ size: 400, seed: 7 }))
    const entries = await readAll(source())
    const usage = usageOf(entries)
    expect(usage.length).toBeGreaterThan(0)
    const expected = sumExact(usage.map((e) => -(e.credits as number)))
    const expectation = EXPECTED_KEYS[provider] as { category: boolean; metric: boolean }
    for (const groupBy of ['category', 'metric'] as const) {
      const result = usageBreakdown(entries, {
        interval: 'day',
        timeZone: 'America/Los_Angeles',
        groupBy,
        top: 20,
      })
      expect(result.total).toBe(expected)
      expect(sumExact(result.buckets.map((b) => b.total))).toBe(expected)
      const keys = result.groups.map((g) => g.key)
      if (expectation[groupBy]) {
        // Real groups: several named ones, as the provider's rows carry them.
        expect(keys.filter((k) => k !== null).length).toBeGreaterThanOrEqual(2)
      } else {
        expect(keys).toEqual([null])
      }
    }
  })
})
