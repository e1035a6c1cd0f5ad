/**
 * Reading the drop-in the way a user does: by role and accessible name only (the kit's classes
 * and markup may change under these tests).
 */
import { dirname, join } from 'node:path'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { ledgerCreditCurrency, type LedgerEntry, type LedgerSummary } from '@usage-kit/core'
import { expect, expectAccessible } from './fixtures.js'

export const historyTable = (page: Page) => page.getByRole('table', { name: 'Credit history' })
export const chartFigure = (page: Page) => page.getByRole('figure', { name: 'Balance over time' })
export const totalsRegion = (page: Page) =>
  page.getByRole('region', { name: 'Totals for the selected range' })

/** Waits until the table has rows and the totals have numbers. */
export async function waitForRows(page: Page): Promise<void> {
  await expect(historyTable(page).getByRole('row').nth(1)).toBeVisible()
  await expect(historyTable(page)).not.toHaveAttribute('aria-busy', 'true')
  await expect(totalsRegion(page)).toHaveAttribute('aria-busy', 'false')
}

/** Waits until the table has rows, the totals have numbers and the chart has drawn. */
export async function waitForLedger(page: Page): Promise<void> {
  await waitForRows(page)
  await expect(chartFigure(page).getByRole('group', { name: 'Balance over time' })).toBeVisible()
}

/** A number as the kit shows it in en-US ('+2,288.17', '−13.64', '$552.27') back to a number. */
export function shownNumber(text: string): number {
  const plain = text.replace(/[\u2212\u2013]/g, '-').replace(/[^0-9.-]/g, '')
  const value = Number(plain)
  if (plain === '' || Number.isNaN(value)) throw new Error(`not a number: "${text}"`)
  return value
}

/** Granted, used and net as shown: credits, then money where the ledger has one currency. */
export async function shownTotals(page: Page): Promise<{ terms: string[]; values: number[] }> {
  const region = totalsRegion(page)
  await expect(region).toHaveAttribute('aria-busy', 'false')
  const terms = await region.getByRole('term').allTextContents()
  const values = (await region.getByRole('definition').allTextContents()).map(shownNumber)
  return { terms, values }
}

/** The same list computed from a summary (money in the currency's minor units / 100). */
export function totalsOf(summary: LedgerSummary, entries: readonly LedgerEntry[]): number[] {
  const currencies = Object.values(summary.money)
  const money = currencies.length === 1 ? currencies[0] : undefined
  // Where credits are money (ngrok), each total is shown once, as money.
  const creditsAreMoney = ledgerCreditCurrency(entries) !== null
  return (['granted', 'used', 'net'] as const).flatMap((key) =>
    money
      ? creditsAreMoney
        ? [money[key] / 100]
        : [summary[key], money[key] / 100]
      : [summary[key]],
  )
}

/** Drawing commands of the longest path in the chart's svg (the balance line). */
export async function chartLineCommands(page: Page): Promise<number> {
  const figure = chartFigure(page)
  await expect(figure.getByRole('group', { name: 'Balance over time' })).toBeVisible()
  return figure.evaluate((element) =>
    Math.max(
      0,
      ...Array.from(element.querySelectorAll('svg path')).map(
        (path) => (path.getAttribute('d') ?? '').match(/[a-z]/gi)?.length ?? 0,
      ),
    ),
  )
}

/** An axe scan in the current theme and in the other one (the demo re-themes in place). */
export async function expectAccessibleInBothThemes(page: Page): Promise<void> {
  const theme = page.getByRole('combobox', { name: 'Theme' })
  const start = await theme.inputValue()
  const other = start === 'dark' ? 'light' : 'dark'
  await expectAccessible(page)
  // A change event renders at once (React treats it as a discrete event).
  await theme.selectOption(other)
  await expect(theme).toHaveValue(other)
  await expectAccessible(page)
  await theme.selectOption(start)
  await expect(theme).toHaveValue(start)
}

/** Presses Tab until `target` has focus; returns the presses it took. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return presses
  }
  throw new Error(`Tab did not reach the target in ${max} presses`)
}

/** A full-page screenshot kept as a test artifact: test-results/e2e-screenshots/<name>.png. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = join(dirname(testInfo.project.outputDir), 'e2e-screenshots', `${name}.png`)
  await page.mouse.move(0, 0)
  await page.screenshot({ path, fullPage: true, animations: 'disabled' })
  await testInfo.attach(name, { path, contentType: 'image/png' })
}
