'use client'

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import type { Translate } from '../i18n/useMessages.js'

/** The charts UsageHistory can switch between. */
export type UsageHistoryChart = 'balance' | 'usage'

const CHARTS: readonly UsageHistoryChart[] = ['balance', 'usage']

/**
 * A compact switch between the balance and the usage chart, as the WAI-ARIA tabs pattern: one tab
 * stop, arrow keys (mirrored by the browser's own focus order in RTL) and Home/End move and
 * select, the chart below is the tab panel. Only the chosen chart renders: the other costs
 * nothing until it is asked for.
 */
export function ChartSwitch({
  value,
  onChange,
  t,
  children,
}: {
  value: UsageHistoryChart
  onChange: (chart: UsageHistoryChart) => void
  t: Translate
  children: ReactNode
}) {
  const id = useId()
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const choose = (index: number) => {
    const next = CHARTS[(index + CHARTS.length) % CHARTS.length] as UsageHistoryChart
    onChange(next)
    tabs.current[CHARTS.indexOf(next)]?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = CHARTS.indexOf(value)
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl'
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key]
    if (step !== undefined) choose(at + step)
    else if (event.key === 'Home') choose(0)
    else if (event.key === 'End') choose(CHARTS.length - 1)
    else return
    event.preventDefault()
  }
  return (
    <div className="uk-history__charts">
      <div
        role="tablist"
        aria-label={t('history.charts')}
        className="uk-switch"
        onKeyDown={onKeyDown}
      >
        {CHARTS.map((chart, index) => (
          <button
            key={chart}
            ref={(element) => {
              tabs.current[index] = element
            }}
            type="button"
            role="tab"
            id={`${id}-${chart}`}
            className="uk-switch__option"
            aria-selected={chart === value}
            aria-controls={`${id}-panel`}
            tabIndex={chart === value ? 0 : -1}
            onClick={() => onChange(chart)}
          >
            {t(chart === 'balance' ? 'history.balance' : 'history.usage')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${value}`}>
        {children}
      </div>
    </div>
  )
}
