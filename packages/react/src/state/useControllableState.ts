'use client'

import { useCallback, useEffect, useRef, useState } from 'react'
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js'

/** Options for `useControllableState`. */
export interface UseControllableStateOptions<T> {
  /**
   * The value when the host owns it (controlled). `undefined` means uncontrolled.
   * @default undefined
   */
  prop?: T | undefined
  /**
   * The starting value when uncontrolled, or a function that makes it (called once, as
   * `useState` does).
   */
  defaultProp: T | (() => T)
  /**
   * Called with the next value on every change, controlled or not, in the event that made it.
   * Not called when the next value `equals` the current one.
   * @default undefined
   */
  onChange?: ((next: T) => void) | undefined
  /**
   * When two values are the same value, so a setter call that changes nothing is ignored.
   * @default Object.is
   */
  equals?: ((a: T, b: T) => boolean) | undefined
  /**
   * The component's name, for the development warning about switching between controlled and
   * uncontrolled.
   * @default 'A usage-kit component'
   */
  caller?: string | undefined
}

/** A new value, or a function of the current one (so `T` itself must not be a function). */
export type ControllableUpdate<T> = T | ((previous: T) => T)

/**
 * State a host may own, after Radix's `useControllableState`: with `prop` the host owns the value
 * and the hook keeps no copy; without it the hook keeps its own, starting at `defaultProp`. Either
 * way `onChange` hears every change. The setter keeps one identity for the hook's life (memoised
 * children do not re-render for it) and always reads the latest props.
 *
 * An update resolves against the current value: the rendered `prop` when controlled (the host's
 * next render, not this call, decides what it becomes), else the hook's own value including
 * changes made earlier in the same event, so two updates in one event both land.
 *
 * In development, switching between controlled and uncontrolled during a component's life logs
 * one `console.warn` (as React does for inputs): the value would jump between two owners.
 */
export function useControllableState<T>(
  options: UseControllableStateOptions<T>,
): [T, (update: ControllableUpdate<T>) => void] {
  const { prop, defaultProp, onChange, equals = Object.is, caller } = options
  const [own, setOwn] = useState(defaultProp)
  const isControlled = prop !== undefined
  const value = isControlled ? prop : own

  // Setters read the latest props through this. `value` may run ahead of the render when an
  // uncontrolled update is pending; the next render's layout effect sets it back in step.
  const latest = useRef({ value, isControlled, onChange, equals })
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, isControlled, onChange, equals }
  })

  const setValue = useCallback((update: ControllableUpdate<T>) => {
    const current = latest.current
    const next = isUpdater(update) ? update(current.value) : update
    if (current.equals(next, current.value)) return
    if (!current.isControlled) {
      current.value = next
      setOwn(() => next)
    }
    current.onChange?.(next)
  }, [])

  useSwitchWarning(isControlled, caller)
  return [value, setValue]
}

/** Warns once per component when it switches owner; from an effect, so renders stay pure. */
function useSwitchWarning(isControlled: boolean, caller = 'A usage-kit component') {
  const first = useRef(isControlled)
  const warned = useRef(false)
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return
    if (warned.current || first.current === isControlled) return
    warned.current = true
    const [from, to] = isControlled
      ? ['uncontrolled', 'controlled']
      : ['controlled', 'uncontrolled']
    console.warn(
      `${caller} is changing from ${from} to ${to}. A component should not switch between a ` +
        'controlled and an uncontrolled value: decide on one for its whole life.',
    )
  }, [isControlled, caller])
}

function isUpdater<T>(update: ControllableUpdate<T>): update is (previous: T) => T {
  return typeof update === 'function'
}
