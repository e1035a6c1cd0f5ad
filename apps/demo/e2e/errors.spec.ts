import type { Page, Request } from '@playwright/test'
import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import {
  chartFigure,
  expectAccessibleInBothThemes,
  historyTable,
  saveScreenshot,
  shownTotals,
  waitForLedger,
} from './ui.js'

/** The browser's own line for a mocked error response (not the kit's logging). */
const failedLoad = (status: number) =>
  new RegExp(`^Failed to load resource: the server responded with a status of ${status}\\b`)

/** Requests to the mocked provider, in the order the page sent them. */
function recordMockTraffic(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => {
    if (request.url().includes('/mock-api/')) requests.push(request)
  })
  return requests
}

/** Each request's URL, answer status and start (the browser's clock, ms since the epoch). */
function answered(requests: Request[]) {
  return Promise.all(
    requests.map(async (request) => ({
      url: request.url(),
      status: (await request.response())?.status(),
      start: request.timing().startTime,
    })),
  )
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
  // Said once, by the table with its Try again: no totals or chart of a read that failed.
  await expect(alerts).toHaveCount(1)
  await expect(chartFigure(page)).toHaveCount(0)
  await expect(historyTable(page)).toHaveCount(0)
  await expectAccessibleInBothThemes(page)
  await saveScreenshot(page, test.info(), 'scenario-401')

  // A new request, refused again: the state stays.
  const refused = async () =>
    (await answered(traffic)).filter((entry) => entry.status === 401).length
  const before = await refused()
  await alerts.last().getByRole('button', { name: 'Try again' }).click()
  await expect.poll(refused).toBeGreaterThan(before)
  await expect(alerts.last()).toContainText('signed out')
})

test('500: after the kit gives up, Try again recovers', async ({ page, allowConsoleError }) => {
  allowConsoleError(failedLoad(500))
  const traffic = recordMockTraffic(page)
  await page.goto(demoUrl({ provider: 'monk', scenario: '500' }))
  // Four attempts (1 + 3 retries, 1 + 2 + 4 s apart) before the kit shows the failure.
  const alert = page.getByRole('alert').filter({ hasText: 'having trouble' })
  await expect(alert.first()).toBeVisible({ timeout: 15_000 })
  await expect(alert.first()).toContainText('The billing provider is having trouble right now.')
  const ledgerFailures = (await answered(traffic)).filter(
    (entry) => entry.status === 500 && entry.url.endsWith('/credits/ledger'),
  )
  expect(ledgerFailures.length).toBeGreaterThanOrEqual(4)
  await expectAccessibleInBothThemes(page)

  // The table's button (the chart's alert comes first in the page), then the chart's if shown.
  await alert.last().getByRole('button', { name: 'Try again' }).click()
  await expect(historyTable(page).getByRole('row').nth(1)).toBeVisible()
  const chartRetry = chartFigure(page).getByRole('button', { name: 'Try again' })
  if (await chartRetry.isVisible()) await chartRetry.click()
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
  const sent = await answered(traffic)
  const limited = sent.filter((entry) => entry.status === 429)
  expect(limited, 'one 429').toHaveLength(1)
  const [first] = limited
  // The retry of the same read: the next request for that URL (the other query asks for it at
  // the same moment, so requests within half a second of the first are not retries).
  const retry = sent.find(
    (entry) => entry.url === first?.url && entry.start > (first?.start ?? 0) + 500,
  )
  expect(retry?.status).toBe(200)
  const waited = (retry?.start ?? 0) - (first?.start ?? 0)
  expect(waited, 'ms from the limited request to its retry').toBeGreaterThanOrEqual(2000)
  expect(waited, 'ms from the limited request to its retry').toBeLessThan(4000)
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
  await saveScreenshot(page, test.info(), 'scenario-empty')
})
