import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createSynapSource } from '@usage-kit/core'
import { createSynapMock } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

/** '1,234.5' or '−52' as shown, back to a number. */
const numberIn = (text: string) => Number(text.replace(/\u2212/g, '-').replace(/[^0-9.-]/g, ''))

function renderSynap() {
  server.use(...createSynapMock({ size: 300, seed: 7 }).handlers)
  return render(<UsageHistory source={createSynapSource({ token: 'test-token' })} />, {
    wrapper: Kit,
  })
}

async function usedTotal() {
  const totals = screen.getByRole('region', { name: 'Totals for the selected range' })
  await waitFor(() => expect(totals).toHaveAttribute('aria-busy', 'false'))
  const used = within(totals)
    .getAllByRole('term')
    .findIndex((term) => term.textContent === 'Used')
  return numberIn(within(totals).getAllByRole('definition')[used]?.textContent ?? '')
}

describe('UsageHistory: the usage chart beside the balance chart', () => {
  it('switches between Balance and Usage as tabs, by keyboard', async () => {
    const user = userEvent.setup()
    renderSynap()
    const tabs = await screen.findByRole('tablist', { name: 'Chart' })
    const balance = within(tabs).getByRole('tab', { name: 'Balance' })
    expect(balance).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('figure', { name: 'Balance over time' })).toBeVisible()
    await user.click(balance)
    await user.keyboard('{ArrowRight}')
    const usage = within(tabs).getByRole('tab', { name: 'Usage' })
    expect(usage).toHaveFocus()
    expect(usage).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Usage' })).toContainElement(
      screen.getByRole('figure', { name: 'Usage over time' }),
    )
    expect(screen.queryByRole('figure', { name: 'Balance over time' })).toBeNull()
  })

  it('narrows the ledger to the bar a user chose, with equal totals, and undoes it', async () => {
    const user = userEvent.setup()
    renderSynap()
    await user.click(await screen.findByRole('tab', { name: 'Usage' }))
    const plot = await screen.findByRole('group', { name: 'Usage over time' })
    const figure = screen.getByRole('figure', { name: 'Usage over time' })
    const live = within(figure).getByRole('status')
    plot.focus()
    // From the newest bar back to the first with usage.
    await user.keyboard('{End}')
    for (let i = 0; i < 60 && /total 0(;|$)/.test(live.textContent ?? ''); i++) {
      await user.keyboard('{ArrowLeft}')
    }
    const announced = /total ([^;]+)/.exec(live.textContent ?? '')?.[1] ?? ''
    const barTotal = numberIn(announced)
    expect(barTotal).toBeGreaterThan(0)
    await user.keyboard('{Enter}')

    const undo = await screen.findByRole('button', { name: "Undo the chart's selection" })
    await waitFor(async () => expect(await usedTotal()).toBe(barTotal))
    // The table shows only that bucket's usage.
    const table = screen.getByRole('table', { name: 'Credit history' })
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy', 'true'))
    expect(within(table).queryAllByText('Grant')).toHaveLength(0)

    await user.click(undo)
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: "Undo the chart's selection" })).toBeNull(),
    )
    expect(await usedTotal()).toBeGreaterThan(barTotal)
  })

  it('narrows the ledger to a category chosen in the legend', async () => {
    const user = userEvent.setup()
    renderSynap()
    await user.click(await screen.findByRole('tab', { name: 'Usage' }))
    await screen.findByRole('group', { name: 'Usage over time' })
    const legend = screen.getByRole('list', { name: 'Series' })
    const inference = within(legend).getByRole('button', { name: /^inference / })
    const legendTotal = numberIn((inference.textContent ?? '').replace('inference', ''))
    await user.click(screen.getByRole('button', { name: 'Show only inference in the ledger' }))
    await screen.findByRole('button', { name: "Undo the chart's selection" })
    await waitFor(async () => expect(await usedTotal()).toBe(legendTotal))
  })

  it('shows the usage chart alone when show has usage and not chart', async () => {
    server.use(...createSynapMock({ size: 50, seed: 7 }).handlers)
    render(
      <UsageHistory
        source={createSynapSource({ token: 'test-token' })}
        show={['usage', 'table']}
      />,
      { wrapper: Kit },
    )
    expect(await screen.findByRole('figure', { name: 'Usage over time' })).toBeVisible()
    expect(screen.queryByRole('tablist')).toBeNull()
  })
})
