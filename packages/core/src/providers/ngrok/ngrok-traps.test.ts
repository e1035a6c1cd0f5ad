/** The ngrok-specific traps (README.md: ids, previews, `invoiceUrl`, unknown types), each on its own. */
import { http, HttpResponse } from 'msw'
import { createNgrokMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { setupMockServer } from '../../../test/mock-server.js'
import { LedgerError } from '../../errors.js'
import type { LedgerEntry } from '../../model.js'
import { parseNgrokLedger } from './parse.js'
import { createNgrokSource } from './source.js'

const use = setupMockServer()
const ledgerUrl = 'https://api.ngrok.ai/credits/transactions'
const source = createNgrokSource({ token: 'test-token' })

async function fetchEntries(body: unknown): Promise<LedgerEntry[]> {
  use({ handlers: [http.get(ledgerUrl, () => HttpResponse.json(body as never))] } as never)
  return (await source.fetchPage({ pageSize: 50, query: {} })).entries
}

const ids = (entries: LedgerEntry[]) => entries.map((entry) => entry.id)

const purchase = (createdAt: string, amountCents = 1000, expiresAt: string | null = null) => ({
  type: 'credits',
  amountCents,
  category: 'purchase',
  expiresAt,
  createdAt,
})

const invoiceFor = (start: string, end: string, extra: Record<string, unknown> = {}) => ({
  type: 'usageInvoice',
  createdAt: end,
  periodStart: start,
  periodEnd: end,
  invoiceUrl: null,
  totalCents: 700,
  appliedCreditsCents: 700,
  amountDueCents: 0,
  amountPaidCents: 0,
  amountRemainingCents: 0,
  ...extra,
})

const previewFor = (start: string, end: string, applied: number) => ({
  type: 'usageInvoicePreview',
  createdAt: '2026-03-20T10:00:00Z',
  periodStart: start,
  periodEnd: end,
  totalCents: applied,
  appliedCreditsCents: applied,
  amountDueCents: 0,
  amountPaidCents: 0,
  amountRemainingCents: 0,
})

describe('ngrok traps', () => {
  it('derives stable ids: the same body parsed twice gives the same ids, whatever the spelling', async () => {
    const mock = use(createNgrokMock({ size: 500, scenario: 'unknown-types' }))
    const first = await source.fetchPage({ pageSize: 50, query: {} })
    const second = await source.fetchPage({ pageSize: 50, query: {} })
    expect(mock.requests).toHaveLength(2)
    expect(ids(second.entries)).toEqual(ids(first.entries))
    expect(new Set(ids(first.entries)).size).toBe(500)

    // The id is built from normalized values: `+00:00` and `Z` name the same instant.
    const z = parseNgrokLedger({
      items: [purchase('2026-03-01T10:00:00Z', 500, '2027-03-01T00:00:00Z')],
    })
    const offset = parseNgrokLedger({
      items: [purchase('2026-03-01T10:00:00.000+00:00', 500, '2027-03-01T00:00:00+00:00')],
    })
    expect(ids(offset)).toEqual(ids(z))
    expect(ids(z)[0]).toMatch(/^ngrok:credits:[0-9a-f]{14}$/)
    // Different content, different id.
    const other = parseNgrokLedger({
      items: [purchase('2026-03-01T10:00:00Z', 501, '2027-03-01T00:00:00Z')],
    })
    expect(ids(other)).not.toEqual(ids(z))
  })

  it('gives two identical purchases two ids: #2 for the second, in newest-first order', async () => {
    const twice = purchase('2026-03-01T10:00:00Z', 500)
    const entries = await fetchEntries({
      items: [twice, { ...twice }, { ...twice }, purchase('2026-02-01T00:00:00Z')],
    })
    const [first, second, third, older] = ids(entries)
    expect(first).toMatch(/^ngrok:credits:[0-9a-f]{14}$/)
    expect(second).toBe(`${first}#2`)
    expect(third).toBe(`${first}#3`)
    expect(older).toMatch(/^ngrok:credits:[0-9a-f]{14}$/)
    expect(older).not.toBe(first)

    // The generated ledger holds such a pair too; both are kept, with distinct ids.
    use(createNgrokMock({ size: 60 }))
    const generated = (await source.fetchPage({ pageSize: 50, query: {} })).entries
    const repeated = generated.filter((entry) => entry.id.endsWith('#2'))
    expect(repeated).toHaveLength(1)
    const original = generated.find((entry) => `${entry.id}#2` === repeated[0]?.id)
    expect(original?.raw).toEqual(repeated[0]?.raw)
    expect(original?.category).toBe('purchase')
  })

  it('keeps every id unique, also for a period sent twice and for periods out of order', () => {
    const a = invoiceFor('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')
    const b = invoiceFor('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z')
    const c = invoiceFor('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z')
    const entries = parseNgrokLedger({ items: [c, b, a, b, c, { ...c, amountPaidCents: 5 }] })
    expect(ids(entries)).toEqual([
      '2026-04-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z#2',
      '2026-04-01T00:00:00.000Z#2',
      '2026-04-01T00:00:00.000Z#3',
    ])
    // Oldest first (not the documented order) still gives unique ids.
    const ascending = parseNgrokLedger({ items: [a, b, c, a] })
    expect(ids(ascending).at(-1)).toBe('2026-02-01T00:00:00.000Z#2')
    expect(new Set(ids(ascending)).size).toBe(4)
  })

  it('maps final invoices to usage entries that carry the invoice link', async () => {
    const url = 'https://invoice.stripe.com/i/acct_1Ngrok/live_YWNjdF8x?s=ap'
    const [entry] = await fetchEntries({
      items: [
        invoiceFor('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', {
          invoiceUrl: url,
          appliedCreditsCents: 0,
        }),
      ],
    })
    expect(entry).toMatchObject({
      kind: 'usage',
      providerType: 'usageInvoice',
      pending: false,
      credits: 0,
      money: { amountMinor: 0, currency: 'USD' },
      invoice: { id: null, url },
    })
    // No credits drawn is 0, never -0.
    expect(Object.is(entry?.credits, 0)).toBe(true)
  })

  it('marks previews pending, and drops one once the final invoice of its period is listed', async () => {
    const start = '2026-03-01T00:00:00Z'
    const end = '2026-04-01T00:00:00Z'
    const open = await fetchEntries({
      items: [previewFor(start, end, 420), purchase('2026-02-01T00:00:00Z')],
    })
    expect(open[0]).toMatchObject({
      id: '2026-04-01T00:00:00.000Z',
      kind: 'usage',
      pending: true,
      credits: -4.2,
      invoice: null,
    })
    // The preview's id ignores createdAt and amounts, so the next sync replaces it.
    const later = parseNgrokLedger({
      items: [{ ...previewFor(start, end, 900), createdAt: '2026-03-25T00:00:00Z' }],
    })
    expect(later[0]?.id).toBe(open[0]?.id)

    const final = invoiceFor(start, end, { createdAt: '2026-04-01T01:00:00Z' })
    for (const items of [
      [final, previewFor(start, end, 420)],
      [previewFor(start, end, 420), final],
    ]) {
      const entries = await fetchEntries({ items })
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({ providerType: 'usageInvoice', pending: false })
    }
    // Also when the final invoices arrive out of order before the preview.
    const january = invoiceFor('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z')
    const unordered = parseNgrokLedger({ items: [january, final, previewFor(start, end, 1)] })
    expect(unordered.map((entry) => entry.providerType)).toEqual(['usageInvoice', 'usageInvoice'])
    // A preview of another period stays.
    const other = parseNgrokLedger({ items: [previewFor(end, '2026-05-01T00:00:00Z', 5), final] })
    expect(other.map((entry) => entry.providerType)).toEqual([
      'usageInvoicePreview',
      'usageInvoice',
    ])
  })

  it('drops an invoice link that is not http(s), keeping the invoice itself', async () => {
    const period = (n: number) =>
      [`2026-0${n}-01T00:00:00Z`, `2026-0${n + 1}-01T00:00:00Z`] as const
    const entries = await fetchEntries({
      items: [
        invoiceFor(...period(5), { invoiceUrl: 'javascript:alert(document.cookie)' }),
        invoiceFor(...period(4), { invoiceUrl: 'data:text/html,<script>alert(1)</script>' }),
        invoiceFor(...period(3), { invoiceUrl: '/relative/invoice' }),
        invoiceFor(...period(2), { invoiceUrl: null }),
        invoiceFor(...period(1), { invoiceUrl: 'HTTPS://Invoice.Stripe.com/i/x' }),
      ],
    })
    expect(entries.map((entry) => entry.invoice)).toEqual([
      { id: null, url: null },
      { id: null, url: null },
      { id: null, url: null },
      { id: null, url: null },
      // Kept as sent: the scheme is what makes a link safe.
      { id: null, url: 'HTTPS://Invoice.Stripe.com/i/x' },
    ])
  })

  it('keeps unknown type labels as adjustments with the label unchanged', async () => {
    const entries = await fetchEntries({
      items: [
        { type: 'refund', createdAt: '2026-03-02T00:00:00Z', amountCents: 250 },
        { type: 'creditNote', createdAt: '2026-03-01T00:00:00Z', amountCents: -75, note: 'x' },
        { type: 'chargeback', createdAt: '2026-02-28T00:00:00Z' },
        { type: 'fx', createdAt: '2026-02-27T00:00:00Z', amountCents: 1.5 },
        { type: 'fx', createdAt: '2026-02-26T00:00:00Z', amountCents: '12' },
      ],
    })
    expect(
      entries.map(({ kind, providerType, credits, money }) => ({
        kind,
        providerType,
        credits,
        money,
      })),
    ).toEqual([
      {
        kind: 'adjustment',
        providerType: 'refund',
        credits: 2.5,
        money: { amountMinor: 250, currency: 'USD' },
      },
      {
        kind: 'adjustment',
        providerType: 'creditNote',
        credits: -0.75,
        money: { amountMinor: -75, currency: 'USD' },
      },
      { kind: 'adjustment', providerType: 'chargeback', credits: null, money: null },
      // Money is integer minor units: a fractional amount is kept in credits only.
      { kind: 'adjustment', providerType: 'fx', credits: 0.015, money: null },
      { kind: 'adjustment', providerType: 'fx', credits: null, money: null },
    ])
    expect(entries.every((entry) => entry.id.startsWith('ngrok:other:'))).toBe(true)
    expect(new Set(ids(entries)).size).toBe(5)

    use(createNgrokMock({ size: 300, scenario: 'unknown-types' }))
    const generated = (await source.fetchPage({ pageSize: 50, query: {} })).entries
    const refunds = generated.filter((entry) => entry.providerType === 'refund')
    expect(refunds.length).toBeGreaterThan(10)
    expect(refunds.every((entry) => entry.kind === 'adjustment' && (entry.credits ?? 0) >= 0)).toBe(
      true,
    )
  })

  it("rejects the docs page's own example item (it lacks the required category)", async () => {
    const example = {
      items: [
        {
          type: 'credits',
          amountCents: 1,
          createdAt: '2025-10-01T12:00:00Z',
          expiresAt: '2026-10-01T12:00:00Z',
        },
      ],
    }
    const error = await fetchEntries(example).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(LedgerError)
    expect(error).toMatchObject({
      kind: 'malformed',
      provider: 'ngrok',
      path: '$.items[0].category',
    })
  })
})
