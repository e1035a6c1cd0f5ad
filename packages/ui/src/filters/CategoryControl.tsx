'use client'

import { useId } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import type { CategoryInputMode, FocusRef } from './types.js'
import { debouncedInputProps, type DebouncedText } from './useDebouncedText.js'

export interface CategoryControlProps {
  mode: CategoryInputMode
  selected: readonly string[]
  choices: readonly string[]
  onSelect: (categories: readonly string[]) => void
  text: DebouncedText
  t: Translate
  controlRef?: FocusRef
}

// Option values are positions, not the categories themselves: a category may be any text at all,
// including '' lookalikes, and must never collide with the "all" or "several" options.
const ALL = 'all'
const SEVERAL = 'several'

/**
 * Category (Lasso: service) as a select of known choices, or as typed text for providers that
 * filter on the server. A query with several categories (from the URL or the host) shows as one
 * option naming them all, so the select never pretends nothing is filtered.
 */
export function CategoryControl({
  mode,
  selected,
  choices,
  onSelect,
  text,
  t,
  controlRef,
}: CategoryControlProps) {
  const id = useId()
  const label = (
    <label className="uk-field__label" htmlFor={id}>
      {t('filters.category')}
    </label>
  )
  if (mode === 'text') {
    return (
      <div className="uk-field uk-filter-bar__category">
        {label}
        <input
          ref={controlRef}
          id={id}
          type="text"
          className="uk-input uk-filter-bar__text-input"
          {...debouncedInputProps(text)}
        />
      </div>
    )
  }
  const [only] = selected
  const current =
    selected.length > 1 ? SEVERAL : only === undefined ? ALL : String(choices.indexOf(only))
  return (
    <div className="uk-field uk-filter-bar__category">
      {label}
      <select
        ref={controlRef}
        id={id}
        className="uk-select uk-filter-bar__select"
        value={current}
        // Nothing to choose: say so rather than offer a list of one.
        disabled={choices.length === 0}
        onChange={(event) => {
          const picked = event.target.value
          if (picked === SEVERAL) return
          const category = picked === ALL ? undefined : choices[Number(picked)]
          onSelect(category === undefined ? [] : [category])
        }}
      >
        <option value={ALL}>{t('filters.categoryAll')}</option>
        {selected.length > 1 ? <option value={SEVERAL}>{selected.join(', ')}</option> : null}
        {choices.map((category, index) => (
          <option key={category} value={String(index)}>
            {category}
          </option>
        ))}
      </select>
    </div>
  )
}
