import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createLassoSource, createMonkSource } from '@usage-kit/core'
import { createLassoMock, createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { USAGE_HISTORY_PARTS } from './types.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

/** The mocks' clock: their ledgers end just before it. */
const now = () => new Date('2026-11-01T00:00:00.000Z')

function renderMonk(show?: readonly (typeof USAGE_HISTORY_PARTS)[number][]) {
  server.use(...createMonkMock({ size: 300, seed: 7 }).handlers)
  const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
  return render(<UsageHistory source={source} now={now} {...(show ? { show } : {})} />, {
    wrapper: Kit,
  })
}

describe('UsageHistory: what is left and for how long', () => {
  it('lists Monk grants with meters, and a grant narrows the ledger to its entries', async () => {
    const user = userEvent.setup()
    renderMonk()
    const grants = await screen.findByRole('region', { name: 'Credit grants' })
    const meters = await within(grants).findAllByRole('meter')
    expect(meters.length).toBeGreaterThan(0)
    for (const meter of meters) {
      const value = Number(meter.getAttribute('aria-valuenow'))
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(Number(meter.getAttribute('aria-valuemax')))
      expect(meter).toHaveAttribute('aria-valuetext')
    }
    // Monk names the grant each usage draws from: exact, so each grant can narrow the ledger.
    const select = within(grants).getAllByRole('button', { name: 'Show entries from this grant' })
    await user.click(select[0] as HTMLElement)
    await screen.findByRole('button', { name: "Undo the chart's selection" })
    const search = screen.getByRole('searchbox')
    await waitFor(() => expect((search as HTMLInputElement).value).not.toBe(''))
  })

  it('draws the run-out forecast and says it in the balance chart summary', async () => {
    renderMonk()
    const figure = await screen.findByRole('figure', { name: 'Balance over time' })
    await waitFor(() => expect(figure).toHaveAccessibleDescription(/runs out around/))
  })

  it('shows no grants panel where the provider has no grants (Lasso)', async () => {
    server.use(...createLassoMock({ size: 200, seed: 7 }).handlers)
    render(<UsageHistory source={createLassoSource({ token: 'test-token' })} now={now} />, {
      wrapper: Kit,
    })
    // Once the ledger is read (the panel shows a skeleton while it loads), there is no panel.
    await screen.findByRole('group', { name: 'Balance over time' })
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Credit grants' })).toBeNull())
  })

  it('adds the statement as a part, checked against the provider balance', async () => {
    renderMonk([...USAGE_HISTORY_PARTS])
    const statement = await screen.findByRole('table', { name: 'Statement by month' })
    expect(within(statement).getAllByRole('row').length).toBeGreaterThan(2)
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((status) => /provider's balance/.test(status.textContent ?? '')),
      ).toBe(true),
    )
  })
})
