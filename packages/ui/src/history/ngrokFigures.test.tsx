/**
 * ngrok's credits are dollars (issue 20 §1): an ngrok ledger shows each figure once, as money,
 * in the totals, the table, the chart and the CSV.
 */
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createNgrokSource } from '@usage-kit/core'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

const BASE = 'https://api.ngrok.ai'
// $16,880.77 and $120.00 granted, $120.00 drawn by an invoice: net $16,880.77.
const items = [
  {
    type: 'usageInvoice',
    createdAt: '2026-03-01T00:00:00Z',
    periodStart: '2026-02-01T00:00:00Z',
    periodEnd: '2026-03-01T00:00:00Z',
    invoiceUrl: 'https://invoice.stripe.com/i/acct_1/live_1',
    totalCents: 12000,
    appliedCreditsCents: 12000,
    amountDueCents: 0,
    amountPaidCents: 0,
    amountRemainingCents: 0,
  },
  {
    type: 'credits',
    amountCents: 12000,
    category: 'promotional',
    createdAt: '2026-02-10T00:00:00Z',
  },
  {
    type: 'credits',
    amountCents: 1688077,
    category: 'purchase',
    createdAt: '2026-02-01T00:00:00Z',
  },
]

function renderNgrok() {
  server.use(
    http.get(`${BASE}/credits/transactions`, () => HttpResponse.json({ items })),
    http.get(`${BASE}/credits/balance`, () => HttpResponse.json({ balanceCents: 1688077 })),
  )
  render(<UsageHistory source={createNgrokSource({ token: 'test-token' })} />, { wrapper: Kit })
}

/** The totals' term and definitions, once loaded. */
async function totals() {
  const region = screen.getByRole('region', { name: 'Totals for the selected range' })
  await vi.waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'), { timeout: 5000 })
  return {
    terms: within(region)
      .getAllByRole('term')
      .map((term) => term.textContent),
    values: within(region)
      .getAllByRole('definition')
      .map((value) => value.textContent),
  }
}

describe('an ngrok ledger (credits are dollars)', () => {
  afterEach(() => vi.restoreAllMocks())

  it('shows each total once, as money: Net "+$16,880.77", never "1,688,077"', async () => {
    renderNgrok()
    await screen.findByRole('table', { name: 'Credit history' })
    expect(await totals()).toEqual({
      terms: ['Granted', 'Used', 'Net'],
      values: ['$17,000.77', '$120.00', '+$16,880.77'],
    })
    expect(document.body.textContent).not.toMatch(/1,688,077|1,700,077/)
  })

  it('shows table amounts and balances as money, one figure per cell', async () => {
    renderNgrok()
    const table = await screen.findByRole('table', { name: 'Credit history' })
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4), {
      timeout: 5000,
    })
    const rows = within(table).getAllByRole('row')
    const header = within(rows[0] as HTMLElement)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent)
    const amount = header.indexOf('Amount')
    const balance = header.indexOf('Balance')
    const column = (index: number) =>
      rows.slice(1).map((row) => within(row).getAllByRole('cell')[index]?.textContent)
    expect(column(amount)).toEqual(['−$120.00', '+$120.00', '+$16,880.77'])
    expect(column(balance)).toEqual(['$16,880.77', '$17,000.77', '$16,880.77'])
  })

  it('describes the chart in dollars: its summary and data table (the axis: BalanceChart.money)', async () => {
    const user = userEvent.setup()
    renderNgrok()
    const figure = await screen.findByRole('figure', { name: /Balance over time/ })
    await vi.waitFor(() => expect(figure).toHaveAccessibleDescription(/\$16,880\.77/), {
      timeout: 5000,
    })
    expect(figure).toHaveAccessibleDescription(/\$17,000\.77/)
    await user.click(within(figure).getByRole('button', { name: 'Show data table' }))
    const data = within(figure).getByRole('table')
    expect(data.textContent).toContain('$16,880.77')
    expect(data.textContent).not.toMatch(/1,688,077/)
  })
})
