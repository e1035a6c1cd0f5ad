/**
 * The rows of a ledger laid out by arithmetic: every row is `rowHeight` tall, and the only other
 * items are the details panels under the few expanded rows, each with its own (measured) height.
 * Nothing here is per row: a 100,000-row ledger costs what a 10-row one does.
 */
export interface RowLayout {
  /** Rows in the sorted order. */
  count: number
  rowHeight: number
  /**
   * The header row's height above the first row: one row height in the table layout, none when
   * the header is out of the flow (the stacked layout of a narrow table).
   * @default rowHeight
   */
  header?: number
  /** Rows (positions in the sorted order) whose details panel is open, ascending. */
  openRows: readonly number[]
  /** The height of each open panel, in `openRows` order. */
  openHeights: readonly number[]
}

/** One rendered item: an entry's row, or the details panel under an expanded row. */
export interface RowItem {
  /** Position in the sorted order. */
  row: number
  details: boolean
  /** Position among all items (rows and panels), for `aria-rowindex`. */
  index: number
  /** Top and bottom, in virtual pixels (the header row above the first row included). */
  start: number
  end: number
}

/** The header row's height (one row height unless the layout says otherwise). */
export const headerHeight = (layout: RowLayout): number => layout.header ?? layout.rowHeight

/** The whole list's height: the header row, every row, every open panel. */
export function totalHeight(layout: RowLayout): number {
  return (
    headerHeight(layout) +
    layout.count * layout.rowHeight +
    sum(layout.openHeights, layout.openHeights.length)
  )
}

/** The top of `row` in virtual pixels (the header row sits above row 0). */
export function rowStart(layout: RowLayout, row: number): number {
  return (
    headerHeight(layout) +
    row * layout.rowHeight +
    sum(layout.openHeights, openBefore(layout.openRows, row))
  )
}

/**
 * The items that meet the viewport `[offset, offset + viewport)`, plus `overscan` rows beyond
 * each edge.
 */
export function rowWindow(
  layout: RowLayout,
  offset: number,
  viewport: number,
  overscan: number,
): RowItem[] {
  const { count, rowHeight, openRows, openHeights } = layout
  // The first row whose own row or open panel reaches below `offset`: panels above it are whole.
  let open = 0
  let extra = 0
  while (open < openRows.length) {
    const panelEnd =
      rowStart(layout, openRows[open] as number) + rowHeight + (openHeights[open] as number)
    if (panelEnd > offset) break
    extra += openHeights[open] as number
    open++
  }
  const inView = Math.floor((offset - extra - headerHeight(layout)) / rowHeight)
  const first = Math.max(0, Math.min(inView, openRows[open] ?? count, count - 1) - overscan)

  const items: RowItem[] = []
  open = openBefore(openRows, first)
  let start = rowStart(layout, first)
  let beyond = 0
  for (let row = first; row < count; row++) {
    if (start >= offset + viewport && beyond++ === overscan) break
    items.push({ row, details: false, index: row + open, start, end: start + rowHeight })
    start += rowHeight
    if (openRows[open] === row) {
      const end = start + (openHeights[open] as number)
      items.push({ row, details: true, index: row + open + 1, start, end })
      start = end
      open++
    }
  }
  return items
}

/** How many of the ascending `openRows` come before `row`. */
function openBefore(openRows: readonly number[], row: number): number {
  let before = 0
  while (before < openRows.length && (openRows[before] as number) < row) before++
  return before
}

function sum(values: readonly number[], end: number): number {
  let total = 0
  for (let i = 0; i < end; i++) total += values[i] as number
  return total
}
