import type { LedgerEntry } from '@usage-kit/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react'
import type { InfiniteControls } from './ledgerView.js'
import { useScrollScale } from './scrollScale.js'

/** Rows before the end at which infinite mode asks for the next page. */
const LOAD_AHEAD_ROWS = 10
/**
 * Rows rendered beyond each edge of the viewport. Few are needed: the virtualizer renders in the
 * scroll event itself (flushSync), so rows are in place before the frame paints; each overscan
 * row costs ~16 elements, and the DOM stays under 300 nodes whatever the ledger's size.
 */
const OVERSCAN = 2
/** First guess at an open details panel; the real height is measured once it renders. */
const DETAILS_ESTIMATE = 320
const FALLBACK_ROW_HEIGHT = 40

/** One virtual item: an entry's row, or the details panel under an expanded entry. */
export interface RowSlot {
  /** Index into the sorted order. */
  row: number
  details: boolean
}

/**
 * Item `index` of the list in which every expanded row is followed by its details panel.
 * `expandedRows` is ascending and short, so a walk beats any index structure.
 */
export function slotAt(index: number, expandedRows: readonly number[]): RowSlot {
  let before = 0
  while (before < expandedRows.length && (expandedRows[before] as number) + before + 1 < index) {
    before++
  }
  const open = expandedRows[before]
  if (open !== undefined && open + before + 1 === index) return { row: open, details: true }
  return { row: index - before, details: false }
}

/** The virtual index of a sorted row: its position plus the details panels above it. */
function indexOfRow(row: number, expandedRows: readonly number[]): number {
  let before = 0
  while (before < expandedRows.length && (expandedRows[before] as number) < row) before++
  return row + before
}

interface VirtualRowsOptions {
  entries: readonly LedgerEntry[]
  order: Uint32Array
  expanded: ReadonlySet<string>
  toggleExpanded: (id: string, open?: boolean) => void
  scrollRef: RefObject<HTMLDivElement | null>
  /** The viewport height before layout is known (server render, first paint). */
  height: number
  infinite: InfiniteControls | null
  /** Stops automatic page loads (a failed load waits for the user's retry). */
  paused: boolean
  /** Any change scrolls back to the top (a new page, a new sort). */
  resetKey: string
}

/**
 * Row virtualization: only the rows in view (plus overscan) exist in the DOM, whatever the size
 * of the ledger. Rows have one fixed height read from `--uk-row-height`; open details panels are
 * the only measured items.
 */
export function useVirtualRows(options: VirtualRowsOptions) {
  const { entries, order, expanded, toggleExpanded, scrollRef, infinite, paused } = options
  const rowHeight = useRef(FALLBACK_ROW_HEIGHT)

  const expandedRows = useMemo(() => {
    if (expanded.size === 0) return NO_ROWS
    const rows: number[] = []
    for (let row = 0; row < order.length; row++) {
      const entry = entries[order[row] as number]
      if (entry && expanded.has(entry.id)) rows.push(row)
    }
    return rows
  }, [entries, order, expanded])

  // Grants by id: usage rows that name one can reveal it.
  const grants = useMemo(() => {
    const byId = new Map<string, number>()
    entries.forEach((entry, position) => {
      if (entry.kind === 'grant') byId.set(entry.id, position)
    })
    return byId
  }, [entries])

  const count = order.length + expandedRows.length
  const entryAt = useCallback(
    (row: number) => entries[order[row] as number] as LedgerEntry,
    [entries, order],
  )
  // Both callbacks keep their identity between renders: the virtualizer walks every item (all
  // 100,000 of them) whenever `getItemKey` changes, and a scroll frame is a render. Rows have one
  // fixed height and are never measured, so their key is their index (a cheap number to look up
  // on that walk); only a details panel, which is measured, is keyed by its entry's id.
  const estimateSize = useCallback(
    (index: number) =>
      expandedRows.length > 0 && slotAt(index, expandedRows).details
        ? DETAILS_ESTIMATE
        : rowHeight.current,
    [expandedRows],
  )
  const getItemKey = useCallback(
    (index: number): number | string => {
      if (expandedRows.length === 0) return index
      const slot = slotAt(index, expandedRows)
      return slot.details ? `${entryAt(slot.row).id}\u0000details` : index
    },
    [expandedRows, entryAt],
  )
  const getScrollElement = useCallback(() => scrollRef.current, [scrollRef])
  const scrollScale = useScrollScale()
  // The compiler cannot memoise around the virtualizer; nothing here relies on it doing so.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count,
    getScrollElement,
    estimateSize,
    getItemKey,
    ...scrollScale.options,
    overscan: OVERSCAN,
    // The sticky header row sits above the first entry and is as tall as a row.
    paddingStart: rowHeight.current,
    scrollPaddingStart: rowHeight.current,
    initialRect: { width: 0, height: options.height },
  })

  // The row height is a theme token (density), so it is read from CSS rather than assumed.
  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const height = parseFloat(getComputedStyle(element).getPropertyValue('--uk-row-height'))
    if (height > 0 && height !== rowHeight.current) {
      rowHeight.current = height
      virtualizer.measure()
    }
  }, [scrollRef, virtualizer])

  const items = virtualizer.getVirtualItems()
  const last = items[items.length - 1]?.index ?? -1
  const canLoad = infinite !== null && infinite.hasNextPage && !infinite.isFetchingNextPage
  // One request per length of the list: renders before `isFetchingNextPage` turns true must not
  // ask again (react-query would cancel the first request and start over).
  const requestedAt = useRef(-1)
  const fetchNextPage = infinite?.fetchNextPage
  useEffect(() => {
    if (paused) requestedAt.current = -1
    if (!canLoad || paused || count === 0 || requestedAt.current === count) return
    if (last < count - 1 - LOAD_AHEAD_ROWS) return
    requestedAt.current = count
    void fetchNextPage?.()
  }, [canLoad, paused, count, last, fetchNextPage])

  const { resetKey } = options
  const firstReset = useRef(resetKey)
  useEffect(() => {
    if (firstReset.current === resetKey) return
    firstReset.current = resetKey
    virtualizer.scrollToOffset(0)
  }, [resetKey, virtualizer])

  // "Show grant": expand the grant, scroll it into view, and focus it once it has rendered.
  const rowElements = useRef(new Map<string, HTMLTableRowElement>())
  const pendingFocus = useRef<string | null>(null)
  const registerRow = useCallback((id: string, element: HTMLTableRowElement | null) => {
    if (element) rowElements.current.set(id, element)
    else rowElements.current.delete(id)
  }, [])
  const showGrant = useCallback(
    (grantId: string) => {
      const position = grants.get(grantId)
      if (position === undefined) return
      const row = order.indexOf(position)
      if (row < 0) return
      toggleExpanded(grantId, true)
      pendingFocus.current = grantId
      // Its own details open below it, so the rows above (and this index) do not move.
      virtualizer.scrollToIndex(indexOfRow(row, expandedRows), { align: 'start' })
    },
    [grants, order, expandedRows, toggleExpanded, virtualizer],
  )
  useEffect(() => {
    const id = pendingFocus.current
    const element = id === null ? undefined : rowElements.current.get(id)
    if (!element) return
    pendingFocus.current = null
    element.focus({ preventScroll: true })
  })

  const spacers = scrollScale.layout(virtualizer, items, rowHeight.current)
  return {
    virtualizer,
    items,
    count,
    expandedCount: expandedRows.length,
    slot: (index: number) => slotAt(index, expandedRows),
    entryAt,
    grants,
    showGrant,
    registerRow,
    spacerBefore: spacers.before,
    spacerAfter: spacers.after,
  }
}

const NO_ROWS: readonly number[] = []
