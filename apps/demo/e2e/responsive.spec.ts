/**
 * The drop-in and the compose page on narrow screens and in a narrow column: the ledger table
 * switches to stacked rows (a container query on its own width), so every row shows its amount
 * without sideways scrolling; "Sort by" stands in for the header; details open and close; the
 * table stays a table to assistive technology.
 */
import type { Locator, Page } from '@playwright/test'
import { demoUrl, expect, expectAccessible, test } from './fixtures.js'
import { expectedEntries } from './ledger.js'
import {
  expectAccessibleInBothThemes,
  historyTable,
  saveScreenshot,
  tabTo,
  waitForRows,
} from './ui.js'

/** The compose page has no totals: waits for the table's rows only. */
async function waitForTable(page: Page): Promise<void> {
  await expect(historyTable(page).getByRole('row').nth(1)).toBeVisible()
  await expect(historyTable(page)).not.toHaveAttribute('aria-busy', 'true')
}

/** Nothing on the page or in the table's scroll box scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    scrollers: Array.from(document.querySelectorAll('table')).map((table) => {
      let box: HTMLElement | null = table.parentElement
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowY)) box = box.parentElement
      return box ? [box.scrollWidth, box.clientWidth] : [0, 0]
    }),
  }))
  expect(widths.page[0], 'page scrollWidth').toBeLessThanOrEqual(widths.page[1] as number)
  for (const [scrollWidth, clientWidth] of widths.scrollers) {
    expect(scrollWidth, 'table scroller scrollWidth').toBeLessThanOrEqual(clientWidth as number)
  }
}

/**
 * Every row in view of the table's scroll box shows its Amount cell whole, inside the box and
 * inside the viewport; returns how many rows were checked.
 */
async function expectAmountsInView(page: Page, table: Locator): Promise<number> {
  const viewport = page.viewportSize()?.width ?? 0
  const rows = await table.evaluate((element) => {
    const heads = Array.from(element.querySelectorAll('thead th')).map((th) =>
      (th.textContent ?? '').trim(),
    )
    const at = heads.indexOf('Amount')
    let scroller: HTMLElement | null = element.parentElement
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement
    }
    const box = (scroller ?? element).getBoundingClientRect()
    return Array.from(element.querySelectorAll('tbody tr[aria-rowindex]'))
      .filter((tr) => tr.children.length === heads.length)
      .map((tr) => ({ row: tr.getBoundingClientRect(), cell: tr.children[at] as HTMLElement }))
      .filter(({ row }) => row.bottom > box.top + 1 && row.top < box.bottom - 1)
      .map(({ cell }) => {
        const rect = cell.getBoundingClientRect()
        return {
          text: (cell.textContent ?? '').trim(),
          left: rect.left,
          right: rect.right,
          width: rect.width,
          // The cell shows all of its text (nothing cut off by its own overflow).
          whole: cell.scrollWidth <= cell.clientWidth + 1,
          boxLeft: box.left,
          boxRight: box.right,
        }
      })
  })
  expect(rows.length, 'rows in view').toBeGreaterThan(2)
  for (const row of rows) {
    expect(row.text, 'amount text').not.toBe('')
    expect(row.width, `amount ${row.text} has a box`).toBeGreaterThan(0)
    expect(row.whole, `amount ${row.text} is whole`).toBe(true)
    expect(row.left, `amount ${row.text} left edge`).toBeGreaterThanOrEqual(row.boxLeft)
    expect(row.right, `amount ${row.text} right edge`).toBeLessThanOrEqual(row.boxRight)
    expect(row.right, `amount ${row.text} in the viewport`).toBeLessThanOrEqual(viewport)
  }
  return rows.length
}

/** Scrolls the table's own scroll box to `top` and waits for the rows it renders. */
async function scrollTable(table: Locator, top: number): Promise<void> {
  await table.evaluate(async (element, to) => {
    let scroller: HTMLElement | null = element.parentElement
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement
    }
    if (scroller) scroller.scrollTop = to
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  }, top)
}

/** Chromium's own accessibility tree (not Playwright's reading of the DOM) for the table. */
async function chromiumRoles(page: Page): Promise<{ roles: string[]; headers: string[] }> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[]
  }
  await cdp.detach()
  const shown = nodes.filter((node) => !node.ignored)
  return {
    roles: shown.map((node) => String(node.role?.value)),
    headers: shown
      .filter((node) => node.role?.value === 'columnheader')
      .map((node) => String(node.name?.value)),
  }
}

/**
 * The checks every narrow layout passes: amounts in view at the top and further down, no
 * sideways scroll, the table still a table with its column headers, "Sort by" from the keyboard
 * (the hidden header's buttons out of the tab order), details open and close.
 */
async function checkNarrowTable(
  page: Page,
  table: Locator,
  open: (toggle: Locator) => Promise<void>,
) {
  await expectNoSidewaysScroll(page)
  await expectAmountsInView(page, table)
  await scrollTable(table, 900)
  await expectAmountsInView(page, table)
  await scrollTable(table, 0)

  const tree = await chromiumRoles(page)
  expect(tree.roles).toContain('table')
  const count = (role: string) => tree.roles.filter((name) => name === role).length
  // The header row and the stacked rows are rows still, their cells cells.
  expect(count('row')).toBeGreaterThan(5)
  expect(count('cell')).toBeGreaterThanOrEqual(count('row') * 4)
  expect(tree.headers).toEqual(expect.arrayContaining(['Date', 'Type', 'Amount', 'Balance']))

  // Sort by, keyboard only: type-ahead picks "Amount, descending"; the header follows.
  const entries = await expectedEntries('monk')
  const sortBy = page.getByRole('combobox', { name: 'Sort by' })
  await expect(sortBy).toBeVisible()
  await expect(sortBy).toHaveValue('date:desc')
  await tabTo(page, sortBy)
  await page.keyboard.press('a')
  await expect(sortBy).toHaveValue('amount:desc')
  const amount = table.getByRole('columnheader', { name: 'Amount' })
  await expect(amount).toHaveAttribute('aria-sort', 'descending')
  const largest = entries
    .slice(0, 50)
    .reduce((best, entry) => ((entry.credits ?? 0) > (best.credits ?? 0) ? entry : best))
  const firstRow = table.getByRole('row').nth(1)
  await expect(firstRow.getByRole('time').first()).toHaveAttribute('datetime', largest.occurredAt)
  // Next in the tab order: Columns, then the first row's toggle (not the out-of-sight header).
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Columns' })).toBeFocused()
  await page.keyboard.press('Tab')
  const toggle = firstRow.getByRole('button', { name: 'Show details' })
  await expect(toggle).toBeFocused()
  // Back to newest first: Home picks the first option.
  await sortBy.focus()
  await page.keyboard.press('Home')
  await expect(sortBy).toHaveValue('date:desc')
  await expect(table.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )

  // Details: open (tap or click), in view and not wider than the table; then closed again.
  await open(table.getByRole('button', { name: 'Show details' }).first())
  const record = table.getByRole('region', { name: 'Provider record' })
  await expect(record).toBeVisible()
  await expect(table.getByRole('button', { name: 'Hide details' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expectNoSidewaysScroll(page)
  const tableBox = await table.boundingBox()
  const recordBox = await record.boundingBox()
  expect((recordBox?.x ?? 0) + (recordBox?.width ?? 0)).toBeLessThanOrEqual(
    (tableBox?.x ?? 0) + (tableBox?.width ?? 0),
  )
  await expectAccessible(page)
  await table.getByRole('button', { name: 'Hide details' }).focus()
  await page.keyboard.press('Enter')
  await expect(record).toHaveCount(0)
  await expect(table.getByRole('button', { name: 'Hide details' })).toHaveCount(0)
}

test.describe('on a phone, 390 px with touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the drop-in: stacked rows with amounts in view, Sort by, details, axe', async ({
    page,
  }) => {
    await page.goto(demoUrl({ provider: 'monk' }))
    await waitForRows(page)
    const table = historyTable(page)
    await checkNarrowTable(page, table, (toggle) => toggle.tap())
    await expectAccessibleInBothThemes(page)
    await saveScreenshot(page, test.info(), 'responsive-390')
  })

  test('dark theme: the same, and axe clean', async ({ page }) => {
    await page.goto(demoUrl({ provider: 'monk', theme: 'dark' }))
    await waitForRows(page)
    await expectNoSidewaysScroll(page)
    await expectAmountsInView(page, historyTable(page))
    await expectAccessible(page)
  })

  test('the compose page: no sideways scroll, the code wraps inside its box', async ({ page }) => {
    await page.goto(demoUrl({ provider: 'monk' }, '/compose'))
    await waitForTable(page)
    await expectNoSidewaysScroll(page)
    await expectAmountsInView(page, historyTable(page))
    await expectCodeInItsBox(page)
  })
})

test.describe('in a 540 px column (the compose page at 1,208 px)', () => {
  test.use({ viewport: { width: 1208, height: 1000 } })

  test('stacked rows with amounts and balances in view, Sort by, details, axe', async ({
    page,
  }) => {
    await page.goto(demoUrl({ provider: 'monk' }, '/compose'))
    await waitForTable(page)
    const table = historyTable(page)
    const column = page.getByRole('region', { name: 'Live result' })
    expect((await column.boundingBox())?.width).toBe(540)
    // The balance fits here: shown in every row in view.
    const balances = table.locator('td[data-column="balance"]')
    await expect(balances.first()).toBeVisible()
    await checkNarrowTable(page, table, (toggle) => toggle.click())
    await expectCodeInItsBox(page)
    await expectAccessibleInBothThemes(page)
    await saveScreenshot(page, test.info(), 'responsive-compose-540')
  })
})

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 }, hasTouch: true, isMobile: true })

  test('the filter bar, totals, chart and table fit; amounts in view', async ({ page }) => {
    await page.goto(demoUrl({ provider: 'monk' }))
    await waitForRows(page)
    await expectNoSidewaysScroll(page)
    await expectAmountsInView(page, historyTable(page))
    // Nothing of the kit's reaches past the viewport's edge.
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.uk-root *'))
        .filter((element) => {
          const rect = element.getBoundingClientRect()
          return rect.width > 0 && rect.right > document.documentElement.clientWidth + 0.5
        })
        // Out of sight by design: visually hidden text, and the stacked table's header row
        // (zero tall, clipped; there for assistive technology).
        .filter((element) => !element.closest('.uk-visually-hidden, thead'))
        .map((element) => element.className || element.tagName),
    )
    expect(overflowing).toEqual([])
    await expectAccessible(page)
    await saveScreenshot(page, test.info(), 'responsive-320')
  })
})

/** The compose page's code sample stays inside its box: wrapped, nothing cut off. */
async function expectCodeInItsBox(page: Page): Promise<void> {
  const code = page.getByRole('region', { name: 'Code' })
  const sizes = await code.locator('pre').evaluate((pre) => ({
    scrollWidth: pre.scrollWidth,
    clientWidth: pre.clientWidth,
    right: pre.getBoundingClientRect().right,
    viewport: document.documentElement.clientWidth,
  }))
  expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth)
  expect(sizes.right).toBeLessThanOrEqual(sizes.viewport)
}
