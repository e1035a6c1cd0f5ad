import { summarizeLedger, type EntryKind, type LedgerEntry, type ProviderId } from '@usage-kit/core'
import type { Page } from '@playwright/test'
import { DEMO_NOW, demoUrl, expect, test } from './fixtures.js'
import { expectedEntries, PROVIDERS } from './ledger.js'
import { collectRows, expectContiguous } from './table.js'
import {
  expectAccessibleInBothThemes,
  historyTable,
  shownTotals,
  totalsOf,
  waitForLedger,
} from './ui.js'

/** A kind each mocked ledger has a few of (Lasso has no grants). */
const KIND: Record<ProviderId, [EntryKind, string]> = {
  synap: ['grant', 'Grant'],
  vayu: ['grant', 'Grant'],
  monk: ['expiration', 'Expiration'],
  ngrok: ['grant', 'Grant'],
  lasso: ['adjustment', 'Adjustment'],
}

/** "Last 7 days" on the demo's clock (2026-11-01), in whole UTC days. */
const LAST_7_DAYS = { from: '2026-10-26T00:00:00.000Z', to: '2026-11-01T23:59:59.999Z' }

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name)

/** The table, once settled, shows exactly `entries` and the totals are theirs. */
async function expectShown(page: Page, entries: LedgerEntry[]) {
  await expect(historyTable(page)).toHaveAttribute('aria-rowcount', String(entries.length + 1))
  await expect(historyTable(page)).not.toHaveAttribute('aria-busy', 'true')
  const rows = await collectRows(page)
  expectContiguous(rows)
  expect(rows.map((row) => row.date)).toEqual(entries.map((entry) => entry.occurredAt))
  await expect
    .poll(async () => (await shownTotals(page)).values)
    .toEqual(totalsOf(summarizeLedger(entries), entries))
  return rows
}

for (const provider of PROVIDERS) {
  test(`${provider}: a kind and a date preset narrow the rows, the totals and the URL`, async ({
    page,
  }) => {
    const [kind, label] = KIND[provider]
    const all = await expectedEntries(provider)
    const ofKind = await expectedEntries(provider, { kinds: [kind] })
    const lastWeek = await expectedEntries(provider, LAST_7_DAYS)
    expect(ofKind.length).toBeGreaterThan(0)
    expect(ofKind.length).toBeLessThan(all.length)
    expect(lastWeek.length).toBeGreaterThan(0)
    expect(lastWeek.length).toBeLessThan(all.length)

    // Presets count from the browser's clock: the day the mocked ledger ends.
    await page.clock.setFixedTime(new Date(DEMO_NOW))
    await page.goto(demoUrl({ provider }))
    await waitForLedger(page)
    const filters = page.getByRole('search', { name: 'Filter credit history' })
    const kinds = filters.getByRole('group', { name: 'Type' })

    // The box is drawn by its chip (the input is visually hidden): click the chip, as a user does.
    await kinds.getByText(label, { exact: true }).click()
    await expect(kinds.getByRole('checkbox', { name: label })).toBeChecked()
    await expect.poll(() => param(page, 'kinds')).toBe(kind)
    const rows = await expectShown(page, ofKind)
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set([label]))
    await expectAccessibleInBothThemes(page)

    await kinds.getByText(label, { exact: true }).click()
    await expect(kinds.getByRole('checkbox', { name: label })).not.toBeChecked()
    await expect.poll(() => param(page, 'kinds')).toBeNull()
    await filters
      .getByRole('combobox', { name: 'Date range' })
      .selectOption({ label: 'Last 7 days' })
    await expect(filters.getByRole('combobox', { name: 'Date range' })).toHaveValue('last-7-days')
    await expect
      .poll(() => [param(page, 'from'), param(page, 'to')])
      .toEqual([LAST_7_DAYS.from, LAST_7_DAYS.to])
    await expectShown(page, lastWeek)
    await expectAccessibleInBothThemes(page)
  })
}
