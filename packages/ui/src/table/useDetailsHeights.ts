import { useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/** First guess at an open details panel; the real height is measured once it renders. */
const DETAILS_ESTIMATE = 320
const NO_HEIGHTS: ReadonlyMap<string, number> = new Map()

/**
 * The heights of details panels by entry id, measured by one ResizeObserver while they are
 * rendered, and kept after: a panel scrolled out of view and back does not jump.
 */
export function useDetailsHeights() {
  const [heights, setHeights] = useState(NO_HEIGHTS)
  const ids = useRef(new Map<Element, string>())
  const observer = useRef<ResizeObserver | null>(null)
  useEffect(() => () => observer.current?.disconnect(), [])

  /** A ref callback for the details row of entry `id`. */
  const measure = useCallback(
    (id: string) => (element: HTMLTableRowElement) => {
      if (typeof ResizeObserver === 'undefined') return
      observer.current ??= new ResizeObserver((resized) => {
        const measured = resized.flatMap(({ target, borderBoxSize }) => {
          const key = ids.current.get(target)
          const height = borderBoxSize[0]?.blockSize
          return key !== undefined && height ? [[key, height] as const] : []
        })
        // Rendered before the frame paints, so the rows below never show at the estimate.
        flushSync(() =>
          setHeights((previous) =>
            measured.every(([key, height]) => previous.get(key) === height)
              ? previous
              : new Map([...previous, ...measured]),
          ),
        )
      })
      const resizes = observer.current
      ids.current.set(element, id)
      resizes.observe(element)
      return () => {
        resizes.unobserve(element)
        ids.current.delete(element)
      }
    },
    [],
  )
  const heightOf = useCallback((id: string) => heights.get(id) ?? DETAILS_ESTIMATE, [heights])
  return { heightOf, measure }
}
