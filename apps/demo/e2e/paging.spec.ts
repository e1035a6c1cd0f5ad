import { demoUrl, expect, test } from './fixtures.js'
import { expectedEntries, PROVIDERS } from './ledger.js'
import { collectRows, expectContiguous, rowText, type ShownRow } from './table.js'
import { expectAccessibleInBothThemes, historyTable, waitForLedger } from './ui.js'

for (const provider of PROVIDERS) {
  test(`${provider}: infinite scrolling reaches the oldest entry, each entry once`, async ({
    page,
  }) => {
    const entries = await expectedEntries(provider)
    await page.goto(demoUrl({ provider, pagination: 'infinite' }))
    await waitForLedger(page)
    const end = page.getByText('End of history', { exact: true })
    const rows = await collectRows(page, async () => {
      if (!(await end.isVisible())) return false
      return (await historyTable(page).getAttribute('aria-busy')) === null
    })
    expectContiguous(rows)
    expect(rows.map((row) => row.date)).toEqual(entries.map((entry) => entry.occurredAt))
    await expect(historyTable(page)).toHaveAttribute('aria-rowcount', String(entries.length + 1))
    await expect(page.getByRole('button', { name: 'Load more' })).toHaveCount(0)
    await expectAccessibleInBothThemes(page)
  })

  test(`${provider}: paging to the last page reaches the oldest entry, each entry once`, async ({
    page,
  }) => {
    const entries = await expectedEntries(provider)
    const pageCount = Math.ceil(entries.length / 50)
    await page.goto(demoUrl({ provider, pagination: 'offset' }))
    await waitForLedger(page)
    const pager = page.getByRole('navigation', { name: 'Pages' })
    const next = pager.getByRole('button', { name: 'Next page' })
    const pages: ShownRow[][] = []
    for (let at = 1; at <= pageCount; at++) {
      await expect(pager.getByText(`Page ${at} of ${pageCount}`)).toBeVisible()
      if (at > 1) {
        // The new page's rows, not the previous page's kept on screen while it loads.
        const before = pages[at - 2]?.[0]?.date ?? ''
        await expect(historyTable(page).getByRole('time').first()).not.toHaveAttribute(
          'datetime',
          before,
        )
      }
      await expect(historyTable(page)).not.toHaveAttribute('aria-busy', 'true')
      const rows = await collectRows(page)
      expectContiguous(rows)
      pages.push(rows)
      if (at < pageCount) await next.click()
    }
    await expect(next).toBeDisabled()
    const all = pages.flat()
    expect(pages.map((rows) => rows.length)).toEqual(
      Array.from({ length: pageCount }, (_, at) => Math.min(50, entries.length - at * 50)),
    )
    const texts = all.map(rowText)
    expect(texts.filter((text, at) => texts.indexOf(text) !== at)).toEqual([])
    expect(all.map((row) => row.date)).toEqual(entries.map((entry) => entry.occurredAt))
    await expectAccessibleInBothThemes(page)
  })
}
