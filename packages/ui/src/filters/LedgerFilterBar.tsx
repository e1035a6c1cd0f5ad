'use client'

import { useCallback, useRef } from 'react'
import { useMessages } from '../i18n/useMessages.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { CategoryControl } from './CategoryControl.js'
import { DateRangeControl } from './DateRangeControl.js'
import { FilterBarButton } from './FilterBarButton.js'
import { KindChips } from './KindChips.js'
import { SearchControl } from './SearchControl.js'
import {
  LEDGER_FILTER_CONTROLS,
  type LedgerFilterBarProps,
  type LedgerFilterControl,
} from './types.js'
import { filterState, useLedgerFilterBarState } from './useLedgerFilterBarState.js'
import { dataFlag } from '../primitives/dataFlag.js'

const RESET_ICON = 'm4.5 4.5 7 7m0-7-7 7'
const UNDO_ICON = 'M6 3.5 3 6.5l3 3M3.5 6.5H10a3 3 0 0 1 0 6H8'

/**
 * A bar of labelled controls over a `LedgerQuery`: kinds, a date range with presets and custom
 * days, category, debounced search and a reset; and, after a linked chart narrowed the filters
 * (`filters.narrow`), a button that undoes it. Controlled or uncontrolled like
 * `useLedgerFilters`, which it sits on. Wraps onto more lines as its container narrows.
 * See `LedgerFilterBarProps` for the styling attributes.
 */
export function LedgerFilterBar(props: LedgerFilterBarProps) {
  const { show = LEDGER_FILTER_CONTROLS, categoryInput = 'select', className, style, theme } = props
  const t = useMessages(props.messages)
  const state = useLedgerFilterBarState(props)
  const { value } = state
  const shows = (control: LedgerFilterControl) => show.includes(control)

  // Reset disables its own button, which would drop keyboard focus on the page's body: the first
  // control of the bar takes it instead.
  const first = LEDGER_FILTER_CONTROLS.find((control) => control !== 'reset' && shows(control))
  const firstControl = useRef<HTMLElement | null>(null)
  const focusTarget = useCallback((element: HTMLElement | null) => {
    firstControl.current = element
  }, [])
  const refFor = (control: LedgerFilterControl) => (control === first ? focusTarget : undefined)
  const { reset, undo } = state
  const onReset = useCallback(() => {
    reset()
    firstControl.current?.focus()
  }, [reset])
  // Undo removes its own button (at once, or when the browser's Back lands with url: true).
  const onUndo = useCallback(() => {
    undo()
    firstControl.current?.focus()
  }, [undo])

  return (
    <KitRoot
      part="uk-filter-bar"
      role="search"
      aria-label={t('filters.label')}
      className={className}
      style={style}
      theme={theme}
      data-state={filterState(value)}
      data-pending={dataFlag(state.search.pending || state.categoryText.pending)}
    >
      {shows('kinds') ? (
        <KindChips
          selected={value.kinds ?? []}
          onToggle={state.toggleKind}
          t={t}
          firstRef={refFor('kinds')}
        />
      ) : null}
      {shows('range') ? (
        <DateRangeControl
          preset={state.preset}
          presets={state.presets}
          onPresetChange={state.choosePreset}
          fromDay={state.fromDay}
          toDay={state.toDay}
          onDayChange={state.setDay}
          t={t}
          selectRef={refFor('range')}
        />
      ) : null}
      {shows('category') ? (
        <CategoryControl
          mode={categoryInput}
          selected={value.categories ?? []}
          choices={state.categoryChoices}
          onSelect={state.setCategories}
          text={state.categoryText}
          t={t}
          controlRef={refFor('category')}
        />
      ) : null}
      {shows('search') ? (
        <SearchControl text={state.search} t={t} inputRef={refFor('search')} />
      ) : null}
      {state.canUndo ? (
        <FilterBarButton part="undo" icon={UNDO_ICON} label={t('filters.undo')} onClick={onUndo} />
      ) : null}
      {shows('reset') ? (
        <FilterBarButton
          part="reset"
          icon={RESET_ICON}
          label={t('filters.reset')}
          disabled={!state.canReset}
          onClick={onReset}
        />
      ) : null}
    </KitRoot>
  )
}
