'use client'

import { useEffect, useLayoutEffect } from 'react'

/**
 * `useLayoutEffect` in a browser, `useEffect` on a server. React 18 warns for every
 * `useLayoutEffect` in a server render (Next.js, `renderToString`); effects never run there, so
 * the swap changes nothing but the warning. One definition for the react and ui packages.
 */
export const useIsomorphicLayoutEffect: typeof useLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect
