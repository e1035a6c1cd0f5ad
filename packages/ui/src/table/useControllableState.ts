import { useIsomorphicLayoutEffect } from '@usage-kit/react'
import { useCallback, useRef, useState } from 'react'

/**
 * Radix's controllable-state pattern: `value` makes the parent the owner; without it the hook keeps
 * its own state, starting at `defaultValue`. Either way `onChange` hears every change. The setter
 * takes a function of the previous value (TanStack's updaters are resolved against it) and keeps
 * its identity, so memoised rows do not re-render for it.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
): [T, (update: (previous: T) => T) => void] {
  const [own, setOwn] = useState(defaultValue)
  const current = value === undefined ? own : value
  const latest = useRef({ current, value, onChange })
  useIsomorphicLayoutEffect(() => {
    latest.current = { current, value, onChange }
  })

  const set = useCallback((update: (previous: T) => T) => {
    const { current: previous, value: controlled, onChange: notify } = latest.current
    const next = update(previous)
    if (Object.is(next, previous)) return
    if (controlled === undefined) setOwn(next)
    // Two updates in one event must chain, not both start from the rendered value.
    latest.current = { ...latest.current, current: next }
    notify?.(next)
  }, [])
  return [current, set]
}
