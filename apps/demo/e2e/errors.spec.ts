import type { Page } from '@playwright/test'
import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import {
  chartFigure,
  expectAccessibleInBothThemes,
  historyTable,
  shownTotals,
  waitForLedger,
} from './ui.js'

/** The browser's own line for a mocked error response (not the kit's logging). */
const failedLoad = (status: number) =>
  new RegExp(`^Failed to load resource: the server responded with a status of ${status}\\b`)

/** Requests to the mocked provider, with when they were sent and answered. */
function recordMockTraffic(page: Page) {
  const log: { at: number; event: 'request' | 'response'; url: string; status?: number }[] = []
  page.on('request', (request) => {
    if (request.url().includes('/mock-api/')) {
      log.push({ at: Date.now(), event: 'request', url: request.url() })
    }
  })
  page.on('response', (response) => {
    if (response.url().includes('/mock-api/')) {
      log.push({
        at: Date.now(),
        event: 'response',
        url: response.url(),
        status: response.status(),
      })
    }
  })
  return log
}

/** The table shows the mock's newest entry again (the failure is over). */
async function expectRecovered(page: Page) {
  const [newest] = await expectedEntries('monk')
  await waitForLedger(page)
  await expect(historyTable(page).getByRole('time').first()).toHaveAttribute(
    'datetime',
    newest?.occurredAt ?? '',
  )
  await expect(page.getByRole('alert')).toHaveCount(0)
}

test('401: says the user is signed out; Try again asks again', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(failedLoad(401))
  const traffic = recordMockTraffic(page)
  await page.goto(demoUrl({ provider: 'monk', scenario: '401' }))
  const alerts = page.getByRole('alert')
  await expect(alerts.first()).toContainText('Could not load the credit history')
  await expect(alerts.first()).toContainText('You are signed out or your access has expired')
  // Both the table and the chart say so, each with its own way to try again.
  await expect(alerts).toHaveCount(2)
  await expect(chartFigure(page).getByRole('alert')).toContainText('signed out')
  await expect(historyTable(page)).toHaveCount(0)
  await expectAccessibleInBothThemes(page)

  const before = traffic.filter((entry) => entry.event === 'request').length
  await alerts.last().getByRole('button', { name: 'Try again' }).click()
  await expect
    .poll(() => traffic.filter((entry) => entry.event === 'request').length)
    .toBeGreaterThan(before)
  await expect(alerts.last()).toContainText('signed out')
})

test('500: after the kit gives up, Try again recovers', async ({ page, allowConsoleError }) => {
  allowConsoleError(failedLoad(500))
  await page.goto(demoUrl({ provider: 'monk', scenario: '500' }))
  // Retries take 1 + 2 + 4 s before the kit shows the failure.
  const alert = page.getByRole('alert').filter({ hasText: 'having trouble' })
  await expect(alert.first()).toBeVisible({ timeout: 20_000 })
  await expect(alert.first()).toContainText('The billing provider is having trouble right now.')
  await expectAccessibleInBothThemes(page)
  for (const button of await page.getByRole('button', { name: 'Try again' }).all()) {
    await button.click()
  }
  await expectRecovered(page)
})

test('malformed: says the data could not be read; Try again recovers', async ({ page }) => {
  await page.goto(demoUrl({ provider: 'monk', scenario: 'malformed' }))
  const alert = page.getByRole('alert')
  await expect(alert).toHaveCount(1)
  await expect(alert).toContainText('Could not load the credit history')
  await expect(alert).toContainText(
    'The billing provider sent data the kit could not read (at $.data.entries[0].amountCents).',
  )
  await expectAccessibleInBothThemes(page)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expectRecovered(page)
})

test('429: waits the 2 s Retry-After and recovers by itself', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(failedLoad(429))
  const traffic = recordMockTraffic(page)
  await page.goto(demoUrl({ provider: 'monk', scenario: '429' }))
  await expectRecovered(page)
  const limited = traffic.findIndex((entry) => entry.status === 429)
  expect(limited, 'a 429 was sent').toBeGreaterThanOrEqual(0)
  const retry = traffic.slice(limited).find((entry) => entry.event === 'request')
  expect(retry?.url).toBe(traffic[limited]?.url)
  const waited = (retry?.at ?? 0) - (traffic[limited]?.at ?? 0)
  expect(waited, 'ms between the 429 and the retry').toBeGreaterThanOrEqual(1900)
  expect(waited, 'ms between the 429 and the retry').toBeLessThan(3500)
  expect(traffic.filter((entry) => entry.status === 429)).toHaveLength(1)
  await expectAccessibleInBothThemes(page)
})

test('empty: says there is no credit activity', async ({ page }) => {
  await page.goto(demoUrl({ provider: 'monk', scenario: 'empty' }))
  await expect(page.getByRole('status').filter({ hasText: 'No credit activity' })).toContainText(
    'Nothing matches these filters yet.',
  )
  await expect(chartFigure(page)).toContainText('No balance to show for these filters.')
  expect((await shownTotals(page)).values).toEqual([0, 0, 0])
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expectAccessibleInBothThemes(page)
})
