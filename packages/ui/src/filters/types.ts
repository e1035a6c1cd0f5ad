import type { LedgerEntry, LedgerQuery } from '@usage-kit/core'
import type { CycleAnchor, LedgerFilters } from '@usage-kit/react'
import type { CSSProperties } from 'react'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'

/** The controls of the bar, in the order it shows them. */
export const LEDGER_FILTER_CONTROLS = ['kinds', 'range', 'category', 'search', 'reset'] as const

/** One control of `LedgerFilterBar`, for its `show` prop. */
export type LedgerFilterControl = (typeof LEDGER_FILTER_CONTROLS)[number]

/** How the category control takes its value. */
export type CategoryInputMode = 'select' | 'text'

/**
 * Props of `LedgerFilterBar`. The bar sets these attributes for styling:
 * @selector .uk-filter-bar - the root; also `.uk-root`, and `role="search"`.
 * @selector [data-state="default" | "filtered"] - on the root: whether the query filters anything.
 * @selector [data-pending] - on the root while typed text waits for the debounce.
 * @selector .uk-filter-chip[data-kind="grant" | "usage" | ...] - one checkbox chip per kind.
 * @selector .uk-filter-chip[data-state="checked" | "unchecked"] - whether that kind is filtered on.
 * @selector .uk-filter-bar__undo - the button that undoes a chart's narrowing, while there is one.
 */
export interface LedgerFilterBarProps {
  /**
   * The filters, when the host owns them (controlled). Passed to `useLedgerFilters`: every change
   * goes to `onValueChange`, and only a new `value` changes what the controls show.
   * @default undefined (uncontrolled)
   */
  value?: LedgerQuery
  /**
   * The starting filters when uncontrolled. The reset button clears every filter, these too.
   * @default {}
   */
  defaultValue?: LedgerQuery
  /**
   * Called with the normalized next query on every change, controlled or not.
   * @default undefined
   */
  onValueChange?: (query: LedgerQuery) => void
  /**
   * Mirror the filters in the page's query string (see `useLedgerFilters`).
   * @default false
   */
  url?: boolean
  /**
   * The clock the date presets count from.
   * @default () => new Date()
   */
  now?: () => Date
  /**
   * Where billing cycles start (a day of the month 1–31, or an ISO date 'YYYY-MM-DD'): the range
   * select then offers the billing-cycle presets (see `useLedgerFilters`).
   * @default the `UsageKitProvider`'s `cycleAnchor`, else undefined (no cycle presets)
   */
  cycleAnchor?: CycleAnchor
  /**
   * The filter state of a `useLedgerFilters` call the host already made (for example to feed
   * `useLedger` with the same query, or to let a chart `narrow` it). When given, `value`,
   * `defaultValue`, `onValueChange`, `url`, `now` and `cycleAnchor` are ignored: the host set them
   * on its own call.
   * @default undefined (the bar keeps its own state)
   */
  filters?: LedgerFilters
  /**
   * Entries whose distinct non-blank categories the category select offers, sorted by locale.
   * Pass entries that are not filtered by category, or the other choices would vanish once one is
   * picked. Ignored when `categories` is given.
   * @default undefined
   */
  entries?: readonly LedgerEntry[]
  /**
   * The categories (services) the select offers, in this order.
   * @default the distinct categories of `entries`
   */
  categories?: readonly string[]
  /**
   * `'select'` offers the known categories; `'text'` lets the user type one, for providers that
   * filter categories on the server where the choices are not known in advance.
   * @default 'select'
   */
  categoryInput?: CategoryInputMode
  /**
   * How long typing must pause before search text (and typed category text) reaches the query.
   * Enter commits at once.
   * @default 300
   */
  searchDebounceMs?: number
  /**
   * Which controls appear. Their order on screen stays the bar's own.
   * @default ['kinds', 'range', 'category', 'search', 'reset']
   */
  show?: readonly LedgerFilterControl[]
  /**
   * Added after the kit's own classes.
   * @default undefined
   */
  className?: string
  /**
   * Merged after the theme's variables, so the host wins.
   * @default undefined
   */
  style?: CSSProperties
  /**
   * Overrides the provider's theme for this bar.
   * @default the provider's theme
   */
  theme?: UsageKitTheme
  /**
   * Replacements for the bar's strings (`filters.*`, `preset.*`, `kind.*`).
   * @default the locale's catalogue
   */
  messages?: MessageOverrides
}

/** A callback ref the bar hands to its first control, to move focus back into the bar. */
export type FocusRef = ((element: HTMLElement | null) => void) | undefined
