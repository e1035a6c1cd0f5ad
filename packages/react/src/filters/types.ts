import type { EntryKind, LedgerQuery } from '@usage-kit/core'
import type { CycleAnchor } from './cycles.js'
import type { DatePreset, DateRange } from './presets.js'

/** The options and the result of `useLedgerFilters`. */

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
   * `defaultValue`), written with `history.replaceState` on change (`history.pushState` for
   * `narrow`, so Back undoes it), followed on `popstate`.
   * @default false
   */
  url?: boolean
  /**
   * The clock the date presets count from.
   * @default () => new Date()
   */
  now?: () => Date
  /**
   * Where billing cycles start: a day of the month (1–31) or an ISO date 'YYYY-MM-DD' (see
   * `CycleAnchor`). With one, `presets` adds 'this-cycle', 'last-cycle' and 'last-3-cycles'.
   * Overrides the provider's `cycleAnchor`.
   * @default the `UsageKitProvider`'s `cycleAnchor`, else undefined (no cycle presets)
   * @throws RangeError, during render, for an anchor that is not one of those.
   */
  cycleAnchor?: CycleAnchor
}

/** The parts of the filters `narrow` changes (`search` for a grant's id: its entries). */
export type LedgerNarrowing = Partial<
  Pick<LedgerQuery, 'from' | 'to' | 'kinds' | 'categories' | 'search'>
>

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
  /** The presets to offer: the billing-cycle ones only where a `cycleAnchor` is set. */
  presets: readonly DatePreset[]
  /**
   * Narrows the filters for a linked view (a chart's bar or legend item): keys present in
   * `change` replace the current ones (an `undefined` one removes it), absent keys stay. Undoable:
   * `undo()` returns to the filters before it, and with `url: true` it writes a new history entry
   * (`pushState`), so the browser's Back undoes it too.
   * @throws RangeError for an invalid change (see `normalizeQuery`), before anything changes.
   */
  narrow: (change: LedgerNarrowing) => void
  /** Whether `undo()` has a narrowing to revert (the filters are still what the last one made). */
  canUndo: boolean
  /**
   * Reverts the last `narrow` (two narrowings undo in two steps). With `url: true` it goes
   * `history.back()` over the entry the narrowing pushed, so the URL and the filters stay in step;
   * the filters change when the browser reports it (`popstate`). Any other change (a setter,
   * `reset()`) forgets what there was to undo.
   */
  undo: () => void
  /** Back to `defaultValue`. */
  reset: () => void
  isDefault: boolean
  /** The IANA time zone whose calendar days the presets count (the provider's, else the runtime's). */
  timeZone: string
}
