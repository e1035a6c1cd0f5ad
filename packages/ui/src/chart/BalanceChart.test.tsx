import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createMonkSource, createVayuSource, type LedgerSource } from '@usage-kit/core'
import {
  createMonkMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
} from '@usage-kit/mocks'
import { createMockServer } from '@usage-kit/mocks/node'
import { UsageKitProvider, useLedger } from '@usage-kit/react'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { cs } from '../locales/cs.js'
import { BalanceChart } from './BalanceChart.js'
import { makeEntries } from './fixtures.js'
import type { BalanceChartProps } from './types.js'

const server = createMockServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function wrap(children: ReactNode, locale = 'en-US') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return (
    <UsageKitProvider
      queryClient={client}
      timeZone="UTC"
      locale={locale}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      {children}
    </UsageKitProvider>
  )
}

function renderChart(props: BalanceChartProps, locale?: string) {
  return render(wrap(<BalanceChart width={640} {...props} />, locale))
}

function LedgerChart({ source }: { source: LedgerSource }) {
  const ledger = useLedger({ source, pageSize: 200 })
  return <BalanceChart ledger={ledger} width={640} />
}

describe('BalanceChart', () => {
  it('draws a step line in a labelled, focusable chart region', () => {
    renderChart({ entries: makeEntries(40) })
    const chart = screen.getByRole('group', { name: 'Balance over time' })
    expect(chart).toHaveAttribute('tabindex', '0')
    expect(chart).toHaveAttribute('aria-roledescription', 'chart')
    expect(chart).toHaveAccessibleDescription(/arrow keys/)
    const drawn = [...chart.querySelectorAll('path')].filter((path) => !path.hasAttribute('role'))
    expect(drawn.some((path) => /^M[\d.]+,[\d.]+/.test(path.getAttribute('d') ?? ''))).toBe(true)
    expect(screen.getByRole('figure', { name: /Balance over time/ })).toHaveAttribute(
      'data-state',
      'ready',
    )
  })

  it('summarises the series in the figure caption', () => {
    renderChart({ entries: makeEntries(3) })
    // 1000, 980, 960 over 1-3 Jan 2026.
    expect(
      screen.getByText(
        'From Jan 1, 2026 to Jan 3, 2026 the balance went from 1,000 to 960; lowest 960, highest 1,000.',
      ),
    ).toBeInTheDocument()
  })

  it('summarises in Czech under cs-CZ', () => {
    renderChart({ entries: makeEntries(3) }, 'cs-CZ')
    expect(screen.getByRole('group', { name: 'Zůstatek v čase' })).toBeInTheDocument()
    expect(screen.getByText(/se zůstatek změnil z 1\s000 na 960/)).toBeInTheDocument()
  })

  it('never draws more points than the plot is wide', async () => {
    const user = userEvent.setup()
    renderChart({ entries: makeEntries(5000), width: 300 })
    await user.click(screen.getByRole('button', { name: 'Show data table' }))
    const table = screen.getByRole('table', { name: 'Balance data' })
    const rows = within(table).getAllByRole('row').length - 1
    expect(rows).toBeGreaterThan(10)
    expect(rows).toBeLessThanOrEqual(300)
    expect(screen.getByText(`Showing ${rows} of 5,000 points`, { exact: false })).toBeVisible()
    // Markers are thinned as well: never more than one per pixel column.
    expect(screen.getAllByRole('img').length).toBeLessThanOrEqual(300)
  })

  it('marks grants and expirations, named once the first paint is on screen', async () => {
    renderChart({ entries: makeEntries(40) })
    // The first paint goes without names (they cost a date format each), so they arrive after it.
    const markers = document.querySelectorAll('.uk-chart__marker')
    expect(markers.length).toBeGreaterThan(1)
    expect(markers[0]).not.toHaveAttribute('aria-label')
    expect(
      (await screen.findAllByRole('img', { name: /^Grant on Jan 1, 2026/ }))[0],
    ).toHaveAttribute('data-kind', 'grant')
    expect(screen.getAllByRole('img', { name: /^Expiration on .*, balance/ })[0]).toHaveAttribute(
      'data-kind',
      'expiration',
    )
    expect(screen.getByRole('list', { name: 'Markers' })).toHaveTextContent('GrantExpiration')
  })

  it('moves between points by keyboard and announces each one politely', async () => {
    const user = userEvent.setup()
    const onActivePointChange = vi.fn()
    renderChart({ entries: makeEntries(5), onActivePointChange })
    const chart = screen.getByRole('group', { name: 'Balance over time' })
    const live = screen.getByRole('status')
    expect(live).toHaveAttribute('aria-live', 'polite')
    await user.tab()
    await user.tab()
    expect(chart).toHaveFocus()

    await user.keyboard('{ArrowRight}')
    expect(live).toHaveTextContent('Jan 1, 2026 12:00 AM: balance 1,000, Grant')
    await user.keyboard('{ArrowRight}')
    expect(live).toHaveTextContent('Jan 2, 2026 12:00 AM: balance 980, Usage')
    await user.keyboard('{End}')
    expect(live).toHaveTextContent('Jan 5, 2026 12:00 AM: balance 920, Usage')
    await user.keyboard('{ArrowRight}')
    expect(live).toHaveTextContent('Jan 5, 2026')
    await user.keyboard('{ArrowLeft}')
    expect(live).toHaveTextContent('Jan 4, 2026 12:00 AM: balance 940, Usage')
    await user.keyboard('{Home}')
    expect(live).toHaveTextContent('Jan 1, 2026')
    expect(onActivePointChange).toHaveBeenLastCalledWith(expect.objectContaining({ entryId: 'e0' }))
    await user.keyboard('{Escape}')
    expect(live).toBeEmptyDOMElement()
    expect(onActivePointChange).toHaveBeenLastCalledWith(null)
  })

  it('mirrors in a right-to-left page: ArrowLeft moves forward in time', async () => {
    const user = userEvent.setup()
    render(
      wrap(
        <div dir="rtl">
          <BalanceChart entries={makeEntries(5)} width={640} />
        </div>,
      ),
    )
    screen.getByRole('group', { name: 'Balance over time' }).focus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('status')).toHaveTextContent('Jan 1, 2026')
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole('status')).toHaveTextContent('Jan 2, 2026')
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('status')).toHaveTextContent('Jan 1, 2026')
  })

  it('follows a new width: fewer points, same summary', async () => {
    const user = userEvent.setup()
    const entries = makeEntries(3000)
    const view = render(wrap(<BalanceChart entries={entries} width={900} defaultTableOpen />))
    const rowsAt = () => within(screen.getByRole('table')).getAllByRole('row').length - 1
    const wide = rowsAt()
    const summary = screen.getByText(/the balance went from/).textContent
    view.rerender(wrap(<BalanceChart entries={entries} width={240} defaultTableOpen />))
    await waitFor(() => expect(rowsAt()).toBeLessThan(wide))
    expect(rowsAt()).toBeLessThanOrEqual(240)
    expect(screen.getByText(/the balance went from/).textContent).toBe(summary)
    await user.click(screen.getByRole('button', { name: 'Hide data table' }))
  })

  it('shows and hides an accessible data table of the points', async () => {
    const user = userEvent.setup()
    renderChart({ entries: makeEntries(4) })
    const toggle = screen.getByRole('button', { name: 'Show data table' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    const table = screen.getByRole('table', { name: 'Balance data' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Date', 'Balance', 'Type'])
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Jan 1, 2026 12:00 AM1,000Grant')
    expect(screen.getByRole('region', { name: 'Balance data' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Hide data table' }))
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('lets the host control the data table', async () => {
    const user = userEvent.setup()
    const onTableOpenChange = vi.fn()
    renderChart({ entries: makeEntries(4), tableOpen: true, onTableOpenChange })
    await user.click(screen.getByRole('button', { name: 'Hide data table' }))
    expect(onTableOpenChange).toHaveBeenCalledWith(false)
    expect(screen.getByRole('table', { name: 'Balance data' })).toBeInTheDocument()
  })

  it('says when there is nothing to draw', () => {
    renderChart({ entries: [] })
    expect(screen.getByText('No balance to show for these filters.')).toBeInTheDocument()
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'empty')
    expect(screen.queryByRole('group')).not.toBeInTheDocument()
  })

  it('says when the entries carry no balance', () => {
    renderChart({ entries: makeEntries(10, false) })
    expect(screen.getByText('This provider does not report a running balance.')).toBeInTheDocument()
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'unavailable')
  })

  it('shows a skeleton while loading', () => {
    const ledger = { entries: [], status: 'pending', error: null, refetch: vi.fn() } as const
    renderChart({ ledger: { ...ledger, entries: [] } })
    expect(screen.getByRole('status')).toHaveTextContent('Loading the balance…')
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'loading')
  })

  it('draws Monk balances reconstructed from the balance endpoint', async () => {
    server.use(...createMonkMock({ size: 80, seed: 3 }).handlers)
    render(
      wrap(
        <LedgerChart
          source={createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })}
        />,
      ),
    )
    const chart = await screen.findByRole('group', { name: 'Balance over time' })
    expect(chart.closest('figure')).toHaveAttribute('data-state', 'ready')
    expect((await screen.findAllByRole('img', { name: /^Grant on/ })).length).toBeGreaterThan(0)
  })

  it('draws Vayu balances as the provider sends them', async () => {
    server.use(...createVayuMock({ size: 60, seed: 4 }).handlers)
    const source = createVayuSource({
      customerId: VAYU_CUSTOMER_ID,
      token: 'test-token',
    })
    render(wrap(<LedgerChart source={source} />))
    expect(await screen.findByRole('group', { name: 'Balance over time' })).toBeInTheDocument()
  })

  it('explains a failed read and retries it', async () => {
    const user = userEvent.setup()
    server.use(...createMonkMock({ size: 40, scenario: 'unauthorized', failCount: 2 }).handlers)
    render(
      wrap(
        <LedgerChart
          source={createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })}
        />,
      ),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You are signed out or your access has expired.',
    )
    expect(screen.getByRole('figure')).toHaveAttribute('data-state', 'error')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Balance over time' })).toBeInTheDocument(),
    )
  })
})
