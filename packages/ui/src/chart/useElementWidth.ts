'use client'

import { useCallback, useRef, useState, type RefCallback } from 'react'
import { flushSync } from 'react-dom'

export interface ElementWidth {
  /** Null until measured (server rendering, or before the first layout without a fixed width). */
  width: number | null
  /** The element's resolved text direction is right to left. */
  rtl: boolean
  /** Attach to the element to measure. */
  ref: RefCallback<HTMLElement>
}

function isRtl(element: HTMLElement): boolean {
  const direction = getComputedStyle(element).direction
  if (direction) return direction === 'rtl'
  return element.closest('[dir]')?.getAttribute('dir') === 'rtl'
}

/**
 * The width of an element, kept in step with its container by a ResizeObserver, or `fixed` when
 * given. Measured in the ref callback, which runs in the same commit as a layout effect (so the
 * first paint already has the right width) but without a render in between: mounting costs one
 * render without the width and one with it. Resizes are rendered synchronously (flushSync) so a
 * resize never shows one frame of the old width.
 *
 * The ref callback returns no cleanup (React 18 ignores one and calls the callback with null
 * instead): the observer is disconnected on that null, or when the callback is replaced.
 */
export function useElementWidth(fixed: number | undefined): ElementWidth {
  const [measured, setMeasured] = useState<{ width: number | null; rtl: boolean }>({
    width: null,
    rtl: false,
  })
  const observer = useRef<ResizeObserver | null>(null)

  const ref = useCallback(
    (element: HTMLElement | null) => {
      observer.current?.disconnect()
      observer.current = null
      // Refs are not attached on the server, so nothing here runs there.
      if (!element) return
      const read = (width: number) => {
        const next = { width: Math.floor(width), rtl: isRtl(element) }
        setMeasured((previous) =>
          previous.width === next.width && previous.rtl === next.rtl ? previous : next,
        )
      }
      read(element.getBoundingClientRect().width)
      if (fixed !== undefined || typeof ResizeObserver === 'undefined') return
      const resizes = new ResizeObserver((records) => {
        const record = records[records.length - 1]
        if (record) flushSync(() => read(record.contentRect.width))
      })
      resizes.observe(element)
      observer.current = resizes
    },
    [fixed],
  )

  const width = fixed ?? (measured.width && measured.width > 0 ? measured.width : null)
  return { width: width === null ? null : Math.max(1, Math.floor(width)), rtl: measured.rtl, ref }
}
