'use client'

import { useEffect, useState } from 'react'

/**
 * False until the component's first frame has been painted, then true: for work the first paint
 * can go without (names for assistive technology, rows beyond the viewport). The switch happens in
 * a task queued from that frame's animation callback, which runs once the frame is painted; an
 * animation callback alone would run before the paint and hold it up.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
