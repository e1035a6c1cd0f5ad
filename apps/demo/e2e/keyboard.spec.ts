import type { LedgerEntry } from '@usage-kit/core'
import { demoUrl, expect, expectAccessible, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import {
  chartFigure,
  expectAccessibleInBothThemes,
  historyTable,
  tabTo,
  waitForLedger,
} from './ui.js'

const credits = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

/** The first of the entries with the largest (or smallest) credits: ties keep ledger order. */
function extreme(entries: LedgerEntry[], sign: 1 | -1): LedgerEntry | undefined {
  return entries.reduce<LedgerEntry | undefined>(
    (best, entry) =>
      best === undefined || sign * (entry.credits ?? 0) > sign * (best.credits ?? 0) ? entry : best,
    undefined,
  )
}

test('keyboard only: a kind filter, the chart and a column sort', async ({ page }) => {
  const entries = await expectedEntries('monk')
  await page.goto(demoUrl({ provider: 'monk' }))
  await waitForLedger(page)

  // Filters: Tab to the first kind and toggle it with Space, both ways.
  const grant = page
    .getByRole('search', { name: 'Filter credit history' })
    .getByRole('checkbox', { name: 'Grant' })
  await tabTo(page, grant)
  await page.keyboard.press('Space')
  await expect(grant).toBeChecked()
  await expect(page).toHaveURL(/[?&]kinds=grant(&|$)/)
  await expect(historyTable(page)).toHaveAttribute('aria-rowcount', '6')
  await page.keyboard.press('Space')
  await expect(grant).not.toBeChecked()
  await expect(page).not.toHaveURL(/kinds=/)
  await expect(historyTable(page).getByRole('row').nth(5)).toBeVisible()
  // The rest of the bar, in order.
  for (const [role, name] of [
    ['combobox', 'Date range'],
    ['combobox', 'Category'],
    ['searchbox', 'Search'],
  ] as const) {
    await tabTo(page, page.getByRole(role, { name }), 6)
  }

  // The chart: Home, an arrow and End move the point, and the live region says where it is.
  const plot = chartFigure(page).getByRole('group', { name: 'Balance over time' })
  const live = chartFigure(page).getByRole('status')
  await tabTo(page, plot)
  await page.keyboard.press('Home')
  const oldest = entries[entries.length - 1]
  await expect(live).toContainText(`balance ${credits.format(oldest?.balanceAfter ?? NaN)}`)
  const first = await live.textContent()
  await page.keyboard.press('ArrowRight')
  await expect(live).not.toHaveText(first ?? '')
  await expect(live).toContainText('balance')
  await page.keyboard.press('End')
  await expect(live).toContainText(`balance ${credits.format(entries[0]?.balanceAfter ?? NaN)}`)
  await expectAccessible(page)

  // A column sort: Enter on the Amount header's button sorts the loaded rows, largest first.
  const amount = historyTable(page).getByRole('columnheader', { name: 'Amount' })
  const date = historyTable(page).getByRole('columnheader', { name: 'Date' })
  await expect(date).toHaveAttribute('aria-sort', 'descending')
  await expect(amount).not.toHaveAttribute('aria-sort')
  await tabTo(page, amount.getByRole('button', { name: 'Amount' }))
  const loaded = entries.slice(0, 50)
  const firstDate = historyTable(page).getByRole('row').nth(1).getByRole('time').first()
  await page.keyboard.press('Enter')
  await expect(amount).toHaveAttribute('aria-sort', 'descending')
  await expect(date).not.toHaveAttribute('aria-sort')
  await expect(firstDate).toHaveAttribute('datetime', extreme(loaded, 1)?.occurredAt ?? '')
  await page.keyboard.press('Enter')
  await expect(amount).toHaveAttribute('aria-sort', 'ascending')
  await expect(firstDate).toHaveAttribute('datetime', extreme(loaded, -1)?.occurredAt ?? '')
  await expectAccessibleInBothThemes(page)
})
