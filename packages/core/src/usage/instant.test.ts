import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { instantOf } from './instant.js'

describe('instantOf', () => {
  it('reads the canonical form as Date.parse does, over the whole date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31) }), (at) => {
        const iso = new Date(at).toISOString()
        expect(instantOf(iso)).toBe(Date.parse(iso))
      }),
    )
  })

  it('agrees with Date.parse on odd and broken forms too', () => {
    const odd = [
      '2026-02-31T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-01-01T00:60:00.000Z',
      '2026-01-01T00:00:00.00xZ',
      '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.000+01:00',
      '',
    ]
    for (const iso of odd) expect(instantOf(iso)).toEqual(Date.parse(iso))
  })
})
