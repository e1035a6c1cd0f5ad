import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, expect } from 'vitest'
import { installResizeObserver, observedElements } from './resizeObserver.js'

// jsdom has no ResizeObserver; the fake one lets the measuring code run (see resizeObserver.ts).
installResizeObserver()

// Vitest runs with globals off, so Testing Library cannot register its own cleanup. Once all is
// unmounted no observer may still watch an element: one would be a leaked observer.
afterEach(() => {
  cleanup()
  expect(observedElements(), 'elements still observed after unmount').toEqual([])
})
