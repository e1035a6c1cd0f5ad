import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { LedgerSort } from '../columns.js'
import { makeEntries } from '../fixtures.js'
import { ledgerFacts } from './ledgerFacts.js'
import { sortLedgerOrder } from './sortOrder.js'
import { nextLedgerOrdering, useLedgerOrder } from './useLedgerOrder.js'

const byAmount: LedgerSort = { id: 'amount', desc: false }

describe('useLedgerOrder', () => {
  it('renders once per change of entries or sort (nothing is set while rendering)', () => {
    const all = makeEntries(200)
    let renders = 0
    const { result, rerender } = renderHook(
      ({ entries, sort }: { entries: typeof all; sort: LedgerSort | undefined }) => {
        renders++
        return useLedgerOrder(entries, sort, 'en')
      },
      { initialProps: { entries: all, sort: byAmount } },
    )
    const filtered = all.filter((_, i) => i % 3 !== 0)
    renders = 0
    rerender({ entries: filtered, sort: byAmount })
    expect(renders).toBe(1)
    expect(result.current.order).toEqual(sortLedgerOrder(filtered, byAmount, 'en'))
    expect(result.current.facts).toEqual(ledgerFacts(filtered))
    renders = 0
    rerender({ entries: filtered, sort: { id: 'date', desc: true } })
    expect(renders).toBe(1)
    expect(result.current.order).toBeNull()
  })
})

describe('nextLedgerOrdering', () => {
  it('gives what a fresh ordering gives, whatever was shown before', () => {
    const all = makeEntries(120)
    const sorts: (LedgerSort | undefined)[] = [undefined, byAmount, { id: 'date', desc: false }]
    const lists = [all, all.filter((_, i) => i % 4 !== 1), all.slice(30), [...all].reverse()]
    for (const sort of sorts) {
      for (const before of lists) {
        const previous = nextLedgerOrdering(null, before, sort, 'en')
        for (const entries of lists) {
          const fresh = nextLedgerOrdering(null, entries, sort, 'en')
          const next = nextLedgerOrdering(previous, entries, sort, 'en')
          expect(next.order).toEqual(fresh.order)
          expect(next.facts).toEqual(fresh.facts)
        }
      }
    }
  })
})
