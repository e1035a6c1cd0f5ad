import { demoUrl, expect, expectAccessible, test } from './fixtures.js'

// Server mode: the page reads the kit's own endpoint (createLedgerHandler in the demo's server),
// which reads the mocked provider. The provider key lives on the server only.
for (const provider of ['monk', 'lasso'] as const) {
  test(`server mode over ${provider}: ledger through the handler, key never in the browser`, async ({
    page,
    consoleErrors,
  }) => {
    const calls: string[] = []
    const bodies: Promise<string>[] = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.pathname.startsWith('/server-api') || url.pathname.startsWith('/mock-api')) {
        calls.push(url.pathname)
        bodies.push(response.text().catch(() => ''))
      }
    })
    await page.goto(demoUrl({ provider, mode: 'server' }))
    const table = page.getByRole('table', { name: /credit history/i })
    await expect(table.getByRole('row').nth(3)).toBeVisible()
    await expect(page.getByText(/^\d+ of \d+ entries$/)).toBeVisible()

    // Filtering still works across the wire: only grants (Monk) or only usage (Lasso) remain.
    const kind = provider === 'monk' ? 'Grant' : 'Usage'
    // The keyboard path: the chips are real checkboxes.
    await page.getByRole('checkbox', { name: kind }).focus()
    await page.keyboard.press('Space')
    await expect(page).toHaveURL(new RegExp(`kinds=${kind.toLowerCase()}`))
    await expect(table.getByRole('row').nth(2)).toContainText(kind)

    expect(calls.length).toBeGreaterThan(0)
    expect(calls.every((path) => path.startsWith('/server-api/'))).toBe(true)
    for (const body of await Promise.all(bodies))
      expect(body).not.toContain('server-side-secret-token')
    await expectAccessible(page)
    expect(consoleErrors).toEqual([])
  })
}

test('server mode answers a bad parameter with a 400 that names it', async ({ request }) => {
  const response = await request.get(
    '/server-api/monk/normal/200/2026-11-01T00:00:00.000Z?pageSize=9999',
  )
  expect(response.status()).toBe(400)
  expect(response.headers()['cache-control']).toBe('private, no-store')
  expect(await response.json()).toMatchObject({
    error: { kind: 'invalid_request', parameter: 'pageSize' },
  })
})
