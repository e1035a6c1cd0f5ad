import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_AMOUNT, MAX_AMOUNT_DECIMALS } from '../amount.js'
import { decimalPlaces } from '../decimal.js'
import { minorAmount, numeric, REJECTED, safeHttpUrl } from './read-checked.js'

describe('safeHttpUrl', () => {
  it('keeps http(s) links as sent and drops every other scheme, however it hides', () => {
    const kept = [
      'https://invoice.stripe.com/i/acct_1/live_x?s=ap',
      'http://example.com',
      'HTTPS://Pay.Example/x',
    ]
    for (const url of kept) expect(safeHttpUrl(url)).toBe(url)
    const dropped = [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      ' https://leading-space.example',
      '/relative/invoice',
      '//protocol-relative.example',
      'https://',
      'https:///path-without-host',
      'ftp://files.example',
      'https:evil.example',
    ]
    for (const url of dropped) expect(safeHttpUrl(url)).toBeNull()
    expect(safeHttpUrl(null)).toBeNull()
  })

  it('never keeps a link a browser would read as another scheme', () => {
    for (const url of [
      'https://ok.example/a',
      'http://b.example',
      'javascript:x',
      'data:x',
      'vbscript:x',
    ]) {
      const kept = safeHttpUrl(url)
      if (kept !== null) expect(['http:', 'https:']).toContain(new URL(kept).protocol)
    }
  })
})

describe('safeHttpUrl on tricky links', () => {
  it('keeps a link only where a URL parser reads it as http(s), if at all (property)', () => {
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
        const kept = safeHttpUrl(value)
        // The rule: the plain form (one regex) and a host the URL parser reads (httpUrl.test.ts).
        const plain = /^https?:\/\/[^\s/\\?#]/i.test(value) && URL.canParse(value)
        expect(kept).toBe(plain && new URL(value).hostname !== '' ? value : null)
        if (kept === null) return
        expect(kept).toBe(value)
        // A link the URL parser cannot read goes nowhere; one it can read must be http(s).
        if (URL.canParse(kept)) expect(['http:', 'https:']).toContain(new URL(kept).protocol)
      }),
      { numRuns: 20_000 },
    )
  }, 30_000)

  it('keeps short links with a host, and none without one', () => {
    for (const value of ['https://a', 'http://a', 'http://ab', 'HTTPS://x/y']) {
      expect(safeHttpUrl(value)).toBe(value)
    }
    expect(safeHttpUrl('http:// x')).toBeNull()
  })
})

/** Whether `read` takes `value` (returns it rather than rejecting). */
function takes(read: (value: unknown) => unknown, value: unknown): boolean {
  try {
    read(value)
    return true
  } catch (error) {
    if (error !== REJECTED) throw error
    return false
  }
}

describe('the amount range (numeric, minorAmount)', () => {
  it('takes 0 and finite amounts up to 1e15 with at most 22 decimals, as numbers or strings', () => {
    for (const value of [0, -0, 1e15, -1e15, 1e-22, -0.0004, 1562.5, '0.1', ' -1e15 ', '1e-22']) {
      expect(takes(numeric, value)).toBe(true)
    }
    for (const value of [1e21, 1e15 + 1, 5e-324, 1.5e-23, 1e-23, Infinity, NaN, '1e309', '1e16']) {
      expect(takes(numeric, value)).toBe(false)
    }
    expect(numeric('-0.0004')).toBe(-0.0004)
    for (const value of [0, 1e15, -1e15, 2500]) expect(takes(minorAmount, value)).toBe(true)
    for (const value of [1e15 + 1, 2 ** 53, 1.5, Infinity, '25']) {
      expect(takes(minorAmount, value)).toBe(false)
    }
  })

  it('numeric follows the written rule for any double, the fast path included (property)', () => {
    const rule = (value: number) =>
      value === 0 ||
      (Number.isFinite(value) &&
        Math.abs(value) <= MAX_AMOUNT &&
        decimalPlaces(value) <= MAX_AMOUNT_DECIMALS)
    // Doubles of every size, and ones built near the edges (1e-6, 1e-22, 1e15).
    const near = fc
      .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: -32, max: 17 }))
      .map(([digits, exponent]) => Number(`${digits}e${exponent}`))
    fc.assert(
      fc.property(fc.oneof(fc.double(), near), fc.boolean(), (value, negative) => {
        const signed = negative ? -value : value
        expect(takes(numeric, signed)).toBe(rule(signed))
        expect(takes(numeric, String(signed))).toBe(rule(signed))
      }),
      { numRuns: 5000 },
    )
  })
})
