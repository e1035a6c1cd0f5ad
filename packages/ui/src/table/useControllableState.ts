import { useCallback, useLayoutEffect, useRef, useState } from 'react'

/** A value or a function of the previous value, like React's `setState` and TanStack's `Updater`. */
export type Updater<T> = T | ((previous: T) => T)

/**
 * Radix's controllable-state pattern: `value` makes the parent the owner; without it the hook keeps
 * its own state, starting at `defaultValue`. Either way `onChange` hears every change.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (updater: Updater<T>) => void] {
  const [own, setOwn] = useState(defaultValue)
  const controlled = value !== undefined
  const current = controlled ? value : own
  // The latest value and handler, so the setter stays stable for memoised rows.
  const latest = useRef({ current, controlled, onChange })
  useLayoutEffect(() => {
    latest.current = { current, controlled, onChange }
  })

  const set = useCallback((updater: Updater<T>) => {
    const { current: previous, controlled: isControlled, onChange: notify } = latest.current
    const next = typeof updater === 'function' ? (updater as (previous: T) => T)(previous) : updater
    if (Object.is(next, previous)) return
    if (!isControlled) setOwn(next)
    // Two updates in one event must chain, not both start from the rendered value.
    latest.current = { ...latest.current, current: next }
    notify?.(next)
  }, [])
  return [current, set]
}
