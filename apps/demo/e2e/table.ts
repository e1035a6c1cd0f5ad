/**
 * Reading the virtualized ledger table: only the rows in and near view exist in the DOM, so a
 * walk scrolls the table's own scroll container and collects rows by their aria-rowindex.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures.js'
import { historyTable } from './ui.js'

/** One rendered table row, read through its column headers. */
export interface ShownRow {
  /** aria-rowindex: the row's position in the whole ledger (or in the page, offset mode). */
  index: number
  /** The Date cell's machine-readable time. */
  date: string
  type: string
  description: string
  amount: string
  balance: string
}

/** What tells one entry's row from another's: every value the row shows but its type. */
export const rowText = (row: ShownRow) =>
  `${row.date} | ${row.description} | ${row.amount} | ${row.balance}`

/** Rows in the DOM now (virtualized: the ones in and near view), and where the scroll is. */
function readRows(table: Locator) {
  return table.evaluate((element) => {
    const heads = Array.from(element.querySelectorAll('thead th')).map((th) =>
      (th.textContent ?? '').trim(),
    )
    const at = (name: string) => heads.indexOf(name)
    const rows = Array.from(element.querySelectorAll('tbody tr[aria-rowindex]'))
      .map((tr) => {
        const cells = Array.from(tr.querySelectorAll('td'))
        if (cells.length !== heads.length) return null
        const text = (name: string) => (cells[at(name)]?.textContent ?? '').trim()
        return {
          index: Number(tr.getAttribute('aria-rowindex')),
          date: cells[at('Date')]?.querySelector('time')?.getAttribute('datetime') ?? '',
          type: text('Type'),
          description: text('Description'),
          amount: text('Amount'),
          balance: text('Balance'),
        }
      })
      .filter((row) => row !== null)
    let scroller: HTMLElement | null = element.parentElement
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement
    }
    if (!scroller) throw new Error('the table has no scroll container')
    const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
    return { rows, atBottom, rowCount: Number(element.getAttribute('aria-rowcount')) }
  })
}

/** Scrolls the table's own scroll container by part of its height (or to a position). */
function scrollTable(table: Locator, to?: number) {
  return table.evaluate(async (element, target) => {
    let scroller: HTMLElement | null = element.parentElement
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) {
      scroller = scroller.parentElement
    }
    if (!scroller) throw new Error('the table has no scroll container')
    scroller.scrollTop = target ?? scroller.scrollTop + Math.floor(scroller.clientHeight * 0.6)
    // Two frames: the scroll event, then the virtualizer's render.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  }, to)
}

/**
 * Scrolls the table from the top to the end, collecting every row that renders, by position,
 * until every position up to `aria-rowcount` has been seen. `finished` says whether the end of
 * the scroll is the end of the data (infinite mode loads more there). A position that shows two
 * different entries during the walk fails the test.
 */
export async function collectRows(
  page: Page,
  finished: () => Promise<boolean> = async () => true,
): Promise<ShownRow[]> {
  const table = historyTable(page)
  const byIndex = new Map<number, ShownRow>()
  await scrollTable(table, 0)
  const deadline = Date.now() + 30_000
  for (;;) {
    const { rows, atBottom, rowCount } = await readRows(table)
    for (const row of rows) {
      const seen = byIndex.get(row.index)
      if (seen) expect(rowText(row), `row ${row.index} changed while scrolling`).toBe(rowText(seen))
      else byIndex.set(row.index, row)
    }
    // Done at the end of the data once every position the table announces has been seen (the
    // last rows can render a frame after the scroll reaches the bottom).
    if (atBottom && (await finished()) && rowCount > 1) {
      const positions = Array.from({ length: rowCount - 1 }, (_, at) => at + 2)
      if (positions.every((index) => byIndex.has(index))) break
    }
    if (Date.now() > deadline) throw new Error(`scrolled for 30 s; ${byIndex.size} rows seen`)
    if (atBottom) await page.waitForTimeout(100)
    else await scrollTable(table)
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index)
}

/** Rows are at positions 2, 3, ... (1 is the header) with none missing or shown twice. */
export function expectContiguous(rows: readonly ShownRow[]): void {
  expect(
    rows.map((row) => row.index),
    'aria-rowindex of the rows',
  ).toEqual(rows.map((_, at) => at + 2))
  const texts = rows.map(rowText)
  const repeated = texts.filter((text, at) => texts.indexOf(text) !== at)
  expect(repeated, 'entries shown twice').toEqual([])
}
