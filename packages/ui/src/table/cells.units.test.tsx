/**
 * Issue 20 in the table: an ngrok amount is one figure, as money (its credits are dollars), and a
 * row with no description of its own (Vayu) says what it belongs to under its type.
 */
import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import type { LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { UsageKitProvider } from '@usage-kit/react'
import { describe, expect, it } from 'vitest'
import { stubLayout } from '../../test/kit.js'
import { cs } from '../locales/cs.js'
import { LedgerTable } from './LedgerTable.js'

stubLayout()

function renderTable(entries: LedgerEntry[], locale = 'en-US') {
  render(
    <UsageKitProvider
      queryClient={new QueryClient()}
      timeZone="UTC"
      locale={locale}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      <LedgerTable entries={entries} />
    </UsageKitProvider>,
  )
}

/** The body cells of the column named `name`, as text. */
function column(name: string): (string | null)[] {
  const table = screen.getByRole('table')
  const at = within(table)
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === name)
  const [, ...rows] = within(table).getAllByRole('row')
  return rows.map((row) => within(row).getAllByRole('cell')[at]?.textContent ?? null)
}

const ngrok = (id: string, cents: number, extra: Partial<LedgerEntry> = {}) =>
  ledgerEntry({
    id,
    provider: 'ngrok',
    kind: cents >= 0 ? 'grant' : 'usage',
    providerType: cents >= 0 ? 'credits' : 'usageInvoice',
    credits: cents / 100,
    money: { amountMinor: cents, currency: 'USD' },
    ...extra,
  })

describe('LedgerTable amounts of a ledger counted in a currency', () => {
  it('shows an ngrok amount once, as money: "−$120.00", not "−120 −$120.00"', () => {
    renderTable([
      ngrok('u', -12000, { occurredAt: '2026-03-02T00:00:00.000Z', balanceAfter: 16880.77 }),
      ngrok('g', 1688077, { balanceAfter: 17000.77 }),
      // An undocumented fraction of a cent: credits only, still money, and never "−$0.00".
      ngrok('f', -0.1, { occurredAt: '2026-02-01T00:00:00.000Z', money: null, credits: -0.001 }),
    ])
    expect(column('Amount')).toEqual(['−$120.00', '+$16,880.77', '−<$0.01'])
    expect(column('Balance')).toEqual(['$16,880.77', '$17,000.77', ''])
  })

  it('keeps credits and money side by side for a provider with credits of its own', () => {
    renderTable([
      ledgerEntry({
        id: 'm',
        provider: 'monk',
        credits: -12,
        money: { amountMinor: -120, currency: 'USD' },
      }),
    ])
    expect(column('Amount')).toEqual(['−12−$1.20'])
  })
})

describe('LedgerTable description of a row without one', () => {
  const vayu = (id: string, invoice: string | null) =>
    ledgerEntry({
      id,
      provider: 'vayu',
      kind: invoice ? 'usage' : 'adjustment',
      providerType: 'Deduct',
      invoice: invoice ? { id: invoice, url: null } : null,
    })

  it('shows the invoice a Vayu deduction belongs to under "Deduct", by its tail (en)', () => {
    renderTable([vayu('a', '65f1c0ffee0000000000abcd'), vayu('b', null)])
    expect(column('Description')).toEqual(['DeductInvoice …0000abcd', 'Deduct'])
    // Vayu's ids share their leading, time-ordered digits: the whole id is on hover.
    expect(screen.getByTitle('Invoice 65f1c0ffee0000000000abcd')).toHaveTextContent(
      'Invoice …0000abcd',
    )
  })

  it('says it in Czech (cs)', () => {
    renderTable([vayu('a', 'inv-42')], 'cs-CZ')
    expect(column('Popis')).toEqual(['DeductFaktura inv-42'])
  })

  it('leaves a row with its own description as it was', () => {
    renderTable([
      ledgerEntry({
        id: 'n',
        description: 'Usage 2026-02-01–2026-03-01',
        invoice: { id: 'in_1', url: null },
      }),
    ])
    expect(column('Description')).toEqual(['Usage 2026-02-01–2026-03-01'])
  })
})
