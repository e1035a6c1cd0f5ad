'use client'

import type { LedgerEntry } from '@usage-kit/core'
import { useCallback, useId, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { useAfterFirstPaint } from '../../primitives/useAfterFirstPaint.js'
import type { InfiniteControls } from '../ordering/index.js'
import { rowStart, rowWindow, totalHeight } from './rowWindow.js'
import { scrollLayout, scrollScale } from './scrollScale.js'
import { useDetailsHeights } from './useDetailsHeights.js'
import { useLoadAhead } from './useLoadAhead.js'
import { useObservedHeight } from './useObservedHeight.js'
import { useShowGrant } from './useShowGrant.js'

/**
 * Rows rendered beyond each edge of the viewport. Few are needed: rows are rendered in the scroll
 * event itself (flushSync), so they are in place before the frame paints; each overscan row
 * costs ~16 elements, and the DOM stays under 300 nodes whatever the ledger's size. The first
 * paint shows only the rows in view; the overscan follows once that paint is on screen.
 */
const OVERSCAN = 2
const FALLBACK_ROW_HEIGHT = 40

/** What the windowing needs from the grid: the rows, what is open, and the scroll box. */
export interface VirtualRowsOptions {
  entries: readonly LedgerEntry[]
  /** Positions into the entries in display order; null for the entries' own order. */
  order: Uint32Array | null
  /** The grants among the entries, id to entry position (see `LedgerFacts`). */
  grants: ReadonlyMap<string, number>
  /** Infinite mode's controls, null in the other modes. */
  infinite: InfiniteControls | null
  /** Loading more failed: no page is asked for until the user retries. */
  loadFailed: boolean
  /** The ids of the entries whose details are open. */
  expanded: ReadonlySet<string>
  toggleExpanded: (id: string, open?: boolean) => void
  /** Any change scrolls back to the top. */
  resetKey: string
  scrollRef: RefObject<HTMLDivElement | null>
  /** The scroll box's maximum height: the viewport until a scroll reads the real one. */
  height: number
}

/**
 * Row windowing: only the rows in view (plus overscan) exist in the DOM, whatever the size of the
 * ledger. Rows have one fixed height, so where each sits is arithmetic; open details panels are
 * the only items measured one by one. That height is measured, not parsed: a hidden probe in the
 * scroll box is exactly as tall as a row in the current layout (`--uk-table-row-size`: the theme's
 * `--uk-row-height` in any unit, taller for the stacked rows of a narrow table), and the header
 * row is measured too (out of the flow when stacked). Both are watched by ResizeObservers, so a
 * density or layout change at run time moves the window with the rows. Nothing is read from
 * layout before the first paint: the observers deliver after layout and before paint, and the
 * box's maximum height stands in for the viewport until a scroll.
 */
export function useVirtualRows(options: VirtualRowsOptions) {
  const { entries, order, grants, infinite, expanded, toggleExpanded, scrollRef } = options
  const [measuredRow, probeRef] = useObservedHeight(FALLBACK_ROW_HEIGHT)
  const rowHeight = measuredRow > 0 ? measuredRow : FALLBACK_ROW_HEIGHT
  const [header, headRef] = useObservedHeight(FALLBACK_ROW_HEIGHT)
  const [scrollTop, setScrollTop] = useState(0)
  const [viewport, setViewport] = useState(options.height)
  const overscan = useAfterFirstPaint() ? OVERSCAN : 0
  const { heightOf, measure } = useDetailsHeights()

  const count = entries.length
  const entryAt = useCallback(
    (row: number) => entries[order ? (order[row] as number) : row] as LedgerEntry,
    [entries, order],
  )
  const openRows = useMemo(() => {
    if (expanded.size === 0) return NO_ROWS
    const rows: number[] = []
    for (let row = 0; row < count; row++) if (expanded.has(entryAt(row).id)) rows.push(row)
    return rows
  }, [count, entryAt, expanded])
  const layout = useMemo(
    () => ({
      count,
      rowHeight,
      header,
      openRows,
      openHeights: openRows.map((row) => heightOf(entryAt(row).id)),
    }),
    [count, rowHeight, header, openRows, heightOf, entryAt],
  )
  const total = totalHeight(layout)
  const scale = scrollScale(total, viewport)
  const offset = scrollTop * scale
  const items = useMemo(
    () => rowWindow(layout, offset, viewport, overscan),
    [layout, offset, viewport, overscan],
  )
  const first = items[0]
  const last = items[items.length - 1]
  const spacers =
    first && last
      ? scrollLayout({
          total,
          viewport,
          offset,
          firstStart: first.start,
          lastEnd: last.end,
          start: header,
        })
      : { before: 0, after: 0 }

  // Rows follow the scroll in the scroll event itself, so they are in place before it paints.
  useEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const onScroll = () =>
      flushSync(() => {
        setScrollTop(element.scrollTop)
        setViewport(element.clientHeight)
      })
    element.addEventListener('scroll', onScroll, { passive: true })
    return () => element.removeEventListener('scroll', onScroll)
  }, [scrollRef])

  const itemCount = count + openRows.length
  useLoadAhead(infinite, options.loadFailed, itemCount, last?.index ?? -1)

  const { resetKey } = options
  const firstReset = useRef(resetKey)
  useEffect(() => {
    if (firstReset.current === resetKey) return
    firstReset.current = resetKey
    if (scrollRef.current) scrollRef.current.scrollTop = 0
  }, [resetKey, scrollRef])

  // Ids per entry position: provider ids may hold characters an id reference cannot.
  const baseId = useId()
  const detailsId = useCallback(
    (row: number) => `${baseId}-details-${order ? order[row] : row}`,
    [baseId, order],
  )
  const scrollToRow = useCallback(
    (row: number) => {
      if (scrollRef.current) scrollRef.current.scrollTop = (rowStart(layout, row) - header) / scale
    },
    [scrollRef, layout, header, scale],
  )
  const showGrant = useShowGrant({
    grants,
    order,
    toggleExpanded,
    scrollRef,
    rendered: items,
    scrollToRow,
    detailsId,
  })

  return {
    items,
    count: itemCount,
    expandedCount: openRows.length,
    entryAt,
    /** Whether a grant with this id is loaded (so a usage row naming it can reveal it). */
    isGrantLoaded: (grantId: string) => grants.has(grantId),
    showGrant,
    detailsId,
    measureDetails: measure,
    /** The ref of the hidden probe as tall as one row (`.uk-table__probe`). */
    measureProbe: probeRef,
    /** The ref of the header row group (<thead>). */
    measureHead: headRef,
    spacerBefore: spacers.before,
    spacerAfter: spacers.after,
  }
}

const NO_ROWS: readonly number[] = []
