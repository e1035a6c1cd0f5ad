/**
 * The tallest scroll content the table lays out. Browsers cap an element's height (Chromium at
 * 33,554,432 px, about 840,000 rows of 40 px; Firefox lower still), so a ledger taller than this
 * is scrolled through a shorter box: one pixel of scrollbar then moves several pixels of rows.
 */
export const MAX_SCROLL_HEIGHT = 10_000_000

/**
 * Pixels of rows per pixel of scrollbar: 1 below the cap; above it the box's scroll range maps
 * linearly onto the ledger's, so the last row is always reachable.
 */
export function scrollScale(total: number, viewport: number): number {
  const boxHeight = Math.min(total, MAX_SCROLL_HEIGHT)
  return total > MAX_SCROLL_HEIGHT && boxHeight > viewport
    ? (total - viewport) / (boxHeight - viewport)
    : 1
}

/** Where rendered rows go in a scroll box of at most `MAX_SCROLL_HEIGHT` (all in pixels). */
export interface ScrollLayoutInput {
  /** The whole list's height, header row included. */
  total: number
  /** The scroll box's visible height. */
  viewport: number
  /** The virtual scroll position: the box's, times the scale. */
  offset: number
  /** Virtual start of the first rendered row and end of the last. */
  firstStart: number
  lastEnd: number
  /** The header row's height above the first row. */
  start: number
}

/**
 * The spacer heights that put the rendered rows where the box's scroll position shows them, and
 * the scale from box pixels to virtual ones (1 below the cap).
 */
export function scrollLayout(input: ScrollLayoutInput) {
  const { total, viewport, offset, firstStart, lastEnd, start } = input
  const boxHeight = Math.min(total, MAX_SCROLL_HEIGHT)
  const scale = scrollScale(total, viewport)
  // The first rendered row sits as far below the box's scroll position as it sits below the
  // virtual one. Within the first screenful of a scaled box that would need a negative spacer;
  // there the rows move one to one with the scrollbar until the two placements meet.
  const before = Math.max(0, offset / scale + (firstStart - offset) - start)
  const after = Math.max(0, boxHeight - before - start - (lastEnd - firstStart))
  return { before, after, scale }
}
