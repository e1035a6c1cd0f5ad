import { QueryClient } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { UsageKitProvider, useLedgerFilters, type CycleAnchor } from '@usage-kit/react'
import type { ReactElement } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { cs } from '../locales/cs.js'
import { LedgerFilterBar } from './LedgerFilterBar.js'

const NOW = () => new Date('2026-03-20T12:00:00.000Z')
const MARCH_3 = { from: '2026-03-03T00:00:00.000Z', to: '2026-03-03T23:59:59.999Z' }

function renderBar(
  ui: ReactElement,
  { cycleAnchor, locale = 'en-US' }: { cycleAnchor?: CycleAnchor; locale?: string } = {},
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <UsageKitProvider
      queryClient={client}
      timeZone="UTC"
      locale={locale}
      cycleAnchor={cycleAnchor}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      {ui}
    </UsageKitProvider>,
  )
}

const optionNames = () =>
  within(screen.getByRole('combobox', { name: /Date range|Období/ }))
    .getAllByRole('option')
    .map((option) => option.textContent)

const CYCLE_NAMES = ['This billing cycle', 'Last billing cycle', 'Last 3 billing cycles']

beforeEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('LedgerFilterBar, billing cycles', () => {
  it('offers the cycle presets only with an anchor, and picking one sets its range', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const { unmount } = renderBar(<LedgerFilterBar now={NOW} />)
    for (const name of CYCLE_NAMES) expect(optionNames()).not.toContain(name)
    unmount()

    renderBar(<LedgerFilterBar now={NOW} onValueChange={onValueChange} />, { cycleAnchor: 15 })
    expect(optionNames()).toEqual([
      'Last 7 days',
      'Last 30 days',
      'Last 90 days',
      'This month',
      'Last month',
      ...CYCLE_NAMES,
      'Year to date',
      'All time',
      'Custom range',
    ])
    const range = screen.getByRole('combobox', { name: 'Date range' })
    await user.selectOptions(range, 'This billing cycle')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-03-15T00:00:00.000Z',
      to: '2026-04-14T23:59:59.999Z',
    })
    expect(range).toHaveDisplayValue('This billing cycle')
    await user.selectOptions(range, 'Last 3 billing cycles')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-01-15T00:00:00.000Z',
      to: '2026-04-14T23:59:59.999Z',
    })
  })

  it("takes the bar's own anchor over the provider's, and names the presets in Czech", async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(
      <LedgerFilterBar now={NOW} cycleAnchor="2025-07-31" onValueChange={onValueChange} />,
      {
        cycleAnchor: 15,
        locale: 'cs-CZ',
      },
    )
    expect(optionNames()).toContain('Minulé zúčtovací období')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Období' }),
      'Minulé zúčtovací období',
    )
    // Anchor 31: the cycle before the one from February 28 started on January 31.
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-01-31T00:00:00.000Z',
      to: '2026-02-27T23:59:59.999Z',
    })
  })
})

/** A host whose "chart" narrows the filters the bar shows. */
function Linked({ url = false }: { url?: boolean }) {
  const filters = useLedgerFilters({ url, now: NOW, defaultValue: { kinds: ['usage'] } })
  return (
    <>
      <button type="button" onClick={() => filters.narrow({ ...MARCH_3, categories: ['api'] })}>
        Choose the bar of March 3
      </button>
      <output aria-label="query">{JSON.stringify(filters.value)}</output>
      <LedgerFilterBar filters={filters} categories={['api', 'storage']} />
    </>
  )
}

const shown = () => JSON.parse(screen.getByRole('status', { name: 'query' }).textContent ?? '')

describe('LedgerFilterBar, undoing a linked narrowing', () => {
  it('shows Undo after a narrowing, reachable by keyboard, and restores the filters', async () => {
    const user = userEvent.setup()
    renderBar(<Linked />)
    expect(screen.queryByRole('button', { name: "Undo the chart's selection" })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Choose the bar of March 3' }))
    expect(shown()).toEqual({ kinds: ['usage'], ...MARCH_3, categories: ['api'] })
    // The bar shows the change: a custom range of that day, and the category.
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('custom')
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-03')
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveDisplayValue('api')
    const undo = screen.getByRole('button', { name: "Undo the chart's selection" })
    // Between the search box and Reset in the tab order.
    screen.getByRole('searchbox', { name: 'Search' }).focus()
    await user.tab()
    expect(undo).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(shown()).toEqual({ kinds: ['usage'] })
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('all-time')
    expect(screen.queryByRole('button', { name: "Undo the chart's selection" })).toBeNull()
    // The button went away; focus stays in the bar, on its first control.
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toHaveFocus()
  })

  it('hides Undo once the user changes a filter by hand', async () => {
    const user = userEvent.setup()
    renderBar(<Linked />)
    await user.click(screen.getByRole('button', { name: 'Choose the bar of March 3' }))
    await user.click(screen.getByRole('checkbox', { name: 'Grant' }))
    expect(screen.queryByRole('button', { name: "Undo the chart's selection" })).toBeNull()
  })

  it('with the URL, Undo goes Back over the entry the narrowing pushed', async () => {
    const user = userEvent.setup()
    renderBar(<Linked url />)
    const length = window.history.length
    await user.click(screen.getByRole('button', { name: 'Choose the bar of March 3' }))
    expect(window.history.length).toBe(length + 1)
    expect(new URLSearchParams(window.location.search).get('categories')).toBe('api')
    const undo = screen.getByRole('button', { name: "Undo the chart's selection" })
    await user.click(undo)
    await act(() => waitFor(() => expect(window.location.search).toBe('')))
    await waitFor(() => expect(shown()).toEqual({ kinds: ['usage'] }))
    expect(screen.queryByRole('button', { name: "Undo the chart's selection" })).toBeNull()
  })

  it('names Undo in Czech', async () => {
    const user = userEvent.setup()
    renderBar(<Linked />, { locale: 'cs-CZ' })
    await user.click(screen.getByRole('button', { name: 'Choose the bar of March 3' }))
    expect(screen.getByRole('button', { name: 'Vrátit výběr v grafu' })).toBeVisible()
  })
})
