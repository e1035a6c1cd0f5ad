'use client'

import { normalizeQuery, type EntryKind, type LedgerQuery } from '@usage-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { runtimeTimeZone, useOptionalUsageKit } from '../provider/UsageKitProvider.js'
import { cycleAnchorDay, type CycleAnchor } from './cycles.js'
import {
  addStep,
  clearSteps,
  dropStep,
  markPushed,
  NO_STEPS,
  traverse,
  undoable,
  type NarrowHistory,
} from './narrow.js'
import {
  presetForRange,
  presetsFor,
  rangeForPreset,
  rangeKey,
  type DatePreset,
  type DateRange,
} from './presets.js'
import type { LedgerFilters, LedgerNarrowing, UseLedgerFiltersOptions } from './types.js'
import { readLocationQuery, writeLocationQuery } from './url.js'
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js'
import { useControllableState } from '../state/useControllableState.js'

export type { LedgerFilters, LedgerNarrowing, UseLedgerFiltersOptions } from './types.js'

/** The preset the user last picked, and the range it was picked for. */
type Chosen = { preset: DatePreset; range: string }

/**
 * Filter state for the ledger, with the `value / defaultValue / onValueChange` triad and an
 * optional mirror in the URL. The rules (normalizing, presets, URL format) live in pure modules;
 * this hook only binds them to React and the browser.
 * @throws RangeError from a setter given an invalid query (see `normalizeQuery`).
 */
export function useLedgerFilters(options: UseLedgerFiltersOptions = {}): LedgerFilters {
  const { value: controlled, defaultValue, onValueChange, url = false, now = systemNow } = options
  // True on the server and during hydration, so both render what the server rendered.
  const serverSnapshot = useSyncExternalStore(subscribeNothing, isFalse, isTrue)
  const kit = useOptionalUsageKit()
  const timeZone = kit?.timeZone ?? (serverSnapshot ? 'UTC' : runtimeTimeZone())
  const cycleAnchor = useCheckedAnchor(options.cycleAnchor ?? kit?.cycleAnchor)
  const defaults = useNormalized(defaultValue)
  const controlledValue = useNormalized(controlled)
  const [value, setState] = useControllableState({
    prop: controlled === undefined ? undefined : controlledValue,
    defaultProp: () => (url && !serverSnapshot ? readLocationQuery() : null) ?? defaults,
    onChange: onValueChange,
    equals: sameQuery,
    caller: 'useLedgerFilters',
  })
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [steps, setSteps] = useState<NarrowHistory>(NO_STEPS)
  const key = keyOf(value)

  // Setters read the latest props through this, so they keep one identity for the hook's life.
  const latest = useRef({ value, defaults, now, timeZone, cycleAnchor, url, steps })
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, defaults, now, timeZone, cycleAnchor, url, steps }
  })
  // The key a narrowing is about to give the filters: its URL write pushes rather than replaces.
  const pushFor = useRef<string | null>(null)

  // For popstate and undo: a change that is not the user's own, so the undo history stays.
  const restore = useCallback(
    (query: LedgerQuery) => {
      pushFor.current = null
      setState(normalizeQuery(query))
    },
    [setState],
  )
  const setValue = useCallback(
    (query: LedgerQuery) => {
      const next = normalizeQuery(query)
      setSteps(clearSteps)
      restore(next)
    },
    [restore],
  )

  const setters = useMemo(() => {
    // Each change starts from the value the state hook holds (a change made earlier in the same
    // event included, when uncontrolled); normalizing may throw, before anything changes.
    const update = (change: (query: LedgerQuery) => LedgerQuery) => {
      setState((query) => normalizeQuery(change(query)))
      setSteps(clearSteps)
      pushFor.current = null
    }
    return {
      setKinds: (kinds: readonly EntryKind[]) => update((q) => ({ ...q, kinds: [...kinds] })),
      toggleKind: (kind: EntryKind) =>
        update(({ kinds = [], ...q }) => ({
          ...q,
          kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind],
        })),
      setCategories: (categories: readonly string[]) =>
        update((q) => ({ ...q, categories: [...categories] })),
      setSearch: (search: string) => update((q) => ({ ...q, search })),
      setRange: ({ from, to }: DateRange) => update((q) => ({ ...q, from, to })),
      setPreset: (preset: DatePreset, custom?: DateRange) => {
        const { value: current, now: clock, timeZone: zone, cycleAnchor: anchor } = latest.current
        if (preset === 'custom' && custom === undefined) {
          setChosen({ preset, range: rangeKey(current) })
          return
        }
        const range =
          preset === 'custom'
            ? // Normalized (and checked) as the query will be, so the keys compare.
              normalizeQuery({ from: custom?.from, to: custom?.to })
            : rangeForPreset(preset, { now: clock(), timeZone: zone, cycleAnchor: anchor })
        setChosen({ preset, range: rangeKey(range) })
        update((q) => ({ ...q, from: range.from, to: range.to }))
      },
      reset: () => {
        setChosen(null)
        setValue(latest.current.defaults)
      },
      narrow: (change: LedgerNarrowing) => {
        // The state hook calls the updater at once, with the value it holds (a change earlier in
        // the same event included); the step remembers that value.
        const seen: { before?: LedgerQuery; next?: LedgerQuery } = {}
        setState((query) => {
          seen.before = query
          return (seen.next = normalizeQuery({ ...query, ...change }))
        })
        const { before, next } = seen
        if (!before || !next || sameQuery(before, next)) return
        const step = { before, beforeKey: keyOf(before), after: keyOf(next), pushed: false }
        setSteps((history) => addStep(history, step))
        pushFor.current = latest.current.url ? step.after : null
      },
      undo: () => {
        const { steps: history, value: current, url: inUrl } = latest.current
        const step = undoable(history, keyOf(current))
        if (!step) return
        // The popstate that follows restores the filters and moves the step (see `traverse`).
        if (inUrl && step.pushed) return window.history.back()
        setSteps(dropStep)
        restore(step.before)
      },
    }
  }, [setValue, setState, restore])

  useEffect(() => {
    if (!url) return
    // After hydration, or for a controlled value: the initial state could not read the URL. An
    // empty URL leaves the value alone then; on Back it means "the defaults".
    const follow = (initial: boolean) => {
      const fromUrl = readLocationQuery()
      if (fromUrl === null && initial) return
      const next = normalizeQuery(fromUrl ?? latest.current.defaults)
      // Back over a narrowing's entry undoes it, Forward redoes it (see `traverse`).
      setSteps((history) => traverse(history, keyOf(next)))
      restore(next)
    }
    follow(true)
    const onPopState = () => follow(false)
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [url, restore])

  const shown = useRef<{ key: string; value: LedgerQuery } | null>(null)
  useEffect(() => {
    const previous = shown.current
    shown.current = url ? { key, value } : null
    // On change only, so mounting leaves the URL as it was.
    if (!url || previous === null || previous.key === key) return
    const inUrl = keyOf(readLocationQuery() ?? latest.current.defaults)
    if (pushFor.current === key) {
      pushFor.current = null
      // The entry Back returns to must hold the filters before, even where the URL was left
      // without them (a controlled value at start).
      if (inUrl !== previous.key) writeLocationQuery(previous.value)
      writeLocationQuery(value, { push: true })
      setSteps((history) => markPushed(history, key))
      return
    }
    // Not when the URL already says this, as after Back to an entry without filters (which
    // means the defaults).
    if (inUrl !== key) writeLocationQuery(value)
  }, [url, key, value])

  const preset = presetForRange(value, {
    now: now(),
    timeZone,
    cycleAnchor,
    preferred: chosen?.range === rangeKey(value) ? chosen.preset : undefined,
  })
  const presets = presetsFor(cycleAnchor)
  const isDefault = key === keyOf(defaults)
  const canUndo = undoable(steps, key) !== undefined

  return useMemo(
    () => ({ value, setValue, ...setters, preset, presets, canUndo, isDefault, timeZone }),
    [value, setValue, setters, preset, presets, canUndo, isDefault, timeZone],
  )
}

/**
 * The anchor, checked once when it changes: an invalid one throws during render, as an invalid
 * `defaultValue` does, rather than when a user first picks a cycle preset.
 */
function useCheckedAnchor(anchor: CycleAnchor | undefined): CycleAnchor | undefined {
  useMemo(() => anchor !== undefined && cycleAnchorDay(anchor), [anchor])
  return anchor
}

/** A normalized query whose identity changes only when its content does. */
function useNormalized(query: LedgerQuery | undefined): LedgerQuery {
  // Keyed on content: hosts often pass a fresh object literal on every render.
  const content = JSON.stringify(query ?? {})
  return useMemo(() => normalizeQuery(JSON.parse(content) as LedgerQuery), [content])
}

/** Normalized queries build their keys in one order, so equal filters give equal strings. */
function keyOf(query: LedgerQuery): string {
  return JSON.stringify(query)
}

const sameQuery = (a: LedgerQuery, b: LedgerQuery) => keyOf(a) === keyOf(b)

const systemNow = () => new Date()
const subscribeNothing = () => () => {}
const isFalse = () => false
const isTrue = () => true
