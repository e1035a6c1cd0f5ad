import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { DEFAULT_CSV_COLUMNS, toCsv, type LedgerEntry } from '@usage-kit/core'
import { csvObjects, parseCsv } from './csv.js'
import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import { expectAccessibleInBothThemes, historyTable, waitForLedger, waitForRows } from './ui.js'

/**
 * Clicks Export CSV and returns the downloaded file's name and text. The file starts with a UTF-8
 * byte-order mark (so Excel reads it as UTF-8); the text returned is what follows it.
 */
async function exportCsv(page: Page): Promise<{ name: string; text: string }> {
  const button = page.getByRole('button', { name: 'Export CSV' })
  await expect(button).toBeEnabled()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.subarray(3).toString('utf8')
  expect(text.startsWith('\uFEFF')).toBe(false)
  return { name: download.suggestedFilename(), text }
}

/** The file holds exactly `entries`, in order, and reads back to what core writes for them. */
function expectCsvOf(text: string, entries: LedgerEntry[]) {
  const [header] = parseCsv(text)
  expect(header).toEqual(DEFAULT_CSV_COLUMNS)
  const records = csvObjects(text)
  expect(records).toHaveLength(entries.length)
  expect(records.map((record) => record.id)).toEqual(entries.map((entry) => entry.id))
  expect(records).toEqual(csvObjects(toCsv(entries)))
}

test('monk: the export holds the whole ledger, not just the loaded rows', async ({ page }) => {
  const entries = await expectedEntries('monk')
  await page.goto(demoUrl({ provider: 'monk' }))
  await waitForLedger(page)
  const { name, text } = await exportCsv(page)
  expect(name).toMatch(/^credit-history-monk-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(text.endsWith('\r\n')).toBe(true)
  expectCsvOf(text, entries)
  // Far more than the first page the table has loaded.
  expect(entries.length).toBe(200)
})

test('synap: the export holds the kind-filtered set', async ({ page }) => {
  const entries = await expectedEntries('synap', { kinds: ['usage'] })
  await page.goto(demoUrl({ provider: 'synap' }))
  await waitForLedger(page)
  const kinds = page.getByRole('group', { name: 'Type' })
  await kinds.getByText('Usage', { exact: true }).click()
  await expect(kinds.getByRole('checkbox', { name: 'Usage' })).toBeChecked()
  await expect(historyTable(page).getByRole('row').nth(1)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeEnabled()
  const { text } = await exportCsv(page)
  expectCsvOf(text, entries)
  expect(new Set(csvObjects(text).map((record) => record.kind))).toEqual(new Set(['usage']))
  await expectAccessibleInBothThemes(page)
})

test('lasso: the export holds the set the URL filters name', async ({ page }) => {
  const query = { kinds: ['usage', 'adjustment'] as const, from: '2026-10-01T00:00:00.000Z' }
  const entries = await expectedEntries('lasso', { ...query, kinds: [...query.kinds] })
  expect(entries.length).toBeGreaterThan(50)
  await page.goto(
    demoUrl({
      provider: 'lasso',
      pagination: 'offset',
      kinds: query.kinds.join(','),
      from: query.from,
    }),
  )
  // Filtered Lasso has no running balance (no chart): rows and totals are what matter here.
  await waitForRows(page)
  const { text } = await exportCsv(page)
  expectCsvOf(text, entries)
  await expectAccessibleInBothThemes(page)
})
