import { useEffect, useLayoutEffect, useState } from 'react'
import { flushSync } from 'react-dom'

export interface ElementWidth {
  /** Null until measured (server rendering, or before the first layout without a fixed width). */
  width: number | null
  /** The element's resolved text direction is right to left. */
  rtl: boolean
}

// Layout effects do not run on the server; this keeps server renders free of the warning.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

function isRtl(element: HTMLElement): boolean {
  const direction = getComputedStyle(element).direction
  if (direction) return direction === 'rtl'
  return element.closest('[dir]')?.getAttribute('dir') === 'rtl'
}

/**
 * The width of an element (a callback ref target), kept in step with its container by a
 * ResizeObserver, or `fixed` when given. Measured in a layout effect so the first paint already
 * has the right width, and resizes are rendered synchronously (flushSync) so a resize never shows
 * one frame of the old width.
 */
export function useElementWidth(
  element: HTMLElement | null,
  fixed: number | undefined,
): ElementWidth {
  const [measured, setMeasured] = useState<ElementWidth>({ width: null, rtl: false })

  useIsomorphicLayoutEffect(() => {
    if (!element) return
    const read = (width: number) => {
      const next = { width: Math.floor(width), rtl: isRtl(element) }
      setMeasured((previous) =>
        previous.width === next.width && previous.rtl === next.rtl ? previous : next,
      )
    }
    read(element.getBoundingClientRect().width)
    if (fixed !== undefined || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver((records) => {
      const record = records[records.length - 1]
      if (record) flushSync(() => read(record.contentRect.width))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, fixed])

  const width = fixed ?? (measured.width && measured.width > 0 ? measured.width : null)
  return { width: width === null ? null : Math.max(1, Math.floor(width)), rtl: measured.rtl }
}
