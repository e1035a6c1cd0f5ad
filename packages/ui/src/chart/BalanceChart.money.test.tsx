/**
 * A ledger whose credits are money (ngrok's dollars) is charted in money: axis, tooltip, the
 * announced point and the summary. Other ledgers keep credits.
 */
import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import type { LedgerEntry } from '@usage-kit/core'
import { UsageKitProvider } from '@usage-kit/react'
import { describe, expect, it } from 'vitest'
import { cs } from '../locales/cs.js'
import { BalanceChart } from './BalanceChart.js'
import { makeEntries } from './fixtures.js'

/** `makeEntries` as an ngrok ledger: a grant of $1,000 every ten days, $20 of usage a day. */
const ngrokEntries = (count: number): LedgerEntry[] =>
  makeEntries(count).map((entry) => ({
    ...entry,
    provider: 'ngrok',
    money: { amountMinor: (entry.credits ?? 0) * 100, currency: 'USD' },
  }))

function renderChart(entries: LedgerEntry[], locale = 'en-US') {
  const client = new QueryClient()
  return render(
    <UsageKitProvider
      queryClient={client}
      timeZone="UTC"
      locale={locale}
      {...(locale === 'cs-CZ' ? cs : {})}
    >
      <BalanceChart entries={entries} width={640} />
    </UsageKitProvider>,
  )
}

/** The value axis' labels: the tick labels with `dy` (the time axis' have none). */
const yTicks = (chart: HTMLElement) =>
  [...chart.querySelectorAll('text.uk-chart__tick[dy]')].map((t) => t.textContent)

describe('BalanceChart of a ledger counted in a currency', () => {
  it('labels the axis in whole dollars and says each point as money', async () => {
    const user = userEvent.setup()
    renderChart(ngrokEntries(5))
    const chart = screen.getByRole('group', { name: 'Balance over time' })
    const ticks = yTicks(chart)
    expect(ticks[0]).toBe('$0')
    expect(ticks.length).toBeGreaterThan(2)
    expect(ticks.every((tick) => /^\$[\d,]+$/.test(tick ?? ''))).toBe(true)
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(
      /went from \$1,000\.00 to \$920\.00; lowest \$920\.00, highest \$1,000\.00/,
    )

    // Past the data table toggle, to the plot.
    await user.tab()
    await user.tab()
    expect(chart).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Jan 1, 2026 12:00 AM: balance $1,000.00, Grant',
    )
    // The tooltip shows the same words.
    expect(chart.querySelector('.uk-chart__tooltip')).toHaveTextContent('$1,000.00')
  })

  it('writes Czech money on the axis and in the summary', () => {
    renderChart(ngrokEntries(5), 'cs-CZ')
    const ticks = yTicks(screen.getByRole('group'))
    expect(ticks[0]).toBe('0\u00a0US$')
    expect(screen.getByRole('figure')).toHaveAccessibleDescription(/1\u00a0000,00\u00a0US\$/)
  })

  it('keeps credits for a ledger counted in credits of its own', () => {
    renderChart(makeEntries(5))
    const ticks = yTicks(screen.getByRole('group', { name: 'Balance over time' }))
    expect(ticks[0]).toBe('0')
    expect(ticks.some((tick) => tick?.includes('$'))).toBe(false)
  })
})
