import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { summarizeLedger } from './summary.js'

describe('summarizeLedger', () => {
  it('is exact over 100,000 entries of 0.1 and skips pending entries', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      entry({ id: String(i), credits: 0.1, kind: 'grant' }),
    )
    rows.push(entry({ id: 'p', credits: -999, pending: true }))
    expect(summarizeLedger(rows)).toMatchObject({
      granted: 10000,
      used: 0,
      net: 10000,
      count: 100_000,
    })
  })

  it('totals money per currency in minor units', () => {
    const summary = summarizeLedger([
      entry({
        id: 'a',
        credits: 2000,
        kind: 'grant',
        money: { amountMinor: 20000, currency: 'USD' },
      }),
      entry({ id: 'b', credits: -250, money: { amountMinor: -2500, currency: 'USD' } }),
      entry({ id: 'c', credits: null, money: { amountMinor: -100, currency: 'EUR' } }),
    ])
    expect(summary).toEqual({
      granted: 2000,
      used: 250,
      net: 1750,
      count: 3,
      money: {
        USD: { granted: 20000, used: 2500, net: 17500 },
        EUR: { granted: 0, used: 100, net: -100 },
      },
    })
  })

  it('granted - used = net, exactly, for any hundredths (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100_000, max: 100_000 }), { maxLength: 300 }),
        (cents) => {
          const s = summarizeLedger(cents.map((c, i) => entry({ id: String(i), credits: c / 100 })))
          const plus = cents.filter((c) => c >= 0).reduce((a, b) => a + b, 0)
          const minus = cents.filter((c) => c < 0).reduce((a, b) => a - b, 0)
          expect([s.granted, s.used, s.net]).toEqual([
            plus / 100,
            minus / 100,
            (plus - minus) / 100,
          ])
        },
      ),
    )
  })
})
