import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { httpUrl } from './httpUrl.js'

/** The rule by the WHATWG parser alone: it reads `value` as http(s) with a non-empty host. */
function parsesAsHttpWithHost(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

/** The plain written form the rule also asks for: the scheme and `//` first, then the host. */
function isPlainForm(value: string): boolean {
  const match = /^https?:\/\/(.)/isu.exec(value)
  const host = match?.[1]
  return host !== undefined && host.charCodeAt(0) > 32 && !/[\s/\\?#]/.test(host)
}

describe('httpUrl', () => {
  it('keeps absolute http(s) links with a host, as sent, however short', () => {
    for (const value of [
      'http://a',
      'https://a',
      'HTTP://A',
      'hTtPs://x/y?z#w',
      'https://invoice.stripe.com/i/acct_1/live_x?s=ap',
      'http://127.0.0.1:8080/',
      'https://[::1]/x',
      'https://user:pass@pay.example',
    ]) {
      expect(httpUrl(value), value).toBe(value)
    }
  })

  it('refuses other schemes, links without a host, and hosts the parser refuses', () => {
    for (const value of [
      '',
      'https://',
      'http://',
      'https:///path-without-host',
      'https://?q',
      'https://#f',
      'https:\\\\evil.example',
      'http:\\\\evil.example',
      'https:evil.example',
      'http:/evil.example',
      ' https://leading-space.example',
      '\u0001https://x',
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://files.example',
      '//protocol-relative.example',
      '/relative',
      'http://a b',
      'http://1.2.3.256',
      'http://a:99999',
      'http://[::1',
      'http://%zz',
      'http://\u00a0x',
    ]) {
      expect(httpUrl(value), JSON.stringify(value)).toBeNull()
    }
  })

  it('agrees with the WHATWG URL parser on every link in the plain form (property)', () => {
    const scheme = fc.constantFrom('http', 'https', 'HTTP', 'hTtPs', 'htp', 'httpss', 'ftp', 'file')
    const separator = fc.constantFrom('://', ':/', ':', '//', ':///', ':\\\\', '')
    const tricky = fc.constantFrom(
      ...[0, 1, 9, 10, 13, 31, 32, 35, 37, 47, 58, 63, 64, 91, 92, 93, 127, 160, 8232, 12288, 65279]
        .map((code) => String.fromCharCode(code))
        .concat(['a', 'b', '.', '1', '255', '256', '0x', 'xn--', '::1', '%41', 'é', '/']),
    )
    const rest = fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join(''))
    const link = fc.oneof(
      fc.tuple(scheme, separator, rest).map((parts) => parts.join('')),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 16 }),
    )
    fc.assert(
      fc.property(link, (value) => {
        const kept = httpUrl(value)
        // Never keeps what the parser does not read as http(s) with a host...
        if (kept !== null) {
          expect(kept).toBe(value)
          expect(parsesAsHttpWithHost(value)).toBe(true)
        }
        // ...and in the plain form keeps exactly what it does.
        if (isPlainForm(value)) expect(kept !== null).toBe(parsesAsHttpWithHost(value))
        else expect(kept).toBeNull()
      }),
      { numRuns: 5000 },
    )
  })
})
