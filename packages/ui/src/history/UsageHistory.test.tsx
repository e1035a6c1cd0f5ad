import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createMonkSource } from '@usage-kit/core'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

const ledgerRequests = (mock: { requests: Request[] }) =>
  mock.requests.filter((request) => new URL(request.url).pathname.endsWith('/ledger')).length

/** The drop-in over a 120-entry Monk mock; returns the mock, to count its requests. */
function renderHistory(options: Parameters<typeof createMonkMock>[0] = {}) {
  const mock = createMonkMock({ size: 120, seed: 5, ...options })
  server.use(...mock.handlers)
  const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
  render(<UsageHistory source={source} />, { wrapper: Kit })
  return mock
}

/** The table, the chart and the totals are all on screen. */
async function expectEveryPart() {
  const table = await screen.findByRole('table', { name: 'Credit history' })
  expect(await within(table).findAllByRole('row')).not.toHaveLength(0)
  expect(await screen.findByRole('figure', { name: /Balance over time/ })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Totals for the selected range' })).toBeInTheDocument()
}

describe('UsageHistory', () => {
  it('reads a whole-history provider once for the table, the totals and the chart', async () => {
    const mock = renderHistory()
    await expectEveryPart()
    expect(ledgerRequests(mock)).toBe(1)
  })

  it('shows one error for a failed read; its "Try again" brings back the table, totals and chart', async () => {
    const user = userEvent.setup()
    const mock = renderHistory({ scenario: 'malformed', failCount: 1 })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('could not read')
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.queryByRole('figure', { name: /Balance over time/ })).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await expectEveryPart()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(ledgerRequests(mock)).toBe(2)
  })
})
