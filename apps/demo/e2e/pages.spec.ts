import { createServer } from 'node:net'
import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import { chartFigure, expectAccessibleInBothThemes, historyTable, saveScreenshot } from './ui.js'

/** A loopback port nothing listens on (taken from the system, then let go). */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  await new Promise((done) => server.close(done))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

test('compose page: the pieces wired by hand, with their code', async ({ page }) => {
  const [newest] = await expectedEntries('monk')
  await page.goto(demoUrl({ provider: 'monk' }, '/compose'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compose your own layout')
  await expect(page.getByRole('link', { name: 'Compose your own' })).toHaveAttribute(
    'aria-current',
    'page',
  )
  // No totals on this page: the table and the drawn chart.
  await expect(chartFigure(page).getByRole('group', { name: 'Balance over time' })).toBeVisible()
  await expect(historyTable(page).getByRole('time').first()).toHaveAttribute(
    'datetime',
    newest?.occurredAt ?? '',
  )
  await expect(page.getByRole('region', { name: 'Code' })).toContainText(
    'useLedgerFilters({ url: true })',
  )
  await expectAccessibleInBothThemes(page)
  await saveScreenshot(page, test.info(), 'compose-light')
})

test('live mode: an unreachable endpoint shows a network error; the token leaves the URL', async ({
  page,
  allowConsoleError,
}) => {
  allowConsoleError(/^Failed to load resource: net::ERR_CONNECTION_REFUSED$/)
  const token = 'x-live-e2e-token'
  const baseUrl = `http://127.0.0.1:${await closedPort()}/api/monk`
  const authorizations: (string | undefined)[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(baseUrl)) authorizations.push(request.headers().authorization)
  })
  await page.goto(`/?${new URLSearchParams({ live: '1', provider: 'monk', baseUrl, token })}`)
  await expect(page.getByRole('form', { name: 'Live mode' })).toBeVisible()
  const url = new URL(page.url())
  expect(url.searchParams.has('token')).toBe(false)
  expect(page.url()).not.toContain(token)
  expect(url.searchParams.get('baseUrl')).toBe(baseUrl)

  // The kit retries network errors (1 + 2 + 4 s) before it says so.
  const alert = page.getByRole('alert').filter({ hasText: 'could not be reached' })
  await expect(alert.first()).toBeVisible({ timeout: 20_000 })
  await expect(alert.first()).toContainText(
    'The billing provider could not be reached. Check your connection.',
  )
  await expect(alert.first().getByRole('button', { name: 'Try again' })).toBeVisible()
  expect(authorizations.length).toBeGreaterThan(0)
  expect(new Set(authorizations)).toEqual(new Set([`Bearer ${token}`]))
  const stored = await page.evaluate(() =>
    JSON.stringify([{ ...localStorage }, { ...sessionStorage }, history.state]),
  )
  expect(stored).not.toContain(token)
  await expectAccessibleInBothThemes(page)
  await saveScreenshot(page, test.info(), 'live-network-error')
})
