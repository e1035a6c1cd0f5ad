/**
 * Issue 17 in the demo, per provider, on the demo's fixed clock: the grants panel lists what the
 * mock's grants have left (none for Lasso, which has no grants), the balance chart forecasts the
 * run-out where usage continues, the statement is by billing cycle (the demo's anchor, the 15th)
 * and says how the ledger compares with the provider's balance; axe-clean in light and dark.
 */
import { creditGrants, projectRunway, type ProviderId } from '@usage-kit/core'
import { DEMO_NOW, demoUrl, expect, test } from './fixtures.js'
import { expectedEntries, PROVIDERS } from './ledger.js'
import { chartFigure, expectAccessibleInBothThemes, saveScreenshot, waitForLedger } from './ui.js'

/** Providers with a balance endpoint (Vayu documents none). */
const BALANCE_ENDPOINT: readonly ProviderId[] = ['synap', 'monk', 'ngrok', 'lasso']

for (const provider of PROVIDERS as readonly ProviderId[]) {
  test(`${provider}: grants, run-out forecast and statement match the mock`, async ({
    page,
  }, testInfo) => {
    const entries = await expectedEntries(provider)
    const grants = creditGrants(entries, { asOf: DEMO_NOW })
    const runway = projectRunway(entries, { asOf: DEMO_NOW })
    await page.goto(demoUrl({ provider }))
    await waitForLedger(page)

    const panel = page.getByRole('region', { name: 'Credit grants' })
    if (grants.length === 0) {
      await expect(panel).toHaveCount(0)
    } else {
      // Grants that can still be drawn have a meter in view; used-up and expired ones fold away.
      const open = grants.filter((g) => g.status === 'active' || g.status === 'expiring')
      const meters = panel.getByRole('meter')
      await expect(meters).toHaveCount(open.length)
      const shown = await meters.evaluateAll((all) =>
        all.map((meter) => Number(meter.getAttribute('aria-valuenow'))),
      )
      expect(shown.sort()).toEqual(open.map((g) => g.remaining).sort())
    }

    const figure = chartFigure(page)
    if (runway.runsOutAt !== null && runway.burnPerDay > 0) {
      await expect(figure).toHaveAccessibleDescription(/the balance runs out around/)
    } else {
      await expect(figure).not.toHaveAccessibleDescription(/runs out/)
    }

    const statement = page.getByRole('table', { name: 'Statement by billing cycle' })
    await expect(statement.getByRole('row').nth(1)).toBeVisible()
    if (BALANCE_ENDPOINT.includes(provider)) {
      await expect(page.getByText(/the provider's balance/)).toBeVisible()
    }

    await expectAccessibleInBothThemes(page)
    await saveScreenshot(page, testInfo, `outlook-${provider}`)
  })
}

test('the "What is left" compose example shows the same parts', async ({ page }) => {
  await page.goto(demoUrl({ provider: 'monk' }, '/outlook'))
  await expect(page.getByRole('heading', { name: 'What is left, and for how long' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Credit grants' }).getByRole('meter').first(),
  ).toBeVisible()
  await expect(page.getByRole('table', { name: /^Statement by/ })).toBeVisible()
  await expectAccessibleInBothThemes(page)
})
