/** The character-code day reader agrees with the general form it replaces on the hot path. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayKey } from './day-key.js'

describe('dayKey', () => {
  it('is the YYYYMMDD of any canonical timestamp (property)', () => {
    const iso = fc
      .date({ min: new Date('0000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString())
    fc.assert(
      fc.property(iso, (value) => {
        expect(dayKey(value)).toBe(Number(value.slice(0, 10).replaceAll('-', '')))
      }),
    )
  })
})
