import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import { LedgerError } from '../errors.js'
import { parseBody } from '../internal/validate.js'
import { toUtcIso } from '../time.js'
import { parseLedgerBody } from './validate.js'

const page = (entries: unknown[]) => ({ entries, nextPageParam: null, total: entries.length })

/** The `malformed` path the remote source reports for `body`, or null when it is accepted. */
function badPath(body: unknown): string | null {
  try {
    parseBody('remote', body, parseLedgerBody)
    return null
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error
    expect(error.kind).toBe('malformed')
    return error.path ?? '(no path)'
  }
}

describe('parseLedgerBody: occurredAt', () => {
  it('accepts canonical UTC times, which the reader compares as strings', () => {
    const times = [
      '2026-03-03T10:54:00.000Z',
      '2024-02-29T23:59:59.999Z',
      '0001-01-01T00:00:00.000Z',
    ]
    expect(badPath(page(times.map((occurredAt, i) => entry({ id: `e${i}`, occurredAt }))))).toBe(
      null,
    )
  })

  it('refuses any other form as malformed, naming the field', () => {
    for (const occurredAt of [
      '2026-03-03T10:54:00Z',
      '2026-03-03T10:54:00.000+00:00',
      '2026-03-03T11:54:00.000+01:00',
      '2026-03-03T10:54:00.0000Z',
      '2026-03-03T10:54:00.000z',
      '2026-03-03 10:54:00.000Z',
      '2026-03-03',
      '2026-02-30T00:00:00.000Z',
      '2026-03-03T24:00:00.000Z',
      '+002026-03-03T10:54:00.000Z',
      'yesterday',
      '',
    ]) {
      const body = page([entry({ id: 'a' }), entry({ id: 'b', occurredAt })])
      expect(badPath(body), occurredAt).toBe('$.entries[1].occurredAt')
    }
    expect(badPath(page([{ ...entry({ id: 'a' }), occurredAt: 1772535240000 }]))).toBe(
      '$.entries[0].occurredAt',
    )
  })

  it('accepts a time exactly when it is what toUtcIso makes of it (property)', () => {
    const instant = fc
      .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z') })
      .filter((date) => !Number.isNaN(date.getTime()))
    const text = fc.oneof(
      instant.map((date) => date.toISOString()),
      instant.map((date) => date.toISOString().replace('.000Z', 'Z')),
      instant.map((date) => date.toISOString().replace('Z', '+00:00')),
      fc.string({ maxLength: 26 }),
    )
    fc.assert(
      fc.property(text, (occurredAt) => {
        const accepted = badPath(page([entry({ id: 'a', occurredAt })])) === null
        expect(accepted).toBe(toUtcIso(occurredAt) === occurredAt)
      }),
    )
  })
})

describe('parseLedgerBody: invoice links', () => {
  it('uses the kit-wide link rule: absolute http(s) with a host', () => {
    const withUrl = (url: string) => page([entry({ id: 'a', invoice: { id: 'i', url } })])
    for (const url of ['http://a', 'https://a', 'https://pay.example/i?x=1']) {
      expect(badPath(withUrl(url)), url).toBeNull()
    }
    for (const url of ['https://', 'http://', 'https:///x', 'javascript:alert(1)', ' https://x']) {
      expect(badPath(withUrl(url)), url).toBe('$.entries[0].invoice.url')
    }
    expect(badPath(page([entry({ id: 'a', invoice: { id: 'i', url: null } })]))).toBeNull()
  })
})
