import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './fast-check.js'

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
