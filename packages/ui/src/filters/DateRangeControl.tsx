'use client'

import type { DatePreset } from '@usage-kit/react'
import { useId } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import type { FocusRef } from './types.js'
import { DayField } from './DayField.js'

export interface DateRangeControlProps {
  preset: DatePreset
  presets: readonly DatePreset[]
  onPresetChange: (preset: DatePreset) => void
  fromDay: string
  toDay: string
  onDayChange: (part: 'from' | 'to', text: string) => void
  t: Translate
  selectRef?: FocusRef
}

/** The preset select, and for a custom range two day inputs beside it. */
export function DateRangeControl({
  preset,
  presets,
  onPresetChange,
  fromDay,
  toDay,
  onDayChange,
  t,
  selectRef,
}: DateRangeControlProps) {
  const id = useId()
  // One group, so the custom days wrap together with their select rather than one line apart.
  return (
    <div
      className="uk-filter-bar__range-group"
      data-state={preset === 'custom' ? 'custom' : 'preset'}
    >
      <div className="uk-field uk-filter-bar__range">
        <label className="uk-field__label" htmlFor={id}>
          {t('filters.range')}
        </label>
        <select
          ref={selectRef}
          id={id}
          className="uk-select uk-filter-bar__select"
          value={preset}
          onChange={(event) => onPresetChange(event.target.value as DatePreset)}
        >
          {presets.map((option) => (
            <option key={option} value={option}>
              {t(`preset.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {preset === 'custom' ? (
        <>
          <DayField
            className="uk-filter-bar__date"
            label={t('filters.from')}
            value={fromDay}
            max={toDay}
            onCommit={(text) => onDayChange('from', text)}
          />
          <DayField
            className="uk-filter-bar__date"
            label={t('filters.to')}
            value={toDay}
            min={fromDay}
            onCommit={(text) => onDayChange('to', text)}
          />
        </>
      ) : null}
    </div>
  )
}
