import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { LedgerEntry } from '@usage-kit/core'
import { describe, expect, it, vi } from 'vitest'
import { inKit } from '../usage/fixtures.js'
import { CreditGrants } from './CreditGrants.js'
import { AS_OF, grantLedger, ledgerOf, usageOnly } from './fixtures.js'
import type { CreditGrantsProps } from './types.js'

function renderGrants(props: CreditGrantsProps = {}, locale?: string) {
  return render(
    inKit(<CreditGrants ledger={ledgerOf(grantLedger())} asOf={AS_OF} {...props} />, locale),
  )
}

describe('CreditGrants', () => {
  it('shows each grant with a meter of what is left, its value in words', () => {
    renderGrants()
    const region = screen.getByRole('region', { name: 'Credit grants' })
    const items = within(region).getAllByRole('listitem')
    // Newest grant first.
    expect(items.map((item) => item.querySelector('.uk-grants__name')?.textContent)).toEqual([
      'Referral bonus',
      'Spring promotion',
      'Prepaid credits',
      'Welcome credits',
    ])
    const prepaid = screen.getByRole('meter', { name: 'Remaining: Prepaid credits' })
    expect(prepaid).toHaveAttribute('aria-valuemin', '0')
    expect(prepaid).toHaveAttribute('aria-valuemax', '2000')
    expect(prepaid).toHaveAttribute('aria-valuenow', '412')
    expect(prepaid).toHaveAttribute('aria-valuetext', '412 of 2,000 credits left')
    const welcome = screen.getByRole('meter', { name: 'Remaining: Welcome credits' })
    expect(welcome).toHaveAttribute('aria-valuetext', '0 of 100 credits left')
    expect(screen.getByRole('listitem', { name: 'Prepaid credits' })).toContainElement(prepaid)
  })

  it('gives figures, status badges and expiry with a relative time', async () => {
    const user = userEvent.setup()
    renderGrants()
    const item = (name: string) =>
      screen.getByRole('meter', { name: `Remaining: ${name}` }).closest('li') as HTMLElement
    const spring = item('Spring promotion')
    expect(spring).toHaveAttribute('data-status', 'expiring')
    expect(within(spring).getByText('Expiring soon')).toBeVisible()
    expect(spring).toHaveTextContent('Expires Mar 22, 2026 (in 12 days)')
    expect(spring).toHaveTextContent(/Granted500Used200Expired0Remaining300/)
    // Used-up grants fold under a disclosure.
    const welcome = item('Welcome credits')
    expect(welcome).not.toBeVisible()
    await user.click(screen.getByText('1 used-up or expired grant'))
    expect(within(welcome).getByText('Used up')).toBeVisible()
    expect(welcome).toHaveTextContent('Expired Jan 31, 2026 (38 days ago)')
    expect(welcome).toHaveTextContent(/Used40Expired60Remaining0/)
    expect(within(item('Prepaid credits')).getByText('Active')).toBeVisible()
    expect(item('Prepaid credits')).toHaveTextContent('(in 10 months)')
  })

  it('announces grants that expire soon, with their count and what they still hold', () => {
    const { unmount } = renderGrants()
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 grants expire within 14 days, with 500 credits still unused.',
    )
    unmount()
    renderGrants({ expiringWithinDays: 7 })
    expect(screen.getByRole('status')).toHaveTextContent(
      '1 grant expires within 7 days, with 200 credits still unused.',
    )
    unmount()
  })

  it('has no notice when nothing expires soon', () => {
    renderGrants({ expiringWithinDays: 1 })
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('offers "Show entries from this grant" only where attribution is exact', async () => {
    const user = userEvent.setup()
    const onGrantSelect = vi.fn()
    const { unmount } = renderGrants({ onGrantSelect })
    const buttons = screen.getAllByRole('button', { name: 'Show entries from this grant' })
    expect(buttons).toHaveLength(4)
    expect(buttons[2]).toHaveAccessibleDescription('Prepaid credits')
    await user.click(buttons[2] as HTMLElement)
    expect(onGrantSelect).toHaveBeenCalledTimes(1)
    expect(onGrantSelect.mock.calls[0]?.[0]).toMatchObject({
      entry: { id: 'g1' },
      remaining: 412,
      attribution: 'exact',
    })
    expect(screen.queryByText('Estimated')).toBeNull()
    unmount()
    // Without grant links (Synap): estimated, marked and explained, and no narrowing offered.
    renderGrants({
      onGrantSelect,
      ledger: ledgerOf(grantLedger({ provider: 'synap', linked: false })),
    })
    expect(screen.queryByRole('button', { name: 'Show entries from this grant' })).toBeNull()
    const markers = screen.getAllByText('Estimated')
    expect(markers).toHaveLength(4)
    expect(markers[0]).toHaveAccessibleDescription(/does not say which grant each usage drew from/)
    expect(screen.getByText(/^Estimated: this provider/)).toBeVisible()
  })

  it('folds grants that can no longer be drawn (used up or expired) under a disclosure', () => {
    renderGrants({ asOf: '2026-04-10T00:00:00.000Z' })
    const spring = screen.getByRole('listitem', { name: 'Spring promotion' })
    expect(spring).toHaveAttribute('data-status', 'expired')
    expect(spring).toHaveTextContent('Expired Mar 22, 2026 (19 days ago)')
    expect(spring).not.toBeVisible()
    expect(screen.getByRole('listitem', { name: 'Prepaid credits' })).toBeVisible()
    expect(screen.getByText('3 used-up or expired grants')).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('shows no panel for a ledger without grants', () => {
    const { container } = renderGrants({ ledger: ledgerOf(usageOnly()) })
    expect(container).toBeEmptyDOMElement()
    expect(screen.queryByRole('region')).toBeNull()
  })

  it('shows loading, and an error with retry', async () => {
    const user = userEvent.setup()
    const refetch = vi.fn(() => Promise.resolve())
    const base = { entries: [] as LedgerEntry[], error: null, refetch }
    const { rerender } = render(inKit(<CreditGrants ledger={{ ...base, status: 'pending' }} />))
    expect(screen.getByRole('status')).toHaveTextContent('Loading credit grants…')
    const error = { kind: 'network', message: 'offline' } as never
    rerender(inKit(<CreditGrants ledger={{ ...base, status: 'error', error }} />))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(refetch).toHaveBeenCalled()
  })

  it('writes ngrok credits as money', () => {
    renderGrants({ ledger: ledgerOf(grantLedger({ provider: 'ngrok', linked: false })) })
    // Estimated earliest expiry first, the promotions were drawn to nothing before the prepaid
    // grant: 240 of it in January, 788 in February.
    expect(screen.getByRole('meter', { name: 'Remaining: Prepaid credits' })).toHaveAttribute(
      'aria-valuetext',
      '$972.00 of $2,000.00 left',
    )
    expect(screen.getByText('3 used-up or expired grants')).toBeVisible()
  })

  it('speaks Czech under cs-CZ, with its plurals', () => {
    const { unmount } = renderGrants({}, 'cs-CZ')
    expect(screen.getByRole('region', { name: 'Přidělené kredity' })).toBeVisible()
    expect(screen.getByRole('meter', { name: 'Zbývá: Prepaid credits' })).toHaveAttribute(
      'aria-valuetext',
      'Zbývá 412 z 2\u00a0000 kreditů',
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      'Do 14 dnů vyprší 2 přidělení, ve kterých ještě zbývá 500 kreditů.',
    )
    expect(screen.getByText(/^Platí do 22\. 3\. 2026 \(za 12 dní\)$/)).toBeVisible()
    expect(screen.getAllByText('Brzy vyprší')).toHaveLength(2)
    unmount()
    renderGrants({ expiringWithinDays: 7 }, 'cs-CZ')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Do 7 dnů vyprší 1 přidělení, ve kterém ještě zbývá 200 kreditů.',
    )
  })
})
