import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { BalanceCheck, LedgerEntry } from '@usage-kit/core'
import { describe, expect, it, vi } from 'vitest'
import { grantLedger, ledgerOf } from '../grants/fixtures.js'
import { inKit } from '../usage/fixtures.js'
import { LedgerStatement } from './LedgerStatement.js'
import type { LedgerStatementProps } from './types.js'

function renderStatement(props: LedgerStatementProps = {}, locale?: string) {
  return render(inKit(<LedgerStatement ledger={ledgerOf(grantLedger())} {...props} />, locale))
}

/** The table's body rows as text, cell by cell. */
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent))

const matching: BalanceCheck = { ledger: 912, provider: 912, difference: 0, matches: true }
const differing: BalanceCheck = { ledger: 1000, provider: 1012.5, difference: 12.5, matches: false }

describe('LedgerStatement', () => {
  it('lists months newest first with opening, granted, used, closing and the count', () => {
    renderStatement()
    const table = screen.getByRole('table', { name: 'Statement by month' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Period', 'Opening', 'Granted', 'Used', 'Closing', 'Entries'])
    expect(rowsOf(table)).toEqual([
      ['March 2026', '1,112', '0', '200', '912', '1'],
      ['February 2026', '1,700', '700', '1,288', '1,112', '3'],
      ['January 2026', '60', '2,000', '360', '1,700', '3'],
      ['December 2025', '0', '100', '40', '60', '2'],
    ])
    expect(screen.getByRole('region', { name: 'Statement by month' })).toBeVisible()
  })

  it('names billing cycles by their first and last day', () => {
    renderStatement({ cycleAnchor: 15 })
    const table = screen.getByRole('table', { name: 'Statement by billing cycle' })
    const labels = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
    expect(labels[0]).toMatch(/^Feb 15\s–\sMar 14, 2026$/)
    expect(labels.at(-1)).toMatch(/^Nov 15\s–\sDec 14, 2025$/)
  })

  it('labels weeks and days', () => {
    const { unmount } = renderStatement({ period: 'week' })
    const weeks = screen.getByRole('table', { name: 'Statement by week' })
    expect(within(weeks).getAllByRole('rowheader')[0]).toHaveTextContent(/^Week of Mar 1, 2026$/)
    unmount()
    renderStatement({ period: 'day' })
    const days = screen.getByRole('table', { name: 'Statement by day' })
    expect(within(days).getAllByRole('rowheader')[0]).toHaveTextContent('Mar 1, 2026')
  })

  it('keeps an unknown balance apart from 0: "—", read as unknown', () => {
    renderStatement({ ledger: ledgerOf(grantLedger({ balances: false })) })
    const table = screen.getByRole('table')
    const newest = within(table).getAllByRole('row')[1] as HTMLElement
    const cells = within(newest).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(/^—unknown$/)
    expect(within(cells[0] as HTMLElement).getByText('—')).toHaveAttribute('aria-hidden', 'true')
    expect(cells[2]).toHaveTextContent(/^200$/)
    expect(cells[3]).toHaveTextContent(/^—unknown$/)
  })

  it('says the ledger matches the provider, or by how much it differs', () => {
    const { rerender } = renderStatement({ balanceCheck: matching })
    expect(screen.getByRole('status')).toHaveTextContent(
      "The ledger matches the provider's balance (912 credits).",
    )
    expect(screen.queryByRole('alert')).toBeNull()
    rerender(inKit(<LedgerStatement ledger={ledgerOf(grantLedger())} balanceCheck={differing} />))
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent(
      "The ledger differs from the provider's balance by 12.5 credits (ledger 1,000, provider 1,012.5).",
    )
    expect(alert).toHaveAttribute('data-matches', 'false')
  })

  it('writes the mismatch in the ledger’s money and in Czech', () => {
    const { unmount } = renderStatement({
      ledger: ledgerOf(grantLedger({ provider: 'ngrok' })),
      balanceCheck: differing,
    })
    expect(screen.getByRole('alert')).toHaveTextContent(
      "The ledger differs from the provider's balance by $12.50 (ledger $1,000.00, provider $1,012.50).",
    )
    unmount()
    renderStatement({ balanceCheck: differing }, 'cs-CZ')
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Přehled se od zůstatku u poskytovatele liší o 12,5 kreditu \(přehled 1\s000, poskytovatel 1\s012,5\)\.$/,
    )
    const table = screen.getByRole('table', { name: 'Výpis po měsících' })
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('březen 2026')
    expect(within(table).getAllByRole('columnheader')[1]).toHaveTextContent('Počáteční stav')
  })

  it('shows loading, an error with retry, and an empty statement', async () => {
    const user = userEvent.setup()
    const refetch = vi.fn(() => Promise.resolve())
    const base = { entries: [] as LedgerEntry[], error: null, refetch }
    const { rerender } = render(inKit(<LedgerStatement ledger={{ ...base, status: 'pending' }} />))
    expect(screen.getByRole('status')).toHaveTextContent('Loading the statement…')
    const error = { kind: 'network', message: 'offline' } as never
    rerender(inKit(<LedgerStatement ledger={{ ...base, status: 'error', error }} />))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(refetch).toHaveBeenCalled()
    rerender(inKit(<LedgerStatement ledger={{ ...base, status: 'success' }} />))
    expect(screen.getByText('No posted entries yet, so there is no statement.')).toBeVisible()
    expect(screen.getByRole('region', { name: 'Statement by month' })).toHaveAttribute(
      'data-state',
      'empty',
    )
  })
})
