/**
 * Issue 16 in the demo, per provider: the usage chart's total for the range is the table's
 * "Used" total, choosing a bar narrows the table to that bucket's usage (the bar's total is then
 * the table's), and Undo returns; axe-clean in light and dark.
 */
import { summarizeLedger, type ProviderId } from '@usage-kit/core'
import type { Page } from '@playwright/test'
import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries, PROVIDERS } from './ledger.js'
import {
  expectAccessibleInBothThemes,
  historyTable,
  saveScreenshot,
  shownNumber,
  shownTotals,
  waitForRows,
} from './ui.js'

const usageFigure = (page: Page) => page.getByRole('figure', { name: 'Usage over time' })
const undoButton = (page: Page) => page.getByRole('button', { name: "Undo the chart's selection" })

/** The "Used" figure of the totals (the first one when money follows credits). */
async function shownUsed(page: Page): Promise<number> {
  const { terms, values } = await shownTotals(page)
  const perTerm = values.length / terms.length
  return values[terms.indexOf('Used') * perTerm] as number
}

/** Each bucket's total from the chart's data table, oldest first. */
async function bucketTotals(page: Page): Promise<number[]> {
  const figure = usageFigure(page)
  await figure.getByRole('button', { name: 'Show data table' }).click()
  const rows = figure.getByRole('table', { name: 'Usage data' }).getByRole('row')
  await expect(rows.nth(1)).toBeAttached()
  const totals = await rows.evaluateAll((elements) =>
    elements.slice(1).map((row) => row.lastElementChild?.textContent ?? ''),
  )
  await figure.getByRole('button', { name: 'Hide data table' }).click()
  return totals.map(shownNumber)
}

/** Sums of shown (rounded) figures: equal to within the last shown digit of each. */
const near = (a: number, b: number, count: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(0.005 * Math.max(1, count) + 1e-9)

for (const provider of PROVIDERS as readonly ProviderId[]) {
  test(`${provider}: the usage chart adds up to the table, and a bar narrows it`, async ({
    page,
  }, testInfo) => {
    await page.goto(demoUrl({ provider, kinds: 'usage' }))
    await waitForRows(page)
    await page.getByRole('tab', { name: 'Usage' }).click()
    const plot = usageFigure(page).getByRole('group', { name: 'Usage over time' })
    await expect(plot).toBeVisible()

    const totals = await bucketTotals(page)
    const chartTotal = totals.reduce((sum, value) => sum + value, 0)
    near(chartTotal, await shownUsed(page), totals.length)
    // And both are the mock's posted usage, computed in Node.
    const usage = await expectedEntries(provider, { kinds: ['usage'] })
    near(chartTotal, summarizeLedger(usage).used, totals.length)

    // The largest bar, by keyboard: Home, then right arrows, then Enter.
    const index = totals.indexOf(Math.max(...totals))
    await plot.focus()
    await page.keyboard.press('Home')
    for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect(undoButton(page)).toBeVisible()
    await expect(historyTable(page)).not.toHaveAttribute('aria-busy', 'true')

    const url = new URL(page.url())
    const from = url.searchParams.get('from') ?? ''
    const to = url.searchParams.get('to') ?? ''
    expect(from, 'the URL shows the narrowed range').not.toBe('')
    const behind = await expectedEntries(provider, { kinds: ['usage'], from, to })
    await expect(historyTable(page)).toHaveAttribute('aria-rowcount', String(behind.length + 1))
    await expect.poll(() => shownUsed(page)).toBeCloseTo(totals[index] as number, 2)
    expect(summarizeLedger(behind).used).toBeCloseTo(totals[index] as number, 2)

    await expectAccessibleInBothThemes(page)
    await saveScreenshot(page, testInfo, `usage-${provider}-narrowed`)

    await undoButton(page).click()
    await expect(undoButton(page)).toBeHidden()
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull()
    await expect.poll(() => shownUsed(page)).toBeCloseTo(chartTotal, 1)
  })
}
