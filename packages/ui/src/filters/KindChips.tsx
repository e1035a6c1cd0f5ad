'use client'

import { ENTRY_KINDS, type EntryKind } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'
import type { FocusRef } from './types.js'

export interface KindChipsProps {
  selected: readonly EntryKind[]
  onToggle: (kind: EntryKind) => void
  t: Translate
  /** The first checkbox, for moving focus back into the bar. */
  firstRef?: FocusRef
}

/**
 * The kinds as a group of real checkboxes, so a screen reader hears "Type, group" and each kind's
 * state, and Tab and Space work with no script. The box is hidden visually, not removed: the chip
 * draws its look and shows the box's focus.
 */
export function KindChips({ selected, onToggle, t, firstRef }: KindChipsProps) {
  return (
    <fieldset className="uk-filter-bar__kinds">
      <legend className="uk-field__label uk-filter-bar__legend">{t('filters.kinds')}</legend>
      <div className="uk-filter-bar__chips">
        {ENTRY_KINDS.map((kind, index) => {
          const checked = selected.includes(kind)
          return (
            <label
              key={kind}
              className="uk-filter-chip"
              data-kind={kind}
              data-state={checked ? 'checked' : 'unchecked'}
            >
              <input
                ref={index === 0 ? firstRef : undefined}
                type="checkbox"
                className="uk-visually-hidden uk-filter-chip__input"
                checked={checked}
                onChange={() => onToggle(kind)}
              />
              <span className="uk-filter-chip__box" aria-hidden="true" />
              {t(`kind.${kind}`)}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
