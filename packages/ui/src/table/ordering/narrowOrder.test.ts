import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LedgerSort } from '../columns.js'
import { makeEntries } from '../fixtures.js'
import { narrowOrder, positionsIn } from './narrowOrder.js'
import { sortLedgerOrder } from './sortOrder.js'

const all = makeEntries(40).map((entry, i) => ({
  ...entry,
  credits: i % 5 === 0 ? null : entry.credits,
  description: ['beta', null, 'Alpha', 'item 10'][i % 4] as string | null,
}))

describe('positionsIn', () => {
  it('finds a filtered list in the list it came from, and nothing else', () => {
    expect(Array.from(positionsIn(all, [all[1], all[4], all[39]]) ?? [])).toEqual([1, 4, 39])
    expect(positionsIn(all, [all[4], all[1]])).toBeNull()
    expect(positionsIn(all, [{ ...all[0] }])).toBeNull()
  })
})

describe('narrowOrder', () => {
  it('gives what sorting the filtered entries gives, ties and empties included (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
        fc.constantFrom<LedgerSort['id']>('date', 'type', 'description', 'amount', 'balance'),
        fc.boolean(),
        (keep, id, desc) => {
          const sort = { id, desc }
          const filtered = all.filter((_, i) => keep[i])
          const positions = positionsIn(all, filtered)
          expect(positions).not.toBeNull()
          const order = sortLedgerOrder(all, sort, 'en-US')
          const narrowed = order ? Array.from(narrowOrder(order, positions!)) : null
          const fresh = sortLedgerOrder(filtered, sort, 'en-US')
          const identity = filtered.map((_, i) => i)
          expect(narrowed ?? identity).toEqual(fresh ? Array.from(fresh) : identity)
        },
      ),
      { numRuns: 300 },
    )
  })
})
