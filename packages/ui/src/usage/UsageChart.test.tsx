import { cleanup, render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { inKit, plainUsage, SYNAP_RANGE, synapUsage } from './fixtures.js'
import type { UsageChartProps } from './types.js'
import { UsageChart } from './UsageChart.js'

const SYNAP = synapUsage()

function renderChart(props: UsageChartProps = {}, locale?: string, timeZone?: string) {
  return render(
    inKit(<UsageChart width={640} entries={SYNAP} {...SYNAP_RANGE} {...props} />, locale, timeZone),
  )
}

/** Tabs until the chart's plot has focus: it must be reachable by keyboard. */
async function tabToPlot(user: ReturnType<typeof userEvent.setup>, name = 'Usage over time') {
  const plot = screen.getByRole('group', { name })
  for (let i = 0; i < 12 && document.activeElement !== plot; i++) await user.tab()
  expect(plot).toHaveFocus()
  return plot
}

const tableRows = () =>
  within(screen.getByRole('table', { name: 'Usage data' })).getAllByRole('row')

describe('UsageChart', () => {
  it('draws stacked bars in a labelled, focusable chart region with a summary', () => {
    renderChart()
    const plot = screen.getByRole('group', { name: 'Usage over time' })
    expect(plot).toHaveAttribute('tabindex', '0')
    expect(plot).toHaveAttribute('aria-roledescription', 'chart')
    expect(plot).toHaveAccessibleDescription(/arrow keys/)
    const figure = screen.getByRole('figure', { name: 'Usage over time' })
    expect(figure).toHaveAttribute('data-state', 'ready')
    expect(figure).toHaveAccessibleDescription(
      '128 used from Mar 1, 2026 to Mar 5, 2026; the largest share was inference, 120.',
    )
    const series = figure.querySelectorAll('.uk-usage__series')
    expect([...series].map((path) => path.getAttribute('data-series'))).toEqual(['1', '2'])
    // Four days with usage: four bars per series.
    expect(series[0]?.getAttribute('d')?.match(/M/g)).toHaveLength(4)
  })

  it('moves bar by bar by keyboard, announces each bar, and chooses one with Enter', async () => {
    const user = userEvent.setup()
    const onBucketSelect = vi.fn()
    renderChart({ onBucketSelect })
    const live = screen.getByRole('status')
    expect(live).toHaveAttribute('aria-live', 'polite')
    await tabToPlot(user)
    await user.keyboard('{ArrowRight}')
    expect(live).toHaveTextContent('Mar 1, 2026: total 12; inference 10, storage 2')
    await user.keyboard('{ArrowRight}{ArrowRight}')
    expect(live).toHaveTextContent('Mar 3, 2026: total 0; inference 0, storage 0')
    await user.keyboard('{End}')
    expect(live).toHaveTextContent('Mar 5, 2026: total 52; inference 50, storage 2')
    await user.keyboard('{ArrowLeft}')
    expect(live).toHaveTextContent('Mar 4, 2026: total 42')
    await user.keyboard('{Enter}')
    expect(onBucketSelect).toHaveBeenCalledWith({
      start: '2026-03-04T00:00:00.000Z',
      end: '2026-03-05T00:00:00.000Z',
      total: 42,
    })
    await user.keyboard('{Home}[Space]')
    expect(onBucketSelect).toHaveBeenLastCalledWith(
      expect.objectContaining({ start: '2026-03-01T00:00:00.000Z', total: 12 }),
    )
    await user.keyboard('{Escape}')
    expect(live).toBeEmptyDOMElement()
  })

  it('shows the active bar in a tooltip: its period, each visible group and the total', async () => {
    const user = userEvent.setup()
    const { container } = renderChart()
    await tabToPlot(user)
    await user.keyboard('{End}')
    const tooltip = container.querySelector<HTMLElement>('.uk-usage__tooltip')!
    expect(tooltip).toHaveTextContent('Mar 5, 2026inference50storage2Total52')
  })

  it('chooses a bar with a pointer click', async () => {
    const user = userEvent.setup()
    const onBucketSelect = vi.fn()
    renderChart({ onBucketSelect })
    // jsdom lays nothing out: the click lands at x 0, the first bar's side of the plot.
    await user.click(screen.getByRole('group', { name: 'Usage over time' }))
    expect(onBucketSelect).toHaveBeenCalledWith(
      expect.objectContaining({ start: '2026-03-01T00:00:00.000Z', total: 12 }),
    )
  })

  it('hides and shows a series from the legend, keeping at least one', async () => {
    const user = userEvent.setup()
    const { container } = renderChart({ defaultTableOpen: true })
    const legend = screen.getByRole('list', { name: 'Series' })
    const storage = within(legend).getByRole('button', { name: 'storage 8' })
    const inference = within(legend).getByRole('button', { name: 'inference 120' })
    expect(storage).toHaveAttribute('aria-pressed', 'true')
    await user.click(storage)
    expect(storage).toHaveAttribute('aria-pressed', 'false')
    expect(container.querySelectorAll('.uk-usage__series')).toHaveLength(1)
    expect(within(tableRows()[0]!).queryByText('storage')).toBeNull()
    await tabToPlot(user)
    await user.keyboard('{End}')
    expect(screen.getByRole('status')).toHaveTextContent(/^Mar 5, 2026: total 52; inference 50$/)
    expect(container.querySelector('.uk-usage__tooltip')).not.toHaveTextContent('storage')
    // The last series showing stays.
    await user.click(inference)
    expect(inference).toHaveAttribute('aria-pressed', 'true')
    await user.click(storage)
    expect(container.querySelectorAll('.uk-usage__series')).toHaveLength(2)
  })

  it('narrows the ledger to a group from the legend, for real categories only', async () => {
    const user = userEvent.setup()
    const onGroupSelect = vi.fn()
    renderChart({ onGroupSelect })
    await user.click(screen.getByRole('button', { name: 'Show only storage in the ledger' }))
    expect(onGroupSelect).toHaveBeenCalledWith({ key: 'storage' })
  })

  it('offers no "show only" for usage without a category', () => {
    renderChart({ entries: plainUsage(), onGroupSelect: vi.fn() })
    expect(screen.queryByRole('button', { name: /^Show only/ })).toBeNull()
  })

  it('lists every bucket in the data table, with totals that add up to the breakdown', async () => {
    const user = userEvent.setup()
    const onTableOpenChange = vi.fn()
    renderChart({ onTableOpenChange })
    await user.click(screen.getByRole('button', { name: 'Show data table' }))
    expect(onTableOpenChange).toHaveBeenCalledWith(true)
    const [head, ...rows] = tableRows()
    expect(
      within(head!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Period', 'inference', 'storage', 'Total'])
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Mar 1, 2026',
      'Mar 2, 2026',
      'Mar 3, 2026',
      'Mar 4, 2026',
      'Mar 5, 2026',
    ])
    const totals = rows.map((row) => Number(row.lastElementChild?.textContent))
    expect(totals).toEqual([12, 22, 0, 42, 52])
    expect(totals.reduce((a, b) => a + b)).toBe(128)
  })

  it('offers a grouping choice only where usage has both categories and metrics', async () => {
    const user = userEvent.setup()
    const onGroupByChange = vi.fn()
    const { unmount } = renderChart({ onGroupByChange })
    const grouping = screen.getByRole('group', { name: 'Grouping' })
    await user.click(within(grouping).getByRole('button', { name: 'By metric' }))
    expect(onGroupByChange).toHaveBeenCalledWith('metric')
    expect(within(grouping).getByRole('button', { name: 'By metric' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    const legend = screen.getByRole('list', { name: 'Series' })
    expect(within(legend).getByRole('button', { name: 'tokens 120' })).toBeVisible()
    unmount()

    const categoriesOnly = SYNAP.map((entry) => ({ ...entry, metric: null }))
    renderChart({ entries: categoriesOnly })
    expect(screen.queryByRole('group', { name: 'Grouping' })).toBeNull()
  })

  it('draws usage without categories as one series, and says so', () => {
    renderChart({ entries: plainUsage() })
    expect(
      screen.getByText(
        'This provider does not report usage categories; showing all usage as one series.',
      ),
    ).toBeVisible()
    const legend = screen.getByRole('list', { name: 'Series' })
    expect(within(legend).getByRole('button', { name: 'No category 128' })).toBeVisible()
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      '128 used from Mar 1, 2026 to Mar 5, 2026.',
    )
  })

  it('offers the intervals that suit the range, and picks again when the range narrows', async () => {
    const user = userEvent.setup()
    const onIntervalChange = vi.fn()
    const props = { entries: SYNAP, width: 640, onIntervalChange }
    const { rerender } = render(inKit(<UsageChart {...props} {...SYNAP_RANGE} />))
    const intervals = () => screen.getByRole('group', { name: 'Interval' })
    const pressed = () =>
      within(intervals())
        .getAllByRole('button', { pressed: true })
        .map((button) => button.textContent)
    expect(
      within(intervals())
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Hour', 'Day'])
    expect(pressed()).toEqual(['Day'])
    await user.click(within(intervals()).getByRole('button', { name: 'Hour' }))
    expect(onIntervalChange).toHaveBeenCalledWith('hour')
    expect(pressed()).toEqual(['Hour'])
    await user.click(screen.getByRole('button', { name: 'Show data table' }))
    expect(tableRows()).toHaveLength(1 + 5 * 24)
    expect(tableRows()[10]).toHaveTextContent('Mar 1, 2026 9:00 AM10010')

    // A month: hours are no longer offered, so days show.
    rerender(
      inKit(
        <UsageChart {...props} from="2026-03-01T00:00:00.000Z" to="2026-03-31T23:59:59.999Z" />,
      ),
    )
    expect(pressed()).toEqual(['Day'])
    expect(tableRows()).toHaveLength(1 + 31)
  })

  it('names weeks and months in the table', () => {
    renderChart({ interval: 'month', defaultTableOpen: true })
    expect(tableRows()[1]).toHaveTextContent('March 2026')
  })

  it('cuts buckets in the display time zone', () => {
    // 9:00 UTC on 1 Mar is 1:00 in Los Angeles; the storage an hour later too: all on Mar 1.
    const range = { from: undefined, to: undefined }
    renderChart(
      { ...range, interval: 'day', defaultTableOpen: true },
      'en-US',
      'America/Los_Angeles',
    )
    expect(tableRows()[1]).toHaveTextContent(/^Mar 1, 202610212$/)
    // The filters' range in UTC starts on the evening of 28 Feb in Los Angeles.
    cleanup()
    renderChart({ interval: 'day', defaultTableOpen: true }, 'en-US', 'America/Los_Angeles')
    expect(tableRows()[1]).toHaveTextContent(/^Feb 28, 2026000$/)
  })

  it('marks the selected bucket only when the selection is exactly that bucket', () => {
    const day = { start: '2026-03-02T00:00:00.000Z', end: '2026-03-03T00:00:00.000Z' }
    const { container, rerender } = renderChart({ defaultInterval: 'day', selectedBucket: day })
    expect(container.querySelectorAll('.uk-usage__selected')).toHaveLength(1)
    // The same day seen hour by hour: no single bar is the selection.
    rerender(
      inKit(
        <UsageChart
          width={640}
          entries={SYNAP}
          from={day.start}
          to="2026-03-02T23:59:59.999Z"
          interval="hour"
          selectedBucket={day}
        />,
      ),
    )
    expect(container.querySelectorAll('.uk-usage__selected')).toHaveLength(0)
  })
})
