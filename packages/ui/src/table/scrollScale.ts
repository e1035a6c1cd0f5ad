import {
  elementScroll,
  observeElementOffset,
  type VirtualItem,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { useMemo, useRef } from 'react'

/**
 * The tallest scroll content the table lays out. Browsers cap an element's height (Chromium at
 * 33,554,432 px, about 840,000 rows of 40 px; Firefox lower still), so a ledger taller than this
 * is scrolled through a shorter box: one pixel of scrollbar then moves several pixels of rows.
 */
export const MAX_SCROLL_HEIGHT = 10_000_000

type RowVirtualizer = Virtualizer<HTMLDivElement, HTMLTableRowElement>

/**
 * Scroll scaling for ledgers taller than `MAX_SCROLL_HEIGHT`. The virtualizer works in the
 * ledger's own (virtual) pixels; the scroll box is at most `MAX_SCROLL_HEIGHT` tall, and its
 * scroll position maps linearly onto the virtual one, so the last row is always reachable. Below
 * the cap the scale is 1 and nothing changes.
 */
export function useScrollScale() {
  const scale = useRef(1)
  const options = useMemo(
    () => ({
      observeElementOffset: (
        instance: RowVirtualizer,
        notify: (offset: number, isScrolling: boolean) => void,
      ) =>
        observeElementOffset(instance, (offset, isScrolling) =>
          notify(offset * scale.current, isScrolling),
        ),
      scrollToFn: (
        offset: number,
        { adjustments = 0, behavior }: { adjustments?: number; behavior?: ScrollBehavior },
        instance: RowVirtualizer,
      ) =>
        elementScroll(
          (offset + adjustments) / scale.current,
          behavior ? { behavior } : {},
          instance,
        ),
    }),
    [],
  )

  /**
   * The spacers around the rendered rows, in the scroll box's pixels, and the scale for the
   * next scroll event. `start` is the space taken by the sticky header row above the first row.
   */
  function layout(virtualizer: RowVirtualizer, items: readonly VirtualItem[], start: number) {
    const first = items[0]
    const last = items[items.length - 1]
    const placed = scrollLayout({
      total: virtualizer.getTotalSize(),
      viewport: virtualizer.scrollRect?.height ?? 0,
      offset: virtualizer.scrollOffset ?? 0,
      firstStart: first?.start ?? start,
      lastEnd: last?.end ?? start,
      start,
    })
    scale.current = placed.scale
    return first ? placed : { before: 0, after: 0 }
  }

  return { options, layout }
}

/** Where rendered rows go in a scroll box of at most `MAX_SCROLL_HEIGHT` (all in pixels). */
export interface ScrollLayoutInput {
  /** The whole list's height (the virtualizer's total, header row included). */
  total: number
  /** The scroll box's visible height. */
  viewport: number
  /** The virtual scroll position (the virtualizer's). */
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
  const scale =
    total > MAX_SCROLL_HEIGHT && boxHeight > viewport
      ? (total - viewport) / (boxHeight - viewport)
      : 1
  // The first rendered row sits as far below the box's scroll position as it sits below the
  // virtual one. Within the first screenful of a scaled box that would need a negative spacer;
  // there the rows move one to one with the scrollbar until the two placements meet.
  const before = Math.max(0, offset / scale + (firstStart - offset) - start)
  const after = Math.max(0, boxHeight - before - start - (lastEnd - firstStart))
  return { before, after, scale }
}
