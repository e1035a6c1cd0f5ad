/**
 * Issue 17's "Per provider", through each provider's real source and MSW mock: Monk's usage and
 * expirations name their grant (exact); Synap, Vayu and ngrok grants are estimated; Lasso (a
 * usage-only feed) has no grants at all. Statements chain over every provider's ledger.
 */
import { describe, expect, it } from 'vitest'
import { setupMockServer } from '../../test/mock-server.js'
import { PROVIDERS } from '../../test/providers.js'
import { subtractExact, sumExact } from '../decimal.js'
import { createLedgerReader } from '../reader/index.js'
import { readAll } from '../reader/read-all.js'
import { creditGrants } from './creditGrants.js'
import { projectRunway } from './runway.js'
import { ledgerStatement } from './statement.js'

const use = setupMockServer()

const EXPECTED: Record<string, 'exact' | 'estimated' | 'none'> = {
  monk: 'exact',
  synap: 'estimated',
  vayu: 'estimated',
  ngrok: 'estimated',
  lasso: 'none',
}

describe.each(PROVIDERS)('grants of $provider', ({ provider, mock, source }) => {
  it('attributes as the provider allows, and the statement chains', async () => {
    use(mock({ size: 400, seed: 11 }))
    const { entries } = await readAll(createLedgerReader(source()))
    const newest = entries.reduce((a, e) => (e.occurredAt > a ? e.occurredAt : a), '')
    const grants = creditGrants(entries, { asOf: newest })
    const expected = EXPECTED[provider]
    if (expected === 'none') {
      expect(grants).toEqual([])
    } else {
      expect(grants.length).toBeGreaterThan(0)
      expect(new Set(grants.map((g) => g.attribution))).toEqual(new Set([expected]))
    }
    if (expected === 'exact') {
      // Exact: each grant's used is the usage that names it, to the decimal.
      for (const g of grants) {
        const named = entries.filter(
          (e) => !e.pending && e.kind === 'usage' && e.grantId === g.entry.id,
        )
        expect(g.used).toBe(sumExact(named.map((e) => -(e.credits as number))))
      }
    }
    for (const g of grants) expect(g.remaining).toBeGreaterThanOrEqual(0)

    const runway = projectRunway(entries, { asOf: newest })
    expect(runway.burnPerDay).toBeGreaterThan(0)
    if (runway.balance !== null && runway.balance > 0) {
      expect(runway.runsOutAt! >= newest).toBe(true)
    }

    const periods = ledgerStatement(entries, { period: 'month', timeZone: 'America/Los_Angeles' })
    expect(periods.length).toBeGreaterThan(0)
    for (let i = 0; i + 1 < periods.length; i++) {
      const [p, older] = [periods[i]!, periods[i + 1]!]
      expect(p.opening).toBe(older.closing)
      if (p.opening !== null && p.closing !== null) {
        expect(subtractExact(p.closing, p.opening)).toBe(subtractExact(p.granted, p.used))
      }
    }
  })
})
