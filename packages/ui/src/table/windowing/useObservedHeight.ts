'use client'

import { useIsomorphicLayoutEffect } from '@usage-kit/react'
import { useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * The border-box height of an element, kept up to date by a ResizeObserver: whatever changes it
 * (a theme's density, the host's CSS in any length unit, a container query switching layouts) is
 * read from layout rather than parsed from CSS text. `initial` stands until the first
 * measurement, and stays where there is no ResizeObserver (jsdom). An element with no box
 * (`display: none`) measures 0.
 *
 * The ref is a state setter: React 18 calls it with null on unmount (and ignores a returned
 * cleanup), React 19 the same for a callback that returns nothing, so both versions disconnect
 * the observer in the effect's cleanup when the element goes.
 */
export function useObservedHeight(
  initial: number,
): readonly [height: number, ref: (element: Element | null) => void] {
  const [element, setElement] = useState<Element | null>(null)
  const [height, setHeight] = useState(initial)
  useIsomorphicLayoutEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return
    // The first delivery comes after this frame's layout and before its paint, so nothing is
    // read from layout here and the first frame already shows the measured height.
    const observer = new ResizeObserver(([entry]) => {
      const box = entry?.borderBoxSize?.[0]
      const next = box ? box.blockSize : element.getBoundingClientRect().height
      // Rendered at once: rows placed at the old height must not reach the screen.
      flushSync(() => setHeight(next))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [element])
  return [height, setElement]
}
