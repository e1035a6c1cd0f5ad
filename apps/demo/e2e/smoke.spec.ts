import { demoUrl, expect, expectAccessible, test } from './fixtures.js'

for (const theme of ['light', 'dark'] as const) {
  test(`the drop-in shows a ledger, totals and a chart (${theme})`, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto(demoUrl({ provider: 'monk', theme }))
    await expect(page.getByRole('table', { name: /credit history/i })).toBeVisible()
    await expect(page.getByRole('row').nth(2)).toBeVisible()
    const totals = page.getByRole('region', { name: 'Totals for the selected range' })
    await expect(totals.getByText('Granted', { exact: true })).toBeVisible()
    await expect(page.getByRole('group', { name: /balance/i }).first()).toBeVisible()
    await expectAccessible(page)
    expect(consoleErrors).toEqual([])
  })
}

test('Czech is a pack the demo opts into: words, month names and numbers follow it', async ({
  page,
}) => {
  await page.goto(demoUrl({ provider: 'monk', locale: 'cs-CZ' }))
  const table = page.getByRole('table', { name: 'Historie kreditů' })
  await expect(table).toBeVisible()
  await expect(page.getByRole('columnheader', { name: /Částka/ })).toBeVisible()
  const totals = page.getByRole('region', { name: 'Součty za zvolené období' })
  await expect(totals.getByText('Přiděleno', { exact: true })).toBeVisible()
  // date-fns' Czech locale writes the dates: a day, a month number and a year ('14. 11. 2026').
  await expect(table.getByRole('row').nth(1)).toContainText(/\d{1,2}\. \d{1,2}\. \d{4}/)
  await expectAccessible(page)
})
