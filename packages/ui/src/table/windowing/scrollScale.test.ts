import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_SCROLL_HEIGHT, scrollLayout } from './scrollScale.js'

const ROW = 40
const VIEWPORT = 440

/** The layout of a list of `rows` rows scrolled to virtual `offset`, rendering what is in view. */
function layoutAt(rows: number, offset: number) {
  const total = ROW + rows * ROW
  const first = Math.max(0, Math.floor((offset - ROW) / ROW))
  const last = Math.min(rows - 1, first + Math.ceil(VIEWPORT / ROW))
  const firstStart = ROW + first * ROW
  const lastEnd = ROW + (last + 1) * ROW
  const placed = scrollLayout({
    total,
    viewport: VIEWPORT,
    offset,
    firstStart,
    lastEnd,
    start: ROW,
  })
  return {
    ...placed,
    total,
    firstStart,
    lastEnd,
    boxHeight: ROW + placed.before + (lastEnd - firstStart) + placed.after,
  }
}

describe('scrollLayout', () => {
  it('is the plain virtual layout below the cap', () => {
    const placed = layoutAt(1000, 20_000)
    expect(placed.scale).toBe(1)
    expect(placed.before).toBe(placed.firstStart - ROW)
    expect(placed.boxHeight).toBe(placed.total)
  })

  it('keeps the box at most MAX_SCROLL_HEIGHT tall and every row reachable (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3_000_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, at) => {
          const total = ROW + rows * ROW
          const maxOffset = Math.max(0, total - VIEWPORT)
          const offset = Math.round(at * maxOffset)
          const placed = layoutAt(rows, offset)
          // The box never grows past the cap (nor past the list).
          expect(placed.boxHeight).toBeCloseTo(Math.min(total, MAX_SCROLL_HEIGHT), 1)
          // The box's scroll position covers the virtual range exactly: its end is the list's end.
          const boxScroll = offset / placed.scale
          expect(boxScroll).toBeLessThanOrEqual(Math.max(0, placed.boxHeight - VIEWPORT) + 1e-6)
          // Rows are drawn where the virtual position says: the first rendered row's top in the
          // box is as far from the box's scroll position as it is from the virtual one. (Within
          // the first screenful of a scaled box the spacer cannot go below zero: the rows there
          // move with the scrollbar, one to one, until the two placements meet.)
          const rowTopInBox = ROW + placed.before
          if (placed.before > 0) {
            expect(rowTopInBox - boxScroll).toBeCloseTo(placed.firstStart - offset, 1)
          } else {
            expect(rowTopInBox - boxScroll).toBeGreaterThanOrEqual(
              placed.firstStart - offset - 1e-6,
            )
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reaches the last of 1,000,000 rows at the end of the box', () => {
    const rows = 1_000_000
    const total = ROW + rows * ROW
    const placed = layoutAt(rows, total - VIEWPORT)
    const boxScroll = (total - VIEWPORT) / placed.scale
    expect(placed.boxHeight).toBe(MAX_SCROLL_HEIGHT)
    expect(boxScroll + VIEWPORT).toBeCloseTo(MAX_SCROLL_HEIGHT, 3)
    // The last row's bottom is the box's bottom.
    expect(ROW + placed.before + (placed.lastEnd - placed.firstStart)).toBeCloseTo(
      MAX_SCROLL_HEIGHT,
      3,
    )
  })
})
