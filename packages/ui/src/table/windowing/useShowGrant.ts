'use client'

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

interface ShowGrantOptions {
  /** The grants among the entries, id to entry position (see `LedgerFacts`). */
  grants: ReadonlyMap<string, number>
  order: Uint32Array | null
  toggleExpanded: (id: string, open?: boolean) => void
  scrollRef: RefObject<HTMLDivElement | null>
  /** The items rendered: a new value whenever the rows in the DOM may have changed. */
  rendered: unknown
  /** Scrolls the box so `row` sits just below the sticky header row. */
  scrollToRow: (row: number) => void
  /** The element id of `row`'s details panel. */
  detailsId: (row: number) => string
}

/**
 * "Show grant": expands the grant, then (once its panel is part of the list) scrolls its row to
 * the top, and focuses the row once it has rendered: the row just before its details panel. The
 * effect looks again only when the rendered rows change, the only time the row can appear.
 */
export function useShowGrant(options: ShowGrantOptions) {
  const { grants, order, toggleExpanded, scrollRef, rendered, scrollToRow, detailsId } = options
  const [reveal, setReveal] = useState<{ row: number } | null>(null)
  const scrolledFor = useRef<object | null>(null)
  const focusedFor = useRef<object | null>(null)
  useEffect(() => {
    const box = scrollRef.current
    if (!reveal || !box || focusedFor.current === reveal) return
    if (scrolledFor.current !== reveal) {
      scrolledFor.current = reveal
      scrollToRow(reveal.row)
    }
    const root = box.getRootNode() as Document | ShadowRoot
    const row = root.getElementById(detailsId(reveal.row))?.previousElementSibling
    if (!(row instanceof HTMLElement)) return
    focusedFor.current = reveal
    row.focus({ preventScroll: true })
  }, [reveal, rendered, scrollRef, scrollToRow, detailsId])
  return useCallback(
    (grantId: string) => {
      const position = grants.get(grantId)
      const row = position === undefined || !order ? position : order.indexOf(position)
      if (row === undefined || row < 0) return
      toggleExpanded(grantId, true)
      setReveal({ row })
    },
    [grants, order, toggleExpanded],
  )
}
