import { isQueryEmpty, type EntryKind, type LedgerQuery } from '@usage-kit/core'
import {
  useLedgerFilters,
  useOptionalUsageKit,
  type DatePreset,
  type LedgerFilters,
} from '@usage-kit/react'
import { useCallback, useMemo, useState } from 'react'
import { categoryChoices } from './categories.js'
import { dayOf, rangeKey, withDay } from './customRange.js'
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
}

const DEFAULT_DEBOUNCE_MS = 300

/**
 * The bar's state: `useLedgerFilters` (or the host's result of it), plus what only the bar knows:
 * that the user is editing a custom range, and typed text that waits for its debounce.
 */
export function useLedgerFilterBarState(props: LedgerFilterBarProps): LedgerFilterBarState {
  const { filters: external, value: controlled, defaultValue, onValueChange, url, now } = props
  // Always called (hooks keep their order); idle when the host passes its own filter state.
  const own = useLedgerFilters(
    external ? {} : { value: controlled, defaultValue, onValueChange, url, now },
  )
  const filters: LedgerFilters = external ?? own
  const { value } = filters
  const { timeZone } = filters
  const locale = useOptionalUsageKit()?.locale ?? 'en-US'
  const delayMs = props.searchDebounceMs ?? DEFAULT_DEBOUNCE_MS

  // The range the user was editing as a custom one. Picking days can land exactly on a preset's
  // range; the select must not jump away (and hide the date inputs) in the middle of that edit.
  const [customAt, setCustomAt] = useState<string | null>(null)
  const currentRange = rangeKey(value)
  const preset = customAt === currentRange ? 'custom' : filters.preset

  const { setPreset, setRange, setSearch, setCategories } = filters
  const choosePreset = useCallback(
    (next: DatePreset) => {
      setCustomAt(next === 'custom' ? currentRange : null)
      setPreset(next)
    },
    [currentRange, setPreset],
  )
  const setDay = useCallback(
    (part: 'from' | 'to', text: string) => {
      const next = withDay(value, part, text, timeZone)
      if (!next) return
      setCustomAt(rangeKey(next))
      setRange(next)
    },
    [value, timeZone, setRange],
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
    setCustomAt(null)
    setValue({})
  }, [cancelSearch, cancelCategory, setValue])

  return {
    value,
    toggleKind: filters.toggleKind,
    preset,
    presets: filters.presets,
    choosePreset,
    fromDay: dayOf(value.from, timeZone),
    toDay: dayOf(value.to, timeZone),
    setDay,
    categoryChoices: choices,
    setCategories,
    search,
    categoryText,
    canReset: !isQueryEmpty(value) || search.pending || categoryText.pending,
    reset,
  }
}

/** Whether the query filters anything, for the root's `data-state`. */
export function filterState(value: LedgerQuery): 'default' | 'filtered' {
  return isQueryEmpty(value) ? 'default' : 'filtered'
}
