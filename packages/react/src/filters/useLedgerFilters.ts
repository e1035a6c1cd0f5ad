import { normalizeQuery, type EntryKind, type LedgerQuery } from '@usage-kit/core'
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { runtimeTimeZone, useOptionalUsageKit } from '../provider/UsageKitProvider.js'
import {
  DATE_PRESETS,
  presetForRange,
  rangeForPreset,
  rangeKey,
  type DatePreset,
  type DateRange,
} from './presets.js'
import { readLocationQuery, writeLocationQuery } from './url.js'
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js'
import { useControllableState } from '../state/useControllableState.js'

export interface UseLedgerFiltersOptions {
  /**
   * The filters, when the host owns them (controlled). The hook then keeps no copy: every change
   * goes to `onValueChange`, and only a new `value` changes what it returns. Each setter starts
   * from this `value`, so make several changes in one event with one `setValue`.
   * @default undefined (uncontrolled)
   */
  value?: LedgerQuery
  /**
   * The starting filters when uncontrolled. Also what `reset()` returns to, what `isDefault`
   * compares with, and what a URL without filter parameters means.
   * @default {}
   */
  defaultValue?: LedgerQuery
  /**
   * Called with the normalized next filters on every change, controlled or not. Not called when a
   * change leaves the filters as they were.
   * @default undefined
   */
  onValueChange?: (query: LedgerQuery) => void
  /**
   * Mirror the filters in the page's query string: read at start (the URL wins over
   * `defaultValue`), written with `history.replaceState` on change, followed on `popstate`.
   * @default false
   */
  url?: boolean
  /**
   * The clock the date presets count from.
   * @default () => new Date()
   */
  now?: () => Date
}

export interface LedgerFilters {
  /** The current filters, normalized; the same object until they change. */
  value: LedgerQuery
  setValue: (query: LedgerQuery) => void
  setKinds: (kinds: readonly EntryKind[]) => void
  toggleKind: (kind: EntryKind) => void
  setCategories: (categories: readonly string[]) => void
  setSearch: (text: string) => void
  /** Replaces both bounds; an absent bound is removed. */
  setRange: (range: DateRange) => void
  /**
   * Sets the preset's range. `'custom'` marks the range as custom, so `preset` stays `'custom'` for
   * it even on a day it equals another preset's range: the current range, or `range` when given
   * (a picker's custom days), which then replaces it. `range` is ignored for other presets.
   */
  setPreset: (preset: DatePreset, range?: DateRange) => void
  /** The preset the current range equals, in the kit's time zone, else `'custom'`. */
  preset: DatePreset
  presets: readonly DatePreset[]
  /** Back to `defaultValue`. */
  reset: () => void
  isDefault: boolean
  /** The IANA time zone whose calendar days the presets count (the provider's, else the runtime's). */
  timeZone: string
}

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
  const timeZone = useOptionalUsageKit()?.timeZone ?? (serverSnapshot ? 'UTC' : runtimeTimeZone())
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
  const key = keyOf(value)

  // Setters read the latest props through this, so they keep one identity for the hook's life.
  const latest = useRef({ value, defaults, now, timeZone })
  useIsomorphicLayoutEffect(() => {
    latest.current = { value, defaults, now, timeZone }
  })

  const setValue = useCallback((query: LedgerQuery) => setState(normalizeQuery(query)), [setState])

  const setters = useMemo(() => {
    // Each change starts from the value the state hook holds (a change made earlier in the same
    // event included, when uncontrolled); normalizing may throw, before anything changes.
    const update = (change: (query: LedgerQuery) => LedgerQuery) =>
      setState((query) => normalizeQuery(change(query)))
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
        const { value: current, now: clock, timeZone: zone } = latest.current
        if (preset === 'custom' && custom === undefined) {
          setChosen({ preset, range: rangeKey(current) })
          return
        }
        const range =
          preset === 'custom'
            ? // Normalized (and checked) as the query will be, so the keys compare.
              normalizeQuery({ from: custom?.from, to: custom?.to })
            : rangeForPreset(preset, { now: clock(), timeZone: zone })
        setChosen({ preset, range: rangeKey(range) })
        update((q) => ({ ...q, from: range.from, to: range.to }))
      },
      reset: () => {
        setChosen(null)
        setValue(latest.current.defaults)
      },
    }
  }, [setValue, setState])

  useEffect(() => {
    if (!url) return
    const follow = (initial: boolean) => {
      const fromUrl = readLocationQuery()
      // At start an empty URL leaves the value alone; on Back it means "the defaults".
      if (fromUrl === null && initial) return
      setValue(fromUrl ?? latest.current.defaults)
    }
    // After hydration, or for a controlled value: the initial state could not read the URL.
    follow(true)
    const onPopState = () => follow(false)
    window.addEventListener('popstate', onPopState)
    return () => window.removeEventListener('popstate', onPopState)
  }, [url, setValue])

  const shownKey = useRef<string | null>(null)
  useEffect(() => {
    const previous = shownKey.current
    shownKey.current = url ? key : null
    // On change only, so mounting leaves the URL as it was; and not when the URL already says
    // this, as after Back to an entry without filters (which means the defaults).
    if (!url || previous === null || previous === key) return
    if (keyOf(readLocationQuery() ?? latest.current.defaults) !== key) writeLocationQuery(value)
  }, [url, key, value])

  const preset = presetForRange(value, {
    now: now(),
    timeZone,
    preferred: chosen?.range === rangeKey(value) ? chosen.preset : undefined,
  })
  const isDefault = key === keyOf(defaults)

  return useMemo(
    () => ({ value, setValue, ...setters, preset, presets: DATE_PRESETS, isDefault, timeZone }),
    [value, setValue, setters, preset, isDefault, timeZone],
  )
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
