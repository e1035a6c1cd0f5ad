import type { LedgerEntry } from '@usage-kit/core'
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { ledgerFacts } from './ledgerFacts.js'

interface ShowGrantOptions {
  entries: readonly LedgerEntry[]
  order: Uint32Array | null
  toggleExpanded: (id: string, open?: boolean) => void
  scrollRef: RefObject<HTMLDivElement | null>
  /** Scrolls the box so `row` sits just below the sticky header row. */
  scrollToRow: (row: number) => void
  /** The element id of `row`'s details panel. */
  detailsId: (row: number) => string
}

/**
 * "Show grant": expands the grant, then (once its panel is part of the list) scrolls its row to
 * the top, and focuses the row once it has rendered: the row just before its details panel.
 */
export function useShowGrant(options: ShowGrantOptions) {
  const { entries, order, toggleExpanded, scrollRef } = options
  const [reveal, setReveal] = useState<{ row: number } | null>(null)
  const scrolledFor = useRef<object | null>(null)
  const focusedFor = useRef<object | null>(null)
  useEffect(() => {
    const box = scrollRef.current
    if (!reveal || !box || focusedFor.current === reveal) return
    if (scrolledFor.current !== reveal) {
      scrolledFor.current = reveal
      options.scrollToRow(reveal.row)
    }
    const root = box.getRootNode() as Document | ShadowRoot
    const row = root.getElementById(options.detailsId(reveal.row))?.previousElementSibling
    if (!(row instanceof HTMLElement)) return
    focusedFor.current = reveal
    row.focus({ preventScroll: true })
  })
  return useCallback(
    (grantId: string) => {
      const position = ledgerFacts(entries).grants.get(grantId)
      const row = position === undefined || !order ? position : order.indexOf(position)
      if (row === undefined || row < 0) return
      toggleExpanded(grantId, true)
      setReveal({ row })
    },
    [entries, order, toggleExpanded],
  )
}
