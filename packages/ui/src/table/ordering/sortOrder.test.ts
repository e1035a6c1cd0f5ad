import { ENTRY_KINDS, type LedgerEntry } from '@usage-kit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LedgerSort } from '../columns.js'
import { makeEntries } from '../fixtures.js'
import { sortLedgerOrder } from './sortOrder.js'

const entries = makeEntries(12).map((entry, i) => ({
  ...entry,
  balanceAfter: i % 4 === 0 ? null : entry.balanceAfter,
  description: ['beta', 'Alpha', 'item 10', 'item 9'][i % 4] as string,
}))

/** The order as positions, null (already in order) spelled out. */
function positions(list: readonly LedgerEntry[], sort: LedgerSort | undefined, locale?: string) {
  const order = sortLedgerOrder(list, sort, locale)
  return order ? Array.from(order) : list.map((_, i) => i)
}
const ids = (order: number[]) => order.map((position) => entries[position]?.id)

describe('sortLedgerOrder', () => {
  it('keeps the given order without a sort', () => {
    expect(positions(entries, undefined)).toEqual(entries.map((_, i) => i))
  })

  it('sorts dates both ways; ties keep their original order', () => {
    const tied = entries.map((entry) => ({ ...entry, occurredAt: '2026-01-01T00:00:00.000Z' }))
    expect(positions(tied, { id: 'date', desc: true })).toEqual(tied.map((_, i) => i))
    const ascending = positions(entries, { id: 'date', desc: false })
    expect(ids(ascending)).toEqual(entries.map((entry) => entry.id).reverse())
  })

  it('puts empty values last in both directions', () => {
    for (const desc of [true, false]) {
      const order = positions(entries, { id: 'balance', desc })
      const balances = order.map((position) => entries[position]?.balanceAfter)
      expect(balances.slice(-3)).toEqual([null, null, null])
      const known = balances.slice(0, -3) as number[]
      expect(known).toEqual([...known].sort((a, b) => (desc ? b - a : a - b)))
    }
  })

  it('collates text by locale, numbers in text numerically', () => {
    const order = positions(entries, { id: 'description', desc: false }, 'en-US')
    const texts = order.map((position) => entries[position]?.description)
    expect([...new Set(texts)]).toEqual(['Alpha', 'beta', 'item 9', 'item 10'])
  })

  it('orders like a plain stable sort, for every column and direction, sorted input or not (property)', () => {
    const entryArbitrary = fc.record({
      kind: fc.constantFrom(...ENTRY_KINDS),
      pending: fc.boolean(),
      // Few distinct values: ties and empties are where sorts go wrong.
      occurredAt: fc.constantFrom(
        '2026-01-01T00:00:00.000Z',
        '2026-02-01T00:00:00.000Z',
        '2026-03-01T10:00:00.000Z',
      ),
      expiresAt: fc.constantFrom(null, '2026-05-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z'),
      // -0 and 0 are one key; 0.1 + 0.2 and 0.3, and 100,000,001 and 100,000,002, differ only
      // beyond single precision.
      credits: fc.constantFrom(null, -2.5, 0, -0, 1, 500, 0.1 + 0.2, 0.3, 100_000_001, 100_000_002),
      balanceAfter: fc.constantFrom(null, 0, 10.5, 99),
      description: fc.constantFrom(null, 'beta', 'Alpha', 'item 10', 'item 9'),
    })
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { maxLength: 60 }),
        fc.constantFrom<LedgerSort['id']>(
          'date',
          'type',
          'description',
          'amount',
          'balance',
          'expires',
        ),
        fc.boolean(),
        fc.boolean(),
        (fields, id, desc, presorted) => {
          let list: LedgerEntry[] = fields.map((f, i) => ({
            ...(entries[0] as LedgerEntry),
            ...f,
            id: `x${i}`,
          }))
          const sort = { id, desc }
          if (presorted) list = referenceOrder(list, sort).map((i) => list[i] as LedgerEntry)
          expect(positions(list, sort, 'en-US')).toEqual(referenceOrder(list, sort))
        },
      ),
      { numRuns: 500 },
    )
  })
})

/** The order by a straightforward stable sort: empty values last, ties in input order. */
function referenceOrder(list: LedgerEntry[], sort: LedgerSort): number[] {
  const collator = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' })
  const value = (entry: LedgerEntry): string | number | null => {
    switch (sort.id) {
      case 'date':
        return entry.occurredAt
      case 'expires':
        return entry.expiresAt
      case 'amount':
        return entry.credits ?? entry.money?.amountMinor ?? null
      case 'balance':
        return entry.balanceAfter
      case 'type':
        return ENTRY_KINDS.indexOf(entry.kind) * 2 + (entry.pending ? 1 : 0)
      default:
        return entry.description
    }
  }
  const compareValues = (a: string | number, b: string | number) =>
    sort.id === 'description'
      ? collator.compare(a as string, b as string)
      : a < b
        ? -1
        : a > b
          ? 1
          : 0
  return list
    .map((_, i) => i)
    .sort((a, b) => {
      const va = value(list[a] as LedgerEntry)
      const vb = value(list[b] as LedgerEntry)
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1
      return (sort.desc ? -1 : 1) * compareValues(va, vb)
    })
}
