'use client'

import type { UsageGroup } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { seriesProps } from './text.js'
import type { UsageChartGroup } from './types.js'

export interface UsageLegendProps {
  groups: readonly UsageGroup[]
  names: readonly string[]
  visible: readonly boolean[]
  toggle: (index: number) => void
  onGroupSelect: ((group: UsageChartGroup) => void) | undefined
  formatters: Formatters
  t: Translate
}

/**
 * One item per group: a toggle (pressed while its series shows; the last one showing stays) named
 * by the group and its total, and, for a real category or metric, a button that narrows the
 * ledger to it. Colour is never the only cue: the name is beside every swatch.
 */
export function UsageLegend({
  groups,
  names,
  visible,
  toggle,
  onGroupSelect,
  formatters,
  t,
}: UsageLegendProps) {
  const shown = visible.filter(Boolean).length
  return (
    <ul className="uk-chart__legend uk-usage__legend" aria-label={t('usage.legend')}>
      {groups.map((group, g) => (
        <li key={g} className="uk-chart__legend-item">
          <button
            type="button"
            className="uk-usage__toggle"
            aria-pressed={visible[g]}
            aria-disabled={visible[g] && shown === 1 ? true : undefined}
            onClick={() => toggle(g)}
          >
            <span className="uk-usage__swatch" {...seriesProps(group, g)} />
            <bdi>{names[g]}</bdi>{' '}
            <span className="uk-usage__legend-total">{formatters.credits(group.total)}</span>
          </button>
          {onGroupSelect && group.key !== null && !group.other ? (
            <button
              type="button"
              className="uk-usage__only"
              aria-label={t('usage.showOnly', { group: names[g] ?? '' })}
              title={t('usage.showOnly', { group: names[g] ?? '' })}
              onClick={() => onGroupSelect({ key: group.key })}
            >
              {/* A funnel: filter the ledger by this group. */}
              <svg
                width="12"
                height="12"
                viewBox="0 0 12 12"
                fill="currentColor"
                aria-hidden="true"
              >
                <path d="M1 2h10L7 6.5V10L5 11V6.5Z" />
              </svg>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** A row of pressed/unpressed buttons, one per option: the interval and grouping choices. */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
}: {
  label: string
  options: readonly T[]
  value: T
  onChange: (next: T) => void
  labelOf: (option: T) => string
}) {
  return (
    <div className="uk-usage__segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="uk-usage__segment"
          aria-pressed={option === value}
          onClick={() => onChange(option)}
        >
          {labelOf(option)}
        </button>
      ))}
    </div>
  )
}
