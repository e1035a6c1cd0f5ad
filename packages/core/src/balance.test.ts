import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { acceptedAmount } from '../test/amounts.js'
import { entry } from '../test/entries.js'
import { reconstructBalances, reconstructBalancesInSlices } from './balance.js'
import { createSlicer, runInSlices } from './internal/slicer.js'

const newestFirst = [
  entry({ id: 'p', credits: -5, pending: true }),
  entry({ id: 'c', credits: -0.2 }),
  entry({ id: 'b', credits: -0.1 }),
  entry({ id: 'a', credits: 10, kind: 'grant' }),
]

describe('reconstructBalances', () => {
  it('walks back from the current balance, exactly, leaving pending entries out', () => {
    const out = reconstructBalances(newestFirst, { type: 'current', credits: 9.7 })
    expect(out.map((e) => e.balanceAfter)).toEqual([null, 9.7, 9.9, 10])
  })

  it('adds up from zero when the entries are the whole history', () => {
    const out = reconstructBalances(newestFirst, { type: 'origin' })
    expect(out.map((e) => e.balanceAfter)).toEqual([null, 9.7, 9.9, 10])
  })

  it('leaves balances null past an entry without credits instead of guessing', () => {
    const rows = [
      entry({ id: 'b', credits: -1 }),
      entry({ id: 'x', credits: null }),
      entry({ id: 'a', credits: 5 }),
    ]
    expect(
      reconstructBalances(rows, { type: 'current', credits: 4 }).map((e) => e.balanceAfter),
    ).toEqual([4, null, null])
    expect(reconstructBalances(rows, { type: 'origin' }).map((e) => e.balanceAfter)).toEqual([
      null,
      null,
      5,
    ])
  })

  it('keeps provider balances untouched', () => {
    const rows = [entry({ id: 'a', credits: -1, balanceAfter: 41 })]
    expect(reconstructBalances(rows, { type: 'current', credits: 0 })[0]?.balanceAfter).toBe(41)
  })

  it('never throws and stays finite for any amounts the provider guards take (property)', () => {
    const rows = fc.array(fc.record({ credits: acceptedAmount, pending: fc.boolean() }), {
      maxLength: 200,
    })
    fc.assert(
      fc.property(rows, acceptedAmount, (list, current) => {
        const entries = list.map((r, i) => entry({ id: String(i), ...r }))
        for (const anchor of [
          { type: 'origin' as const },
          { type: 'current' as const, credits: current },
        ]) {
          const out = reconstructBalances(entries, anchor)
          out.forEach((e, i) => {
            expect(
              e.balanceAfter === null ? list[i]?.pending : Number.isFinite(e.balanceAfter),
            ).toBe(true)
          })
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same balances in slices as at once, for either anchor (property)', async () => {
    const rows = fc.array(
      fc.record({ credits: fc.option(acceptedAmount, { nil: null }), pending: fc.boolean() }),
      { maxLength: 3000 },
    )
    await fc.assert(
      fc.asyncProperty(rows, acceptedAmount, async (list, current) => {
        const entries = list.map((r, i) => entry({ id: String(i), ...r }))
        for (const anchor of [
          { type: 'origin' as const },
          { type: 'current' as const, credits: current },
        ]) {
          expect(await reconstructBalancesInSlices(entries, anchor)).toEqual(
            reconstructBalances(entries, anchor),
          )
        }
      }),
      { numRuns: 60 },
    )
  })
})

describe('runInSlices', () => {
  it('gives the event loop a turn at every pause once the slice is spent', async () => {
    function* work(): Generator<void, string, undefined> {
      for (let i = 0; i < 5; i++) yield
      return 'done'
    }
    const slicer = createSlicer(undefined, 0)
    let timerRan = false
    setImmediate(() => (timerRan = true))
    expect(await runInSlices(work(), undefined, slicer)).toBe('done')
    expect(slicer.yields).toBe(5)
    expect(timerRan).toBe(true)
  })
})
