import { describe, expect, it } from 'vitest'
import { rowStart, rowWindow, totalHeight, type RowLayout } from './rowWindow.js'

const plain: RowLayout = { count: 100_000, rowHeight: 40, openRows: [], openHeights: [] }
const withPanels: RowLayout = { ...plain, openRows: [1, 50], openHeights: [100, 300] }

describe('rowWindow', () => {
  it('renders the rows in view and the overscan below them', () => {
    const items = rowWindow(plain, 0, 480, 2)
    expect(items.map((item) => item.row)).toEqual([...Array(13).keys()])
    expect(items[0]).toEqual({ row: 0, details: false, index: 0, start: 40, end: 80 })
    expect(totalHeight(plain)).toBe(40 * 100_001)
  })

  it('places rows by arithmetic deep in the list, overscan on both sides', () => {
    const items = rowWindow(plain, 40 * 70_000, 480, 2)
    expect(items[0]?.row).toBe(69_997)
    expect(items[0]?.start).toBe(rowStart(plain, 69_997))
    expect(items.at(-1)?.row).toBe(70_012)
  })

  it('puts an open panel under its row and moves the rows below by its height', () => {
    const items = rowWindow(withPanels, 0, 480, 2)
    expect(items.slice(1, 4)).toEqual([
      { row: 1, details: false, index: 1, start: 80, end: 120 },
      { row: 1, details: true, index: 2, start: 120, end: 220 },
      { row: 2, details: false, index: 3, start: 220, end: 260 },
    ])
    expect(rowStart(withPanels, 60)).toBe(61 * 40 + 400)
    expect(totalHeight(withPanels)).toBe(40 * 100_001 + 400)
  })

  it('starts at the open row when the viewport begins inside its panel', () => {
    const inPanel = rowStart(withPanels, 50) + 40 + 150
    const items = rowWindow(withPanels, inPanel, 480, 2)
    expect(items[0]?.row).toBe(48)
    expect(items.find((item) => item.details)).toMatchObject({ row: 50, index: 52 })
    expect(items.every((item) => item.row >= 48 && item.row < 70)).toBe(true)
  })
})

describe('rowWindow with a header of its own height', () => {
  // The stacked layout: rows 62 px tall (measured), the header out of the flow.
  const stacked: RowLayout = {
    count: 1000,
    rowHeight: 62,
    header: 0,
    openRows: [],
    openHeights: [],
  }

  it('puts row 0 at the top and counts no header row', () => {
    expect(rowStart(stacked, 0)).toBe(0)
    expect(rowStart(stacked, 10)).toBe(620)
    expect(totalHeight(stacked)).toBe(62 * 1000)
    const items = rowWindow(stacked, 0, 480, 0)
    expect(items[0]).toEqual({ row: 0, details: false, index: 0, start: 0, end: 62 })
    // 480 / 62: rows 0 to 7 meet the viewport.
    expect(items.map((item) => item.row)).toEqual([...Array(8).keys()])
  })

  it('starts at the row the offset is in', () => {
    const items = rowWindow(stacked, 62 * 500 + 30, 480, 0)
    expect(items[0]?.row).toBe(500)
  })
})
