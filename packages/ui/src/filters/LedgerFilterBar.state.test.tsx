import { QueryClient } from '@tanstack/react-query'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { LedgerQuery } from '@usage-kit/core'
import { UsageKitProvider, useLedgerFilters } from '@usage-kit/react'
import { useState, type ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LedgerFilterBar } from './LedgerFilterBar.js'

const NOW = () => new Date('2026-03-15T12:00:00.000Z')

function wrap(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return (
    <UsageKitProvider queryClient={client} timeZone="UTC">
      {ui}
    </UsageKitProvider>
  )
}
const renderBar = (ui: ReactElement) => render(wrap(ui))

describe('LedgerFilterBar debounced text', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    // Testing Library drains each user-event call with a setTimeout(0) that it advances only
    // through a global `jest`; without this, that timeout waits on the fake clock forever.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })
  const setup = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime })

  it('commits search once typing pauses for the debounce', async () => {
    const user = setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar onValueChange={onValueChange} />)
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await user.type(search, 'gpu ')
    expect(search).toHaveValue('gpu ')
    expect(screen.getByRole('search')).toHaveAttribute('data-pending', '')
    act(() => vi.advanceTimersByTime(299))
    expect(onValueChange).not.toHaveBeenCalled()
    act(() => vi.advanceTimersByTime(1))
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(onValueChange).toHaveBeenLastCalledWith({ search: 'gpu' })
    // The trailing space the query trims is still in the box, so the next word is not glued on.
    expect(search).toHaveValue('gpu ')
    expect(screen.getByRole('search')).not.toHaveAttribute('data-pending')
  })

  it('honours searchDebounceMs and commits at once on Enter', async () => {
    const user = setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar searchDebounceMs={1000} onValueChange={onValueChange} />)
    const search = screen.getByRole('searchbox', { name: 'Search' })
    await user.type(search, 'api')
    act(() => vi.advanceTimersByTime(500))
    expect(onValueChange).not.toHaveBeenCalled()
    await user.keyboard('{Enter}')
    expect(onValueChange).toHaveBeenLastCalledWith({ search: 'api' })
    act(() => vi.advanceTimersByTime(1000))
    expect(onValueChange).toHaveBeenCalledTimes(1)
  })

  it('takes a typed category when the provider filters categories itself', async () => {
    const user = setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar categoryInput="text" onValueChange={onValueChange} />)
    const category = screen.getByRole('textbox', { name: 'Category' })
    await user.type(category, 'storage')
    act(() => vi.advanceTimersByTime(300))
    expect(onValueChange).toHaveBeenLastCalledWith({ categories: ['storage'] })
    await user.clear(category)
    act(() => vi.advanceTimersByTime(300))
    expect(onValueChange).toHaveBeenLastCalledWith({})
  })

  it('drops search text still waiting when the filters are reset', async () => {
    const user = setup()
    const onValueChange = vi.fn()
    renderBar(<LedgerFilterBar onValueChange={onValueChange} />)
    const reset = screen.getByRole('button', { name: 'Reset filters' })
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'late')
    expect(reset).toBeEnabled()
    await user.click(reset)
    act(() => vi.advanceTimersByTime(1000))
    expect(onValueChange).not.toHaveBeenCalled()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })
})

describe('LedgerFilterBar reset', () => {
  it('clears every filter, then disables itself and keeps focus in the bar', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    renderBar(
      <LedgerFilterBar
        now={NOW}
        defaultValue={{ kinds: ['usage'] }}
        onValueChange={onValueChange}
      />,
    )
    const reset = screen.getByRole('button', { name: 'Reset filters' })
    // The starting filters are filters too.
    expect(reset).toBeEnabled()
    await user.click(screen.getByRole('checkbox', { name: 'Grant' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'This month')
    expect(reset).toBeEnabled()
    await user.click(reset)
    expect(onValueChange).toHaveBeenLastCalledWith({})
    expect(reset).toBeDisabled()
    expect(screen.getByRole('search')).toHaveAttribute('data-state', 'default')
    expect(screen.getByRole('checkbox', { name: 'Usage' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toHaveFocus()
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('all-time')
  })
})

describe('LedgerFilterBar controlled', () => {
  it('shows only `value`, whatever the user does, until the host changes it', async () => {
    const user = userEvent.setup()
    const onValueChange = vi.fn()
    const value: LedgerQuery = { kinds: ['grant'], search: 'gpu' }
    const { rerender } = renderBar(
      <LedgerFilterBar
        now={NOW}
        value={value}
        onValueChange={onValueChange}
        searchDebounceMs={0}
      />,
    )
    await user.click(screen.getByRole('checkbox', { name: 'Usage' }))
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['grant', 'usage'], search: 'gpu' })
    expect(screen.getByRole('checkbox', { name: 'Usage' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toBeChecked()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Date range' }), 'Last 7 days')
    expect(screen.getByRole('combobox', { name: 'Date range' })).toHaveValue('all-time')
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 's')
    expect(onValueChange).toHaveBeenLastCalledWith({ kinds: ['grant'], search: 'gpus' })
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('gpu')
    await user.click(screen.getByRole('button', { name: 'Reset filters' }))
    expect(onValueChange).toHaveBeenLastCalledWith({})
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toBeChecked()

    rerender(
      wrap(
        <LedgerFilterBar now={NOW} value={{ kinds: ['usage'] }} onValueChange={onValueChange} />,
      ),
    )
    expect(screen.getByRole('checkbox', { name: 'Usage' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Grant' })).not.toBeChecked()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('follows a host that adopts each change', async () => {
    const user = userEvent.setup()
    function Host() {
      const [query, setQuery] = useState<LedgerQuery>({})
      return (
        <>
          <LedgerFilterBar value={query} onValueChange={setQuery} searchDebounceMs={0} />
          <output aria-label="query">{JSON.stringify(query)}</output>
        </>
      )
    }
    renderBar(<Host />)
    await user.click(screen.getByRole('checkbox', { name: 'Reversal' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'refund')
    expect(screen.getByRole('status', { name: 'query' })).toHaveTextContent(
      '{"kinds":["reversal"],"search":"refund"}',
    )
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('refund')
  })

  it("drives a host's own useLedgerFilters through the `filters` prop", async () => {
    const user = userEvent.setup()
    function Host() {
      const filters = useLedgerFilters({ defaultValue: { kinds: ['grant'] } })
      return (
        <>
          <LedgerFilterBar filters={filters} />
          <output aria-label="query">{JSON.stringify(filters.value)}</output>
        </>
      )
    }
    renderBar(<Host />)
    expect(screen.getByRole('checkbox', { name: 'Grant' })).toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: 'Expiration' }))
    expect(screen.getByRole('status', { name: 'query' })).toHaveTextContent(
      '{"kinds":["grant","expiration"]}',
    )
  })
})

describe('LedgerFilterBar url', () => {
  afterEach(() => window.history.replaceState(null, '', '/'))

  it('reads the query string and writes changes back', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/billing?tab=credits&kinds=usage')
    renderBar(<LedgerFilterBar url />)
    expect(screen.getByRole('checkbox', { name: 'Usage' })).toBeChecked()
    await user.click(screen.getByRole('checkbox', { name: 'Grant' }))
    expect(window.location.search).toBe('?tab=credits&kinds=grant,usage')
  })
})
