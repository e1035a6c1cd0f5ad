import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LedgerError, parseRetryAfter, RETRY_AFTER_LIMIT_MS } from './errors.js'
import { parseHttpDate } from './http-date.js'

const NOW = Date.parse('2026-03-03T10:54:00.000Z')

describe('parseRetryAfter', () => {
  it('clamps a huge delay to the documented limit (issue 14 item 9)', () => {
    // Before: 1e26 ms, sent on as `Retry-After: 1e+23`.
    expect(parseRetryAfter('99999999999999999999999', NOW)).toBe(RETRY_AFTER_LIMIT_MS)
    expect(parseRetryAfter('9'.repeat(400), NOW)).toBe(RETRY_AFTER_LIMIT_MS)
    expect(parseRetryAfter('3600', NOW)).toBe(3_600_000)
    expect(parseRetryAfter('3601', NOW)).toBe(RETRY_AFTER_LIMIT_MS)
    expect(RETRY_AFTER_LIMIT_MS).toBe(3_600_000)
  })

  it('reads delay-seconds as digits only; anything else is absent, never a zero wait', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7000)
    expect(parseRetryAfter('0', NOW)).toBe(0)
    expect(parseRetryAfter(' 7\t', NOW)).toBe(7000)
    expect(parseRetryAfter(null, NOW)).toBeNull()
    // Date.parse reads '-5', '+5', '1.5' and 'foo 1' as days in 2001: before, a zero wait.
    for (const bad of ['-5', '+5', '1.5', '5s', '0x10', '1e3', 'foo 1', '', ' ', '7 7', '٣']) {
      expect(parseRetryAfter(bad, NOW)).toBeNull()
    }
  })

  it('reads the three HTTP-date forms; a past date is no wait, a far one the limit', () => {
    expect(parseRetryAfter('Tue, 03 Mar 2026 10:54:30 GMT', NOW)).toBe(30_000)
    expect(parseRetryAfter('Tuesday, 03-Mar-26 10:54:30 GMT', NOW)).toBe(30_000)
    expect(parseRetryAfter('Tue Mar  3 10:54:30 2026', NOW)).toBe(30_000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', NOW)).toBe(0)
    expect(parseRetryAfter('Fri, 01 Jan 2100 00:00:00 GMT', NOW)).toBe(RETRY_AFTER_LIMIT_MS)
    for (const bad of [
      'Tue, 31 Feb 2026 10:54:30 GMT',
      'Tue, 03 Mar 2026 10:54:30 UTC',
      'Tue, 3 Mar 2026 10:54:30 GMT',
      'Tue, 03 Mar 2026 24:00:00 GMT',
      '2026-03-03T10:54:30Z',
      'tue, 03 mar 2026 10:54:30 GMT',
    ]) {
      expect(parseRetryAfter(bad, NOW)).toBeNull()
    }
  })

  it('reads RFC 850 years more than 50 years ahead as the past century', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(
      Date.parse('1994-11-06T08:49:37Z'),
    )
    expect(parseHttpDate('Monday, 06-Nov-76 08:49:37 GMT', NOW)).toBe(
      Date.parse('2076-11-06T08:49:37Z'),
    )
    expect(parseHttpDate('Monday, 06-Nov-77 08:49:37 GMT', NOW)).toBe(
      Date.parse('1977-11-06T08:49:37Z'),
    )
  })

  it('gives null or whole milliseconds within the limit for any header (property)', () => {
    const header = fc.oneof(
      fc.string(),
      fc.stringMatching(/^-?\d{0,30}$/),
      fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
    )
    fc.assert(
      fc.property(header, fc.integer({ min: 0, max: 4e12 }), (value, now) => {
        const ms = parseRetryAfter(value, now)
        if (ms === null) return
        expect(Number.isInteger(ms) && ms >= 0 && ms <= RETRY_AFTER_LIMIT_MS).toBe(true)
        if (/^\d+$/.test(value))
          expect(ms).toBe(Math.min(Number(value) * 1000, RETRY_AFTER_LIMIT_MS))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads back every IMF-fixdate that Date writes (property)', () => {
    const date = fc.date({
      min: new Date('1000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    })
    fc.assert(
      fc.property(date, (value) => {
        const whole = Math.floor(value.getTime() / 1000) * 1000
        expect(parseHttpDate(new Date(whole).toUTCString())).toBe(whole)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('LedgerError', () => {
  it('keeps retryAfterMs a whole wait within the limit, whoever builds it', () => {
    const make = (retryAfterMs: number | null) =>
      new LedgerError({ kind: 'rate_limited', provider: 'remote', retryAfterMs }).retryAfterMs
    expect(make(1e26)).toBe(RETRY_AFTER_LIMIT_MS)
    expect(make(Infinity)).toBe(RETRY_AFTER_LIMIT_MS)
    expect(make(-1)).toBeNull()
    expect(make(NaN)).toBeNull()
    expect(make(null)).toBeNull()
    expect(make(1500.2)).toBe(1501)
  })
})
