/** The character-code readers agree with the general forms they replace on the hot path. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from '../../internal/fast-check.js'
import { dayKey, httpLink } from './chars.js'

describe('httpLink', () => {
  it('keeps and drops exactly the links is.safeHttpUrl keeps and drops (property)', () => {
    const scheme = fc.constantFrom(
      'http',
      'https',
      'HTTP',
      'hTtPs',
      'htp',
      'https',
      'httpss',
      'ftp',
    )
    const separator = fc.constantFrom('://', ':/', ':', '//', ':///', '')
    // JavaScript's \s, its neighbours, and the characters the host may not start with.
    const tricky = fc.constantFrom(
      ...[0, 1, 8, 9, 10, 11, 12, 13, 14, 31, 32, 33, 35, 47, 63, 127, 159, 160, 161]
        .concat([5760, 6158, 8191, 8192, 8202, 8203, 8232, 8233, 8239, 8287, 12288, 65279])
        .map((code) => String.fromCharCode(code)),
    )
    const rest = fc.string({ maxLength: 6, unit: fc.oneof(fc.constantFrom('a', '/', '.'), tricky) })
    const link = fc.oneof(
      fc.tuple(scheme, separator, rest).map((parts) => parts.join('')),
      fc.string({ maxLength: 12 }),
      fc.string({ maxLength: 12, unit: 'binary' }),
    )
    fc.assert(
      fc.property(link, (value) => {
        expect(httpLink(value)).toBe(safeHttpUrl(value))
      }),
      { numRuns: 20_000 },
    )
  })

  it('keeps the shortest links the regex keeps, and drops what it drops', () => {
    for (const value of ['http://a', 'https://a', 'http://ab', 'HTTPS://x/y', 'http:// x']) {
      expect(httpLink(value)).toBe(safeHttpUrl(value))
    }
  })
})

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
