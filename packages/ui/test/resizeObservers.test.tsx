/**
 * The measuring code's ResizeObservers on React 18 and 19 alike: React 18 ignores a cleanup a ref
 * callback returns and calls it with null instead, so each observer is disconnected there. Checked
 * with the strict fake from resizeObserver.ts (observe(null) throws, as in Chromium); the setup's
 * afterEach also fails a test that leaves an element observed after unmount.
 */
import { act, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { BalanceChart } from '../src/chart/BalanceChart.js'
import { makeEntries as chartEntries } from '../src/chart/fixtures.js'
import { makeEntries } from '../src/table/fixtures.js'
import { LedgerTable } from '../src/table/LedgerTable.js'
import { Kit, stubLayout } from './kit.js'
import { observedElements, resize } from './resizeObserver.js'

stubLayout()

// Other measuring code observes elements too (the table's row heights): these tests count theirs.
const detailsRows = () =>
  observedElements().filter((element) => element.querySelector('.uk-table__details-cell'))
const plots = () =>
  observedElements().filter((element) => element.classList.contains('uk-chart__plot'))

let consoleError: MockInstance
beforeEach(() => {
  consoleError = vi.spyOn(console, 'error')
})
afterEach(() => {
  // No React warning (act, keys, refs) and no error from an observer.
  expect(consoleError).not.toHaveBeenCalled()
  consoleError.mockRestore()
})

describe('details panels', () => {
  it('observes an open panel, takes its measured height, and lets go of it when it closes', async () => {
    const user = userEvent.setup()
    render(<LedgerTable entries={makeEntries(5)} />, { wrapper: Kit })
    expect(detailsRows()).toEqual([])

    const [toggle] = screen.getAllByRole('button', { name: 'Show details' })
    await user.click(toggle as HTMLElement)
    const hide = screen.getByRole('button', { name: 'Hide details' })
    const panel = document.getElementById(hide.getAttribute('aria-controls') ?? '')
    const row = panel?.closest('tr')
    expect(row).toBeTruthy()
    expect(detailsRows()).toEqual([row])
    act(() => {
      expect(resize(row as Element, { width: 1200, height: 210 })).toBe(1)
    })

    await user.click(hide)
    expect(screen.queryByRole('button', { name: 'Hide details' })).not.toBeInTheDocument()
    expect(detailsRows()).toEqual([])

    // Open again: a new row, a new observer; two open panels, two observed rows.
    const [first, second] = screen.getAllByRole('button', { name: 'Show details' })
    await user.click(first as HTMLElement)
    await user.click(second as HTMLElement)
    expect(detailsRows()).toHaveLength(2)
    for (const button of screen.getAllByRole('button', { name: 'Hide details' })) {
      await user.click(button)
    }
    expect(detailsRows()).toEqual([])
  })

  it('lets go of open panels when the table unmounts', async () => {
    const user = userEvent.setup()
    const view = render(<LedgerTable entries={makeEntries(5)} />, { wrapper: Kit })
    const [toggle] = screen.getAllByRole('button', { name: 'Show details' })
    await user.click(toggle as HTMLElement)
    expect(detailsRows()).toHaveLength(1)
    view.unmount()
    expect(detailsRows()).toEqual([])
  })
})

describe('chart width', () => {
  const plot = () => screen.getByRole('group', { name: 'Balance over time' })
  const tableRows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1

  it('follows its container, with one observer on the plot', () => {
    render(<BalanceChart entries={chartEntries(600)} defaultTableOpen />, { wrapper: Kit })
    expect(plots()).toEqual([plot()])
    act(() => {
      expect(resize(plot(), { width: 500, height: 240 })).toBe(1)
    })
    const wide = tableRows()
    act(() => {
      resize(plot(), { width: 240, height: 240 })
    })
    expect(tableRows()).toBeLessThan(wide)
    expect(tableRows()).toBeLessThanOrEqual(240)
    expect(plots()).toEqual([plot()])
  })

  it('stops observing when given a fixed width, and again without one', () => {
    const entries = chartEntries(50)
    const view = render(<BalanceChart entries={entries} />, { wrapper: Kit })
    expect(plots()).toEqual([plot()])
    view.rerender(<BalanceChart entries={entries} width={320} />)
    expect(plots()).toEqual([])
    view.rerender(<BalanceChart entries={entries} />)
    expect(plots()).toEqual([plot()])
  })

  it('moves its observer from the loading placeholder to the plot', () => {
    const entries = chartEntries(50)
    const loading = { entries: [], status: 'pending', error: null, refetch: vi.fn() } as const
    const view = render(<BalanceChart ledger={{ ...loading, entries: [] }} />, { wrapper: Kit })
    expect(plots()).toHaveLength(1)
    view.rerender(<BalanceChart ledger={{ ...loading, status: 'success', entries }} />)
    expect(plots()).toEqual([plot()])
  })
})
