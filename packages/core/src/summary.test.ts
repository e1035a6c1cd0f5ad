import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { acceptedAmount, acceptedMinorAmount } from '../test/amounts.js'
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

  it('adds money exactly past 2^53 (ten amounts of 1e15 minor units and two of 1)', () => {
    const amounts = [...Array.from({ length: 10 }, () => 1e15), 1, 1]
    const summary = summarizeLedger(
      amounts.map((amountMinor, i) =>
        entry({ id: String(i), credits: null, money: { amountMinor, currency: 'USD' } }),
      ),
    )
    // Added one by one as doubles, each `+ 1` is lost after 1e16.
    expect(summary.money.USD).toEqual({
      granted: 10000000000000002,
      used: 0,
      net: 10000000000000002,
    })
  })

  it('never throws and stays finite for any amounts the provider guards take (property)', () => {
    const row = fc.record({
      credits: fc.option(acceptedAmount),
      amountMinor: fc.option(acceptedMinorAmount),
      currency: fc.constantFrom('USD', 'EUR'),
      pending: fc.boolean(),
    })
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const summary = summarizeLedger(
          rows.map((r, i) =>
            entry({
              id: String(i),
              credits: r.credits,
              pending: r.pending,
              money:
                r.amountMinor === null
                  ? null
                  : { amountMinor: r.amountMinor, currency: r.currency },
            }),
          ),
        )
        const totals = [summary, ...Object.values(summary.money)]
        for (const t of totals) {
          expect([t.granted, t.used, t.net].every(Number.isFinite)).toBe(true)
        }
        // Money is integers: granted and used are the exact BigInt sums, rounded once.
        for (const currency of ['USD', 'EUR']) {
          const posted = rows
            .filter((r) => !r.pending && r.amountMinor !== null && r.currency === currency)
            .map((r) => BigInt(r.amountMinor as number))
          if (posted.length === 0) continue
          const sum = (values: bigint[]) => Number(values.reduce((a, b) => a + b, 0n))
          expect(summary.money[currency]).toMatchObject({
            granted: sum(posted.filter((v) => v >= 0n)),
            used: sum(posted.filter((v) => v < 0n).map((v) => -v)),
          })
        }
      }),
      { numRuns: 300 },
    )
  })
})
