'use client'

import { useId } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import type { FocusRef } from './types.js'
import { debouncedInputProps, type DebouncedText } from './useDebouncedText.js'

export interface SearchControlProps {
  text: DebouncedText
  t: Translate
  inputRef?: FocusRef
}

/** Free-text search; commits after a pause in typing, or at once on Enter. */
export function SearchControl({ text, t, inputRef }: SearchControlProps) {
  const id = useId()
  return (
    <div className="uk-field uk-filter-bar__search">
      <label className="uk-field__label" htmlFor={id}>
        {t('filters.search')}
      </label>
      <span className="uk-filter-bar__search-box">
        <svg
          className="uk-filter-bar__search-icon"
          viewBox="0 0 16 16"
          width="14"
          height="14"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="7" cy="7" r="4.75" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="m10.5 10.5 3.5 3.5"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        <input
          ref={inputRef}
          id={id}
          type="search"
          className="uk-input uk-filter-bar__search-input"
          placeholder={t('filters.searchPlaceholder')}
          {...debouncedInputProps(text)}
        />
      </span>
    </div>
  )
}
