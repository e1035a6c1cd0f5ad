import { describe, expect, it } from 'vitest'
import { makeEntries } from '../fixtures.js'
import { ledgerFacts, narrowFacts } from './ledgerFacts.js'
import { positionsIn } from './narrowOrder.js'

describe('ledgerFacts', () => {
  it('finds the grants by position and whether the ledger is newest first', () => {
    const entries = makeEntries(12)
    const facts = ledgerFacts(entries)
    expect(facts.newestFirst).toBe(true)
    expect([...facts.grants.values()]).toEqual([3, 9])
    expect(ledgerFacts([...entries].reverse()).newestFirst).toBe(false)
  })

  it('remembers nothing between calls: an array changed in place reads afresh', () => {
    const entries = makeEntries(12)
    expect(ledgerFacts(entries).newestFirst).toBe(true)
    entries.reverse()
    expect(ledgerFacts(entries).newestFirst).toBe(false)
  })

  it('narrows to a filtered ledger what a fresh pass over it would find', () => {
    const all = makeEntries(60)
    const known = ledgerFacts(all)
    for (const keep of [(i: number) => i % 3 !== 0, (i: number) => i % 6 !== 3, () => false]) {
      const filtered = all.filter((_, i) => keep(i))
      const narrowed = narrowFacts(known, positionsIn(all, filtered) as Int32Array)
      expect(narrowed).toEqual(ledgerFacts([...filtered]))
    }
  })
})
