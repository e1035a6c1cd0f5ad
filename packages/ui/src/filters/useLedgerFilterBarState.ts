'use client'

import { isQueryEmpty, type EntryKind, type LedgerQuery } from '@usage-kit/core'
import {
  useLedgerFilters,
  useOptionalUsageKit,
  type DatePreset,
  type LedgerFilters,
} from '@usage-kit/react'
import { useCallback, useMemo } from 'react'
import { categoryChoices } from './categories.js'
import { dayOf, withDay } from './customRange.js'
import type { LedgerFilterBarProps } from './types.js'
import { useDebouncedText, type DebouncedText } from './useDebouncedText.js'

/** Everything the bar's controls read and call; no markup. */
export interface LedgerFilterBarState {
  value: LedgerQuery
  toggleKind: (kind: EntryKind) => void
  /** The preset the range select shows: `'custom'` stays while the user edits a custom range. */
  preset: DatePreset
  presets: readonly DatePreset[]
  choosePreset: (preset: DatePreset) => void
  /** The custom range's days in the kit's time zone, as date inputs write them ('' if open). */
  fromDay: string
  toDay: string
  /** Moves one end of the range to a day the user entered (see `withDay`); ignores partial text. */
  setDay: (part: 'from' | 'to', text: string) => void
  categoryChoices: string[]
  setCategories: (categories: readonly string[]) => void
  search: DebouncedText
  categoryText: DebouncedText
  /** False when nothing is filtered and no typed text waits. */
  canReset: boolean
  /** Clears every filter (not back to `defaultValue`: the button promises an unfiltered ledger). */
  reset: () => void
  /** Whether a linked view's narrowing can be undone (see `LedgerFilters.narrow`). */
  canUndo: boolean
  undo: () => void
}

const DEFAULT_DEBOUNCE_MS = 300

/**
 * The bar's state: `useLedgerFilters` (or the host's result of it), plus what only the bar knows:
 * typed text that waits for its debounce (the custom range's stickiness is `useLedgerFilters`'s).
 */
export function useLedgerFilterBarState(props: LedgerFilterBarProps): LedgerFilterBarState {
  const { filters: external, value: controlled, defaultValue, onValueChange, url, now } = props
  const { cycleAnchor } = props
  // Always called (hooks keep their order); idle when the host passes its own filter state.
  const own = useLedgerFilters(
    external ? {} : { value: controlled, defaultValue, onValueChange, url, now, cycleAnchor },
  )
  const filters: LedgerFilters = external ?? own
  const { value } = filters
  const { timeZone } = filters
  const locale = useOptionalUsageKit()?.locale ?? 'en-US'
  const delayMs = props.searchDebounceMs ?? DEFAULT_DEBOUNCE_MS

  const { setPreset, setSearch, setCategories } = filters
  const setDay = useCallback(
    (part: 'from' | 'to', text: string) => {
      const next = withDay(value, part, text, timeZone)
      // Days the user picks are a custom range even where they land exactly on a preset's range:
      // the select must not jump away (and hide the date inputs) in the middle of that edit.
      if (next) setPreset('custom', next)
    },
    [value, timeZone, setPreset],
  )

  const search = useDebouncedText({ value: value.search ?? '', onCommit: setSearch, delayMs })
  const categoryText = useDebouncedText({
    value: (value.categories ?? []).join(', '),
    onCommit: (text) => setCategories(text.trim() === '' ? [] : [text]),
    delayMs,
  })

  const choices = useMemo(
    () =>
      categoryChoices({
        categories: props.categories,
        entries: props.entries,
        selected: value.categories,
        locale,
      }),
    [props.categories, props.entries, value.categories, locale],
  )

  const { cancel: cancelSearch } = search
  const { cancel: cancelCategory } = categoryText
  const { setValue } = filters
  const reset = useCallback(() => {
    // Text still waiting would otherwise land after the reset and undo part of it.
    cancelSearch()
    cancelCategory()
    setValue({})
  }, [cancelSearch, cancelCategory, setValue])

  return {
    value,
    toggleKind: filters.toggleKind,
    preset: filters.preset,
    presets: filters.presets,
    choosePreset: setPreset,
    fromDay: dayOf(value.from, timeZone),
    toDay: dayOf(value.to, timeZone),
    setDay,
    categoryChoices: choices,
    setCategories,
    search,
    categoryText,
    canReset: !isQueryEmpty(value) || search.pending || categoryText.pending,
    reset,
    canUndo: filters.canUndo,
    undo: filters.undo,
  }
}

/** Whether the query filters anything, for the root's `data-state`. */
export function filterState(value: LedgerQuery): 'default' | 'filtered' {
  return isQueryEmpty(value) ? 'default' : 'filtered'
}
