import { demoUrl, expect, expectAccessible, test } from './fixtures.js'

for (const theme of ['light', 'dark'] as const) {
  test(`the drop-in shows a ledger, totals and a chart (${theme})`, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(demoUrl({ provider: 'monk', theme }))
    await expect(page.getByRole('table', { name: /credit history/i })).toBeVisible()
    await expect(page.getByRole('row').nth(2)).toBeVisible()
    await expect(page.getByText('Granted', { exact: true })).toBeVisible()
    await expect(page.getByRole('group', { name: /balance/i }).first()).toBeVisible()
    await expectAccessible(page)
    expect(consoleErrors).toEqual([])
  })
}
