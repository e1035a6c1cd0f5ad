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
