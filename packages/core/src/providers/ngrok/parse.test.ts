/**
 * The fast path and the reference schema agree, and a rejection names the bad field; the helpers
 * behind the fast path are exact.
 */
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { parseBody } from '../../internal/validate.js'
import { toUtcIso } from '../../time.js'
import { hash53 } from './hash.js'
import { parseNgrokBalance, parseNgrokLedger } from './parse.js'
import { ngrokBalanceSchema, ngrokLedgerSchema } from '../../../test/schemas/ngrok.js'

const credits = {
  type: 'credits',
  amountCents: 0,
  category: 'promotional',
  expiresAt: null,
  createdAt: '2026-03-01T10:00:00Z',
}
const invoice = {
  type: 'usageInvoice',
  createdAt: '2026-03-01T01:00:00Z',
  periodStart: '2026-02-01T00:00:00Z',
  periodEnd: '2026-03-01T00:00:00Z',
  invoiceUrl: 'https://invoice.stripe.com/i/a/b',
  totalCents: -5,
  appliedCreditsCents: 0,
  amountDueCents: -5,
  amountPaidCents: 0,
  amountRemainingCents: 0,
}
const preview: Record<string, unknown> = { ...invoice, type: 'usageInvoicePreview' }
delete preview.invoiceUrl

const explain = (body: unknown) => {
  try {
    parseBody('ngrok', body, parseNgrokLedger)
    return 'accepted'
  } catch (error) {
    return (error as { path: string }).path
  }
}

const item = (base: object, patch: Record<string, unknown>, drop?: string) => {
  const copy: Record<string, unknown> = { ...base, ...patch }
  if (drop) delete copy[drop]
  return { items: [credits, copy] }
}

describe('parseNgrokLedger against ngrokLedgerSchema', () => {
  it.each([
    // An array is not the documented object: the body itself is the bad value.
    ['an array body', [], '$'],
    ['no items', {}, '$.items'],
    ['items not an array', { items: {} }, '$.items'],
    ['a null item', { items: [null] }, '$.items[0]'],
    ['a missing type', item(credits, {}, 'type'), '$.items[1].type'],
    ['a numeric type', item(credits, { type: 7 }), '$.items[1].type'],
    ['an undocumented category', item(credits, { category: 'gift' }), '$.items[1].category'],
    ['a negative grant', item(credits, { amountCents: -1 }), '$.items[1].amountCents'],
    ['a fractional grant', item(credits, { amountCents: 1.5 }), '$.items[1].amountCents'],
    ['a string grant', item(credits, { amountCents: '100' }), '$.items[1].amountCents'],
    ['an unsafe integer', item(credits, { amountCents: 2 ** 60 }), '$.items[1].amountCents'],
    ['a bad expiry', item(credits, { expiresAt: 'never' }), '$.items[1].expiresAt'],
    [
      'an impossible date',
      item(credits, { createdAt: '2026-02-30T00:00:00Z' }),
      '$.items[1].createdAt',
    ],
    ['no invoiceUrl key', item(invoice, {}, 'invoiceUrl'), '$.items[1].invoiceUrl'],
    ['a numeric invoiceUrl', item(invoice, { invoiceUrl: 5 }), '$.items[1].invoiceUrl'],
    ['no periodEnd', item(invoice, {}, 'periodEnd'), '$.items[1].periodEnd'],
    ['a string amount paid', item(invoice, { amountPaidCents: '0' }), '$.items[1].amountPaidCents'],
    ['a null total', item(invoice, { totalCents: null }), '$.items[1].totalCents'],
    [
      'a preview without applied',
      item(preview, {}, 'appliedCreditsCents'),
      '$.items[1].appliedCreditsCents',
    ],
    [
      'a preview with a null remaining',
      item(preview, { amountRemainingCents: null }),
      '$.items[1].amountRemainingCents',
    ],
    ['an unknown type without createdAt', item({ type: 'refund' }, {}), '$.items[1].createdAt'],
  ])('rejects %s, as the schema does, naming the path', (_name, body, path) => {
    expect(v.safeParse(ngrokLedgerSchema, body).success).toBe(false)
    expect(() => parseNgrokLedger(body)).toThrow()
    expect(explain(body)).toBe(path)
  })

  it.each([
    ['extra properties', item(invoice, { hostedInvoiceId: 'x', lines: [] })],
    ['a preview that has an invoiceUrl after all', item(preview, { invoiceUrl: 5 })],
    ['an absent expiresAt', item(credits, {}, 'expiresAt')],
    ['a null invoiceUrl', item(invoice, { invoiceUrl: null })],
    [
      'an unknown type with any amount',
      item({ type: 'x', createdAt: '2026-01-01T00:00:00Z', amountCents: {} }, {}),
    ],
    ['no items at all', { items: [] }],
  ])('accepts %s, as the schema does', (_name, body) => {
    expect(v.safeParse(ngrokLedgerSchema, body).success).toBe(true)
    expect(() => parseNgrokLedger(body)).not.toThrow()
  })

  it('reads the balance exactly as its schema does', () => {
    for (const body of [
      { balanceCents: 123 },
      { balanceCents: -4, extra: 1 },
      { balanceCents: 1.5 },
      {},
      null,
    ]) {
      let parsed = true
      try {
        parseNgrokBalance(body)
      } catch {
        parsed = false
      }
      expect([body, parsed]).toEqual([body, v.safeParse(ngrokBalanceSchema, body).success])
    }
  })
})

describe('hash53', () => {
  it('is cyrb53: 14 hex digits, deterministic', () => {
    expect(hash53('')).toBe('0bdcb81aee8d83')
    expect(hash53('a')).toBe('1c2ba782c97901')
    expect(hash53('2026-03-01T00:00:00.000Z|2500|purchase|2027-03-01T00:00:00.000Z')).toBe(
      '028a23c1a2f0eb',
    )
  })

  it('is cyrb53 on any text, so ids derived from it never change (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(hash53(text)).toBe(cyrb53(text))
      }),
      { numRuns: 2000 },
    )
  })
})

/** cyrb53 as first written (unsigned multipliers, two padded halves): the reference for `hash53`. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return (h2 & 0x1fffff).toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0')
}

describe('parseNgrokLedger on contiguous billing periods', () => {
  // Most periods end where the next (older) one starts, some leave a gap; every timestamp
  // is spelled at random, so a string the parser has already validated recurs in another
  // spelling or in the same one.
  const spell = (iso: string) =>
    fc.constantFrom(iso, iso.replace('.000Z', 'Z'), iso.replace('.000Z', '+00:00'))
  const ledger = fc
    .array(fc.tuple(fc.integer({ min: 1, max: 40 * 86_400 }), fc.boolean(), fc.nat(9)), {
      minLength: 1,
      maxLength: 12,
    })
    .chain((steps) => {
      let end = Date.UTC(2027, 0, 1)
      const periods = steps.map(([seconds, createdAtEnd, gap]) => {
        const start = end - seconds * 1000
        const period = { start: iso(start), end: iso(end), createdAtEnd, grant: gap === 0 }
        end = gap === 1 ? start - 3 * 86_400_000 : start
        return period
      })
      return fc.tuple(
        ...periods.map((period) =>
          fc
            .tuple(
              spell(period.start),
              spell(period.end),
              period.createdAtEnd ? spell(period.end) : spell(iso(Date.parse(period.end) + 5000)),
            )
            .map(([periodStart, periodEnd, createdAt]) => {
              const item = { ...invoice, periodStart, periodEnd, createdAt }
              return period.grant ? [item, { ...credits, createdAt: periodStart }] : [item]
            }),
        ),
      )
    })
    // Sometimes out of order, which the docs do not promise against.
    .chain((groups) =>
      fc.oneof(fc.constant(groups), fc.shuffledSubarray(groups, { minLength: groups.length })),
    )
    .map((groups) => ({ items: groups.flat() }))

  it('normalizes every timestamp as toUtcIso does, however it is spelled (property)', () => {
    fc.assert(
      fc.property(ledger, (body) => {
        const entries = parseNgrokLedger(body)
        expect(entries).toHaveLength(body.items.length)
        for (const entry of entries) {
          const raw = entry.raw as Record<string, string>
          expect(entry.occurredAt).toBe(toUtcIso(raw.createdAt as string))
          if (entry.providerType !== 'usageInvoice') continue
          const start = toUtcIso(raw.periodStart as string) as string
          const end = toUtcIso(raw.periodEnd as string) as string
          expect(entry.id).toBe(end)
          expect(entry.description).toBe(`Usage ${start.slice(0, 10)}–${end.slice(0, 10)}`)
        }
      }),
      { numRuns: 500 },
    )
  })
})

function iso(time: number): string {
  return new Date(time).toISOString()
}
