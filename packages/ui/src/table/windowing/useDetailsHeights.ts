'use client'

import { useCallback, useRef, useState } from 'react'
import { flushSync } from 'react-dom'

/** First guess at an open details panel; the real height is measured once it renders. */
const DETAILS_ESTIMATE = 320
const NO_HEIGHTS: ReadonlyMap<string, number> = new Map()

type MeasureRef = (element: HTMLTableRowElement | null) => void

/**
 * The heights of details panels by entry id, measured while they are rendered (a ResizeObserver
 * each: only a few are ever open) and kept after, so a panel scrolled away and back never jumps.
 */
export function useDetailsHeights() {
  const [heights, setHeights] = useState(NO_HEIGHTS)
  // What the observers compare with, and one ref callback per id: a callback of a new identity on
  // every render made React tear each observer down and observe again inside the observers' own
  // delivery (the browser's "ResizeObserver loop" error) after every measured change.
  const measured = useRef(new Map<string, number>())
  const callbacks = useRef(new Map<string, MeasureRef>())
  // The observer of each rendered panel. The ref callbacks return no cleanup (React 18 ignores
  // one, and calls the callback with null instead): a panel that closes is unobserved on that null.
  const observers = useRef(new Map<string, ResizeObserver>())
  /** The ref callback for the details row of entry `id`; the same function for the same id. */
  const measure = useCallback((id: string): MeasureRef => {
    let callback = callbacks.current.get(id)
    if (!callback) {
      callback = (element) => {
        observers.current.get(id)?.disconnect()
        observers.current.delete(id)
        if (!element || typeof ResizeObserver === 'undefined') return
        const observer = new ResizeObserver(([resized]) => {
          const height = resized?.borderBoxSize[0]?.blockSize
          if (!height || height === measured.current.get(id)) return
          measured.current.set(id, height)
          // Rendered before the frame paints, so the rows below never show at the estimate.
          flushSync(() => setHeights(new Map(measured.current)))
        })
        observer.observe(element)
        observers.current.set(id, observer)
      }
      callbacks.current.set(id, callback)
    }
    return callback
  }, [])
  const heightOf = useCallback((id: string) => heights.get(id) ?? DETAILS_ESTIMATE, [heights])
  return { heightOf, measure }
}
