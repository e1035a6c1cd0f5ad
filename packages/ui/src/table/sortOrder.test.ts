import { describe, expect, it } from 'vitest'
import { makeEntries } from './fixtures.js'
import { sortLedgerOrder } from './sortOrder.js'

const entries = makeEntries(12).map((entry, i) => ({
  ...entry,
  balanceAfter: i % 4 === 0 ? null : entry.balanceAfter,
  description: ['beta', 'Alpha', 'item 10', 'item 9'][i % 4] as string,
}))

const ids = (order: Uint32Array) => Array.from(order, (position) => entries[position]?.id)

describe('sortLedgerOrder', () => {
  it('keeps the given order without a sort', () => {
    expect(Array.from(sortLedgerOrder(entries, undefined))).toEqual(entries.map((_, i) => i))
  })

  it('sorts dates both ways; ties keep their original order', () => {
    const tied = entries.map((entry) => ({ ...entry, occurredAt: '2026-01-01T00:00:00.000Z' }))
    expect(Array.from(sortLedgerOrder(tied, { id: 'date', desc: true }))).toEqual(
      tied.map((_, i) => i),
    )
    const ascending = sortLedgerOrder(entries, { id: 'date', desc: false })
    expect(ids(ascending)).toEqual(entries.map((entry) => entry.id).reverse())
  })

  it('puts empty values last in both directions', () => {
    for (const desc of [true, false]) {
      const order = sortLedgerOrder(entries, { id: 'balance', desc })
      const balances = Array.from(order, (position) => entries[position]?.balanceAfter)
      expect(balances.slice(-3)).toEqual([null, null, null])
      const known = balances.slice(0, -3) as number[]
      expect(known).toEqual([...known].sort((a, b) => (desc ? b - a : a - b)))
    }
  })

  it('collates text by locale, numbers in text numerically', () => {
    const order = sortLedgerOrder(entries, { id: 'description', desc: false }, 'en-US')
    const texts = Array.from(order, (position) => entries[position]?.description)
    expect([...new Set(texts)]).toEqual(['Alpha', 'beta', 'item 9', 'item 10'])
  })

  it('sorts 100,000 entries by amount quickly', () => {
    const large = makeEntries(100_000)
    const started = performance.now()
    const order = sortLedgerOrder(large, { id: 'amount', desc: true })
    const elapsed = performance.now() - started
    expect(order).toHaveLength(100_000)
    expect(large[order[0] as number]?.credits).toBe(500)
    // Generous for slow CI machines; typically well under 100 ms.
    expect(elapsed).toBeLessThan(1500)
  })
})
