import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { UsageKitProvider } from '@usage-kit/react'
import type { ReactElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { cs } from '../locales/cs.js'
import { LedgerFilterBar } from './LedgerFilterBar.js'

const NOW = () => new Date('2026-03-15T12:00:00.000Z')

function renderBar(ui: ReactElement, { timeZone = 'UTC', locale = 'en-US' } = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <UsageKitProvider
      queryClient={client}
      timeZone={timeZone}
      locale={locale}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      {ui}
    </UsageKitProvider>,
  )
}

function entry(id: string, category: string | null): LedgerEntry {
  return ledgerEntry({ id, occurredAt: '2026-03-01T10:00:00.000Z', category })
}

describe('LedgerFilterBar', () => {
  it('names every control, inside a labelled search landmark', () => {
    renderBar(<LedgerFilterBar categories={['storage']} />)
    const bar = screen.getByRole('search', { name: 'Filter credit history' })
    expect(bar).toHaveAttribute('data-state', 'default')
    const kinds = within(bar).getByRole('group', { name: 'Type' })
    for (const name of ['Grant', 'Usage', 'Adjustment', 'Reversal', 'Expiration']) {
      expect(within(kinds).getByRole('checkbox', { name })).not.toBeChecked()
    }
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('all-time')
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveDisplayValue('All categories')
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
    expect(screen.getByRole('button', { name: 'Reset filters' })).toBeDisabled()
    expect(screen.queryByLabelText('From')).not.toBeInTheDocument()
  })

  it('toggles kinds into a normalized query', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar onValueChange={onValueChange} />)
    await user.click(screen.getByRole('checkbox', { name: 'Usage' }))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['usage'] })
    // Keyboard: Tab back to Grant and press Space; kinds stay in the kit's order.
    await user.tab({ shift: true })
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toHaveFocus()
    await user.keyboard(' ')
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['grant', 'usage'] })
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toBeChecked()
    expect(screen.getByRole('search')).toHaveAttribute('data-state', 'filtered')
    await user.click(screen.getByRole('checkbox', { name: 'Usage' }))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['grant'] })
  })

  it('turns presets into inclusive UTC bounds counted from `now`', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar now={NOW} onValueChange={onValueChange} />)
    const range = screen.getByRole('combobox', { name: 'Date range' })
    await user.selectOptions(range, 'Last 7 days')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-03-09T00:00:00.000Z',
      to: '2026-03-15T23:59:59.999Z',
    })
    await user.selectOptions(range, 'Last month')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-02-01T00:00:00.000Z',
      to: '2026-02-28T23:59:59.999Z',
    })
    expect(range).toHaveDisplayValue('Last month')
    await user.selectOptions(range, 'All time')
    expect(onValueChange).toHaveBeenLastCalledWith({})
  })

  it("counts presets in the provider's time zone", async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar now={NOW} onValueChange={onValueChange} />, {
      timeZone: 'Europe/Prague',
    })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'This month')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T21:59:59.999Z',
    })
  })

  it('takes a custom range as whole days in the time zone', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar now={NOW} onValueChange={onValueChange} />, {
      timeZone: 'Europe/Prague',
    })
    const range = screen.getByRole('combobox', { name: 'Date range' })
    await user.selectOptions(range, 'Custom range')
    expect(onValueChange).not.toHaveBeenCalled()
    await user.type(screen.getByLabelText('From'), '2026-02-01')
    expect(onValueChange).toHaveBeenLastCalledWith({ from: '2026-01-31T23:00:00.000Z' })
    await user.type(screen.getByLabelText('To'), '2026-02-10')
    expect(onValueChange).toHaveBeenLastCalledWith({
      from: '2026-01-31T23:00:00.000Z',
      to: '2026-02-10T22:59:59.999Z',
    })
    expect(range).toHaveDisplayValue('Custom range')
  })

  it('keeps the custom inputs open when the days happen to match a preset', async () => {
    const user = userEvent.setup()
    renderBar(<LedgerFilterBar now={NOW} />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'Custom range')
    await user.type(screen.getByLabelText('From'), '2026-03-09')
    await user.type(screen.getByLabelText('To'), '2026-03-15')
    // Exactly "Last 7 days" now; the user is still editing a custom range.
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveDisplayValue('Custom range')
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-15')
  })

  it('opens with the custom inputs for a range no preset describes', () => {
    renderBar(
      <LedgerFilterBar
        now={NOW}
        defaultValue={{ from: '2026-01-05', to: '2026-02-10T23:59:59.999Z' }}
      />,
    )
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('custom')
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-05')
    expect(screen.getByLabelText('To')).toHaveValue('2026-02-10')
  })

  it('offers the distinct categories of the entries and filters by the one chosen', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const hostile = '<img src=x onerror=alert(1)>'
    const entries = [
      entry('1', 'storage'),
      entry('2', null),
      entry('3', 'api'),
      entry('4', hostile),
    ]
    renderBar(<LedgerFilterBar entries={entries} onValueChange={onValueChange} />)
    const select = screen.getByRole('combobox', { name: 'Category' })
    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(options).toEqual(['All categories', hostile, 'api', 'storage'])
    await user.selectOptions(select, 'storage')
    expect(onValueChange).toHaveBeenLastCalledWith({ categories: ['storage'] })
    // By the option itself: user-event compares option text as HTML, escaping the markup.
    await user.selectOptions(select, within(select).getByRole('option', { name: hostile }))
    expect(onValueChange).toHaveBeenLastCalledWith({ categories: [hostile] })
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    await user.selectOptions(select, 'All categories')
    expect(onValueChange).toHaveBeenLastCalledWith({})
  })

  it('shows several selected categories as one option, and no choices as a disabled select', () => {
    const { unmount } = renderBar(
      <LedgerFilterBar categories={['a', 'b', 'c']} defaultValue={{ categories: ['c', 'a'] }} />,
    )
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveDisplayValue('a, c')
    unmount()
    renderBar(<LedgerFilterBar />)
    expect(screen.getByRole('combobox', { name: 'Category' })).toBeDisabled()
  })

  it('shows only the controls asked for', () => {
    renderBar(<LedgerFilterBar show={['search', 'reset']} />)
    expect(screen.queryByRole('group', { name: 'Type' })).not.toBeInTheDocument()
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument()
  })

  it('speaks the locale, and takes replaced strings', () => {
    renderBar(<LedgerFilterBar messages={{ 'filters.search': 'Find' }} />, { locale: 'cs-CZ' })
    expect(screen.getByRole('search', { name: 'Filtrovat historii kreditů' })).toBeInTheDocument()
    expect(screen.getByRole('group', { name: 'Typ' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Spotřeba' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Období' })).toHaveDisplayValue('Celá historie')
    expect(screen.getByRole('searchbox', { name: 'Find' })).toBeInTheDocument()
  })
})
