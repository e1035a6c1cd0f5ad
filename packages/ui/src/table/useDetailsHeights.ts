import { useCallback, useState } from 'react'
import { flushSync } from 'react-dom'

/** First guess at an open details panel; the real height is measured once it renders. */
const DETAILS_ESTIMATE = 320
const NO_HEIGHTS: ReadonlyMap<string, number> = new Map()

/**
 * The heights of details panels by entry id, measured while they are rendered (a ResizeObserver
 * each: only a few are ever open) and kept after, so a panel scrolled away and back never jumps.
 */
export function useDetailsHeights() {
  const [heights, setHeights] = useState(NO_HEIGHTS)
  /** A ref callback for the details row of entry `id`. */
  const measure = useCallback(
    (id: string) => (element: HTMLTableRowElement) => {
      if (typeof ResizeObserver === 'undefined') return
      const observer = new ResizeObserver(([resized]) => {
        const height = resized?.borderBoxSize[0]?.blockSize
        // Rendered before the frame paints, so the rows below never show at the estimate.
        if (height && height !== heights.get(id)) {
          flushSync(() => setHeights((previous) => new Map(previous).set(id, height)))
        }
      })
      observer.observe(element)
      return () => observer.disconnect()
    },
    [heights],
  )
  const heightOf = useCallback((id: string) => heights.get(id) ?? DETAILS_ESTIMATE, [heights])
  return { heightOf, measure }
}
