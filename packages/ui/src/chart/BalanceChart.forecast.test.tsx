/**
 * The run-out forecast on the balance chart: the summary says it in words (with the expiry clause
 * only when something expires unused), the dashed line ends at zero at `runsOutAt`, and a runway
 * without burn changes nothing.
 */
import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { LedgerEntry, Runway } from '@usage-kit/core'
import { UsageKitProvider } from '@usage-kit/react'
import { describe, expect, it } from 'vitest'
import { cs } from '../locales/cs.js'
import { BalanceChart } from './BalanceChart.js'
import { expiringRunway, FORECAST_AS_OF, makeEntries, makeRunway } from './fixtures.js'

// 30 days from 1 Jan 2026 ending at 2,430 on 30 Jan; the forecast starts on 1 Feb.
const entries = makeEntries(30)
const asOf = FORECAST_AS_OF
const withExpiry = expiringRunway
/** 50 a day from 2,430: 48.6 days, 21 Mar. */
const plain = makeRunway({ asOf, balance: 2430, burnPerDay: 50 })
const HISTORY =
  'From Jan 1, 2026 to Jan 30, 2026 the balance went from 1,000 to 2,430; lowest 790, highest 2,610.'

function renderChart(
  forecast: Runway | null | undefined,
  {
    locale = 'en-US',
    list = entries,
    width = 640,
  }: { locale?: string; list?: LedgerEntry[]; width?: number } = {},
) {
  const client = new QueryClient()
  return render(
    <UsageKitProvider
      queryClient={client}
      timeZone="UTC"
      locale={locale}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      <BalanceChart entries={list} width={width} forecast={forecast} />
    </UsageKitProvider>,
  )
}

const forecastLine = () => document.querySelector('path.uk-chart__forecast')

describe('BalanceChart with a run-out forecast', () => {
  it('says when the balance runs out and what expires unused', () => {
    renderChart(withExpiry)
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      `${HISTORY} At 50 credits a day (last 30 days), the balance runs out around Mar 13, 2026; 430 credits expire unused on Feb 11, 2026.`,
    )
  })

  it('rounds its figures as said aloud: a forecast is no exact sum', () => {
    renderChart(
      makeRunway({
        asOf,
        balance: 2430,
        burnPerDay: 57.333333,
        expiries: [{ at: '2026-02-11T00:00:00.000Z', amount: 524.066667 }],
      }),
    )
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /At 57 credits a day \(last 30 days\), .*; 524 credits expire unused on Feb 11, 2026\.$/,
    )
  })

  it('leaves the expiry clause out when nothing expires unused', () => {
    renderChart(plain)
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      `${HISTORY} At 50 credits a day (last 30 days), the balance runs out around Mar 21, 2026.`,
    )
  })

  it('says it in Czech under cs-CZ', () => {
    renderChart(withExpiry, { locale: 'cs-CZ' })
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /Při spotřebě 50 kreditů denně \(za posledních 30 dní\) se zůstatek vyčerpá kolem 13\. 3\. 2026; 430 kreditů propadne bez využití 11\. 2\. 2026\.$/,
    )
  })

  it('writes a ledger counted in dollars as money', () => {
    const money = entries.map((entry) => ({
      ...entry,
      provider: 'ngrok' as const,
      money: { amountMinor: (entry.credits ?? 0) * 100, currency: 'USD' },
    }))
    renderChart(withExpiry, { list: money })
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /At \$50\.00 a day \(last 30 days\), the balance runs out around Mar 13, 2026; \$430\.00 expires unused on Feb 11, 2026\.$/,
    )
  })

  it('draws a dashed line that reaches zero at the right edge, hidden from assistive tech', () => {
    renderChart(withExpiry)
    const chart = screen.getByRole('group', { name: 'Balance over time' })
    const line = forecastLine()
    expect(line).not.toBeNull()
    expect(line?.closest('[aria-hidden="true"]')).not.toBeNull()
    const [x, y] = (line?.getAttribute('d') ?? '').split(/[ML]/).at(-1)?.split(',') ?? []
    // The plot ends at width - 16 (runsOutAt), and y(0) is the zero rule's height.
    expect(Number(x)).toBe(624)
    const zero = chart.querySelector('.uk-chart__grid[data-zero]')?.getAttribute('d') ?? ''
    const zeroY = Number(/,([\d.]+)H/.exec(zero)?.[1])
    expect(Math.abs(Number(y) - zeroY)).toBeLessThanOrEqual(1)
    expect(chart).toHaveTextContent('Runs out ~Mar 13')
    expect(
      within(screen.getByRole('list', { name: 'Markers' })).getByText('Forecast'),
    ).toBeVisible()
  })

  it('changes nothing when burn is 0 or there is no forecast', () => {
    const { unmount } = renderChart(makeRunway({ asOf, balance: 2430, burnPerDay: 0 }))
    expect(forecastLine()).toBeNull()
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(HISTORY)
    expect(screen.queryByText('Forecast')).toBeNull()
    unmount()
    renderChart(undefined)
    expect(forecastLine()).toBeNull()
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(HISTORY)
  })

  it('says so when the run-out is beyond the chart and the line is cut at its edge', () => {
    renderChart(makeRunway({ asOf, balance: 2430, burnPerDay: 5 }))
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /At 5 credits a day \(last 30 days\), the balance runs out around Jun 2, 2027\. The dashed line stops at the edge of the chart, before the balance runs out\.$/,
    )
    expect(screen.getByRole('group', { name: 'Balance over time' })).toHaveTextContent(
      'Runs out ~Jun 2, 2027 (off the chart)',
    )
  })

  it('samples the history to the columns it spans, not the whole plot', async () => {
    const user = userEvent.setup()
    // 5,000 days of history, and a run-out 5,000 days after the last: the history is half the plot.
    const long = makeEntries(5000)
    const last = Date.UTC(2026, 0, 1) + 4999 * 86_400_000
    const runway = makeRunway({
      asOf: new Date(last).toISOString(),
      balance: 1000,
      burnPerDay: 1000 / 5000,
      windowDays: 30,
    })
    renderChart(runway, { list: long, width: 300 })
    await user.click(screen.getByRole('button', { name: 'Show data table' }))
    const rows = within(screen.getByRole('table')).getAllByRole('row').length - 1
    expect(rows).toBeGreaterThan(10)
    // The plot is under 300 px wide; its first half holds the history.
    expect(rows).toBeLessThanOrEqual(150)
  })
})
