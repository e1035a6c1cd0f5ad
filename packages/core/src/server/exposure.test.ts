/**
 * Issue 14, item 4: what the endpoint sends of each provider record. By default the documented
 * fields only, and no text field past `maxTextLength`, whatever the provider sends.
 */
import { http, HttpResponse } from 'msw'
import { MONK_CONTRACT_ID, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { setupLoopback } from '../../test/loopback.js'
import type { LedgerEntry } from '../model.js'
import type { LedgerSource } from '../source.js'
import { createMonkSource } from '../providers/monk/source.js'
import { createVayuSource } from '../providers/vayu/source.js'
import { createLedgerHandler, type LedgerHandlerOptions } from './index.js'
import { projectRaw } from './rawProjection.js'

const loop = setupLoopback()
const TOKEN = 'vayu-test-token'
const MB = 1024 * 1024

/** A Vayu row as documented, plus everything a provider might add. */
function vayuRow(i: number, extra: Record<string, unknown> = {}) {
  return {
    id: i.toString(16).padStart(24, '0'),
    createdAt: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
    type: 'Deduct',
    amount: 5,
    balanceAfterEntry: 100 - i,
    invoiceId: `inv-${i}`,
    integrationEntities: [
      {
        updatedAt: '2026-03-01T00:00:00.000Z',
        integrationProvider: 'NetSuite',
        integrationExternalId: `ns-${i}`,
        syncStatus: 'Synced',
        metadata: { salesRep: 'Jane Roe', margin: 0.42 },
        rawSyncedData: { customer: { taxId: 'DE-123456789' } },
        undocumented: 'link extra',
      },
    ],
    internalNote: 'churn risk: offer 20% off',
    ...extra,
  }
}

function serveVayu(rows: unknown[], options: Partial<LedgerHandlerOptions> = {}) {
  loop.useHandlers(
    http.get('https://connect.withvayu.com/credits', () => HttpResponse.json({ entries: rows })),
  )
  const source = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: TOKEN })
  return loop.serve(createLedgerHandler({ source, ...options }))
}

async function firstPage(url: string) {
  const response = await fetch(`${url}?pageSize=50`)
  const text = await response.text()
  return {
    status: response.status,
    text,
    entries: (JSON.parse(text) as { entries: LedgerEntry[] }).entries,
  }
}

describe('the endpoint sends the documented fields of raw, and bounded text', () => {
  it('leaves out internalNote, metadata, rawSyncedData and a 5 MB undocumented description', async () => {
    const rows = [vayuRow(1, { description: 'd'.repeat(5 * MB) }), vayuRow(2)]
    const { status, text, entries } = await firstPage(await serveVayu(rows))
    expect(status).toBe(200)
    expect(text.length).toBeLessThan(5_000)
    for (const word of [
      'internalNote',
      'churn',
      'metadata',
      'salesRep',
      'rawSyncedData',
      'taxId',
      'undocumented',
      'ddd',
    ]) {
      expect(text).not.toContain(word)
    }
    expect(entries[0]?.raw).toEqual({
      id: '000000000000000000000002',
      createdAt: '2026-03-01T00:02:00.000Z',
      type: 'Deduct',
      amount: 5,
      balanceAfterEntry: 98,
      invoiceId: 'inv-2',
      integrationEntities: [
        {
          updatedAt: '2026-03-01T00:00:00.000Z',
          integrationProvider: 'NetSuite',
          integrationExternalId: 'ns-2',
          syncStatus: 'Synced',
        },
      ],
    })
  })

  it('keeps nothing nested where the document has a scalar, however deep', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 50_000; i++) deep = { deep }
    const raw = vayuRow(1, { internalNote: deep, erpId: deep, contractId: [deep] })
    raw.integrationEntities.push(deep as never)
    const entry = { provider: 'vayu', raw } as LedgerEntry
    const projected = projectRaw(entry, 'documented', 1000)
    expect(JSON.stringify(projected)).not.toContain('deep')
    expect(projected).not.toHaveProperty('erpId')
    // An entity without one documented field is an empty object, its content left behind.
    expect((projected as { integrationEntities: unknown[] }).integrationEntities[1]).toEqual({})
  })

  it("raw: 'none' sends null; a function's result is bounded in depth and text", async () => {
    const none = await firstPage(await serveVayu([vayuRow(1)], { raw: 'none' }))
    expect(none.entries[0]?.raw).toBeNull()

    let deep: unknown = 'bottom'
    for (let i = 0; i < 50_000; i++) deep = { deep }
    const custom = await firstPage(
      await serveVayu([vayuRow(1)], {
        raw: (entry) => ({
          note: (entry.raw as { internalNote: string }).internalNote,
          deep,
          big: 'x'.repeat(MB),
          n: 10n,
        }),
        maxTextLength: 40,
      }),
    )
    expect(custom.status).toBe(200)
    const raw = custom.entries[0]?.raw as Record<string, unknown>
    expect(raw.note).toBe('churn risk: offer 20% off')
    expect(raw.big).toBe(`${'x'.repeat(39)}…`)
    expect(raw.n).toBe('10')
    expect(JSON.stringify(raw.deep).split('{').length - 1).toBeLessThanOrEqual(8)
  })

  it('cuts a 5 MB description to maxTextLength, in the entry and in raw', async () => {
    const base = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits`
    const row = {
      id: 'entry-usage-1',
      type: 'usage',
      amountCents: -2500,
      creditAmount: -250,
      creditRateCents: 10,
      currency: 'USD',
      description: `Usage ${'d'.repeat(5 * MB)}`,
      sourceType: 'invoice',
      invoiceId: 'inv-24548',
      grantEntryId: 'entry-grant-1',
      expiresAt: null,
      isPromotional: false,
      createdAt: '2026-03-03T10:54:00.000Z',
    }
    loop.useHandlers(
      http.get(`${base}/ledger`, () =>
        HttpResponse.json({ data: { totalCount: 1, entries: [row] } }),
      ),
      http.get(`${base}/balance`, () => HttpResponse.json({ data: 'no balance' }, { status: 404 })),
    )
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: TOKEN })
    const url = await loop.serve(
      createLedgerHandler({ source, reader: { reconstructBalances: false } }),
    )
    const { status, text, entries } = await firstPage(url)
    expect(status).toBe(200)
    expect(text.length).toBeLessThan(5_000)
    const entry = entries[0] as LedgerEntry
    expect(entry.description).toHaveLength(1000)
    expect(entry.description?.endsWith('dd…')).toBe(true)
    expect((entry.raw as { description: string }).description).toBe(entry.description)
    expect(entry.raw).toMatchObject({ grantEntryId: 'entry-grant-1', isPromotional: false })
  })

  it('cuts the balance texts too', async () => {
    const source: LedgerSource = {
      provider: 'monk',
      capabilities: { pagination: 'none', filters: [], maxPageSize: 10 },
      fetchPage: () => Promise.resolve({ entries: [], nextPageParam: null, total: 0 }),
      fetchBalance: () =>
        Promise.resolve({
          credits: 1,
          money: { amountMinor: 100, currency: 'U'.repeat(MB) },
          asOf: 'A'.repeat(MB),
        }),
    }
    const url = await loop.serve(createLedgerHandler({ source, maxTextLength: 10 }))
    const response = await fetch(`${url}/balance`)
    expect(await response.json()).toEqual({
      credits: 1,
      money: { amountMinor: 100, currency: `${'U'.repeat(9)}…` },
      asOf: `${'A'.repeat(9)}…`,
    })
  })

  it('checks its options', () => {
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID })
    expect(() => createLedgerHandler({ source, maxTextLength: 0 })).toThrow(RangeError)
    expect(() => createLedgerHandler({ source, maxTextLength: 1.5 })).toThrow(RangeError)
    // @ts-expect-error not a projection
    expect(() => createLedgerHandler({ source, raw: 'all' })).toThrow(TypeError)
  })
})
