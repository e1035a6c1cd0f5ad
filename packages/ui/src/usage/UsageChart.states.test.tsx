import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createSynapSource, type LedgerEntry } from '@usage-kit/core'
import { createSynapMock, DEFAULT_TOKEN } from '@usage-kit/mocks'
import { useLedger } from '@usage-kit/react'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { setupMockServer } from '../../test/kit.js'
import { inKit, plainUsage, SYNAP_RANGE, synapUsage } from './fixtures.js'
import type { UsageChartProps } from './types.js'
import { UsageChart } from './UsageChart.js'

const server = setupMockServer()
const SYNAP = synapUsage()

function renderChart(props: UsageChartProps = {}, locale?: string) {
  return render(
    inKit(<UsageChart width={640} entries={SYNAP} {...SYNAP_RANGE} {...props} />, locale),
  )
}

describe('UsageChart states, locales and providers', () => {
  it('writes Czech strings and numbers under cs-CZ', async () => {
    const user = userEvent.setup()
    const big = SYNAP.map((entry) =>
      entry.category === 'inference' ? { ...entry, credits: (entry.credits ?? 0) * 100.5 } : entry,
    )
    renderChart({ entries: big }, 'cs-CZ')
    screen.getByRole('group', { name: 'Využití v čase' }).focus()
    await user.keyboard('{End}')
    expect(screen.getByRole('status')).toHaveTextContent(
      /^5\. 3\. 2026: celkem 5\s027; inference: 5\s025, storage: 2$/,
    )
    expect(screen.getByRole('button', { name: 'Zobrazit tabulku dat' })).toBeVisible()
    expect(screen.getByRole('group', { name: 'Seskupení' })).toBeVisible()
    expect(screen.getByRole('list', { name: 'Řady' })).toHaveTextContent(/inference 12\s060/)
  })

  it('takes a range with one bound, as the filters may give it', () => {
    // From 3 Mar: the last usage (5 Mar) ends it; three days are offered in hours or days.
    const { unmount } = renderChart({ from: '2026-03-03T00:00:00.000Z', to: undefined })
    const intervals = screen.getByRole('group', { name: 'Interval' })
    expect(
      within(intervals)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Hour', 'Day'])
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/from Mar 3, 2026 to Mar 5/)
    unmount()
    // After all usage: nothing to show, and no error.
    renderChart({ from: '2026-04-01T00:00:00.000Z', to: undefined })
    expect(screen.getByText('No usage in this range.')).toBeVisible()
  })

  it('writes ngrok credits as money', () => {
    renderChart({ entries: plainUsage('ngrok') })
    expect(screen.getByRole('button', { name: 'No category $128.00' })).toBeVisible()
  })

  it('shows loading, error with retry, and empty states', async () => {
    const user = userEvent.setup()
    const refetch = vi.fn(() => Promise.resolve())
    const base = { entries: [] as LedgerEntry[], error: null, refetch }
    const { rerender } = render(
      inKit(<UsageChart width={640} ledger={{ ...base, status: 'pending' }} />),
    )
    expect(screen.getByRole('status')).toHaveTextContent('Loading usage…')
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'loading')
    const error = { kind: 'network', message: 'offline' } as never
    rerender(inKit(<UsageChart width={640} ledger={{ ...base, status: 'error', error }} />))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(refetch).toHaveBeenCalled()
    rerender(inKit(<UsageChart width={640} ledger={{ ...base, status: 'success' }} />))
    expect(screen.getByText('No usage in this range.')).toBeVisible()
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'empty')
  })

  it("reads a provider's ledger through useLedger (Synap over MSW)", async () => {
    server.use(...createSynapMock({ size: 120 }).handlers)
    function Chart() {
      const [source] = useState(() => createSynapSource({ token: DEFAULT_TOKEN }))
      return <UsageChart ledger={useLedger({ source, pageSize: 200 })} width={640} />
    }
    render(inKit(<Chart />))
    const legend = await screen.findByRole('list', { name: 'Series' }, { timeout: 5000 })
    expect(within(legend).getAllByRole('button', { pressed: true }).length).toBeGreaterThan(1)
    expect(screen.getByRole('group', { name: 'Grouping' })).toBeVisible()
  })
})
