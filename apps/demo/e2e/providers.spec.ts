import { demoUrl, expect, expectAccessible, test } from './fixtures.js'
import { expectedEntries, expectedSummary, PROVIDERS } from './ledger.js'
import {
  chartLineCommands,
  historyTable,
  saveScreenshot,
  shownTotals,
  totalsOf,
  waitForLedger,
} from './ui.js'

for (const provider of PROVIDERS) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${provider} (${theme}): entries, chart and totals match the mock`, async ({
      page,
    }, testInfo) => {
      const entries = await expectedEntries(provider)
      const summary = await expectedSummary(provider)
      await page.goto(demoUrl({ provider, theme }))
      await waitForLedger(page)

      // The first rows in view are the mock's newest entries, in order.
      const rows = historyTable(page).getByRole('row')
      await expect(rows.nth(5)).toBeVisible()
      const shown: string[] = []
      for (let at = 1; at <= 5; at++) {
        shown.push((await rows.nth(at).getByRole('time').first().getAttribute('datetime')) ?? '')
      }
      expect(shown).toEqual(entries.slice(0, 5).map((entry) => entry.occurredAt))
      await expect(rows.nth(1)).toHaveAttribute('aria-rowindex', '2')

      expect(await chartLineCommands(page), 'commands in the balance line').toBeGreaterThan(40)

      const totals = await shownTotals(page)
      expect(totals.terms).toEqual(['Granted', 'Used', 'Net'])
      expect(totals.values).toEqual(totalsOf(summary, entries))

      await expectAccessible(page)
      await saveScreenshot(page, testInfo, `${provider}-${theme}`)
    })
  }
}
