'use client'

/**
 * The parts the balance and usage charts share around their drawings: the figure with its
 * caption, summary and data-table toggle, the plot box (a focusable chart region when ready, a
 * placeholder otherwise), and the keyboard hint and live region.
 */
import type { CSSProperties, HTMLAttributes, ReactNode, Ref } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { dataFlag } from '../primitives/dataFlag.js'
import { KitRoot } from '../primitives/KitRoot.js'
import type { UsageKitTheme } from '../theme/tokens.js'

export interface ChartFigureProps extends Omit<HTMLAttributes<HTMLElement>, 'style'> {
  /** `useId()` of the chart: the caption, summary, table and hint ids derive from it. */
  chartId: string
  part: string
  title: string
  summary: string | null
  state: string
  refreshing: boolean
  tableOpen: boolean
  setTableOpen: (open: boolean) => void
  /** How to move in the plot, read after its name. */
  hint: string
  announcement: string
  theme: UsageKitTheme | undefined
  style: CSSProperties | undefined
  t: Translate
  children: ReactNode
}

export function ChartFigure({
  chartId: id,
  part,
  title,
  summary,
  state,
  refreshing,
  tableOpen,
  setTableOpen,
  hint,
  announcement,
  theme,
  style,
  t,
  children,
  ...rest
}: ChartFigureProps) {
  const ready = state === 'ready'
  return (
    <KitRoot
      {...rest}
      as="figure"
      part={part}
      theme={theme}
      style={style}
      data-state={state}
      data-refreshing={dataFlag(ready && refreshing)}
      data-table-open={dataFlag(ready && tableOpen)}
      // Named by the title, described by the summary (some engines ignore <figcaption>); a host's
      // own labelling wins.
      aria-labelledby={rest['aria-labelledby'] ?? (rest['aria-label'] ? undefined : `${id}-title`)}
      aria-describedby={rest['aria-describedby'] ?? (summary ? `${id}-summary` : undefined)}
    >
      <figcaption className="uk-chart__caption">
        <span className="uk-chart__title" id={`${id}-title`}>
          {title}
        </span>
        {summary ? (
          // dir="auto": a sentence in a left-to-right language keeps its punctuation in place
          // inside a right-to-left page.
          <span className="uk-chart__summary" id={`${id}-summary`} dir="auto">
            {summary}
          </span>
        ) : null}
      </figcaption>
      {ready ? (
        <button
          type="button"
          className="uk-button uk-chart__toggle"
          aria-expanded={tableOpen}
          aria-controls={tableOpen ? `${id}-table` : undefined}
          onClick={() => setTableOpen(!tableOpen)}
        >
          {t(tableOpen ? 'chart.hideTable' : 'chart.showTable')}
        </button>
      ) : null}
      {children}
      {ready ? (
        <>
          <span id={`${id}-hint`} className="uk-visually-hidden">
            {hint}
          </span>
          <div className="uk-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {announcement}
          </div>
        </>
      ) : null}
    </KitRoot>
  )
}

export interface ChartPlotBoxProps extends HTMLAttributes<HTMLDivElement> {
  chartId: string
  plotRef: Ref<HTMLDivElement>
  state: string
  height: number
  /** The plot's name (the chart's title). */
  label: string
  active: boolean
  t: Translate
  /** The drawing when ready, else what the state shows (skeleton, error, empty message). */
  children: ReactNode
}

/**
 * The plot: when ready one tab stop (role="group", described by the keyboard hint) that takes
 * the pointer and keys; otherwise a placeholder of the same height (measured all the same, so
 * the first ready render already has its width).
 */
export function ChartPlotBox({
  chartId,
  plotRef,
  state,
  height,
  label,
  active,
  t,
  children,
  ...regionProps
}: ChartPlotBoxProps) {
  if (state !== 'ready') {
    return (
      <div
        ref={plotRef}
        className={state === 'loading' ? 'uk-chart__plot' : 'uk-chart__plot uk-chart__placeholder'}
        style={{ minHeight: height }}
      >
        {children}
      </div>
    )
  }
  return (
    <div
      ref={plotRef}
      className="uk-chart__plot"
      style={{ height }}
      role="group"
      tabIndex={0}
      aria-roledescription={t('chart.role')}
      aria-label={label}
      aria-describedby={`${chartId}-hint`}
      data-active={dataFlag(active)}
      {...regionProps}
    >
      {children}
    </div>
  )
}
