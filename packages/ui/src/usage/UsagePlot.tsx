import type { UsageBreakdown } from '@usage-kit/core'
import { memo } from 'react'
import { ChartAxes } from '../chart/ChartAxes.js'
import type { Translate } from '../i18n/useMessages.js'
import type { UsageLayout } from './layout.js'
import { seriesProps, type BucketText } from './text.js'

export interface UsagePlotProps {
  layout: UsageLayout
  breakdown: UsageBreakdown
  visible: readonly boolean[]
  names: readonly string[]
  /** The bucket under the pointer or keyboard, -1 for none. */
  activeIndex: number
  /** The bucket the host's filters narrowed to, -1 for none. */
  selectedIndex: number
  describe: (bucket: UsageBreakdown['buckets'][number]) => BucketText
  t: Translate
}

/**
 * The bars: one path per visible series (every bar of a group in one element, so a year of
 * daily bars is a handful of nodes), a band behind the selected bucket, an outline on the
 * active one, and the active bucket's tooltip. Hidden from assistive technology: the live
 * region, summary and data table say the same in words.
 */
export const UsagePlot = memo(function UsagePlot({
  layout,
  breakdown,
  visible,
  names,
  activeIndex,
  selectedIndex,
  describe,
  t,
}: UsagePlotProps) {
  const { frame, columns } = layout
  const { top, bottom } = frame
  const selected = columns[selectedIndex]
  const active = columns[activeIndex]
  const bucket = breakdown.buckets[activeIndex]
  return (
    <>
      <svg className="uk-chart__svg" width={frame.width} height={frame.height} focusable="false">
        <ChartAxes frame={frame} />
        <g aria-hidden="true">
          <Column className="uk-usage__selected" column={selected} top={top} bottom={bottom} />
          {layout.series.map(({ group, d }) => (
            <path
              key={group}
              className="uk-usage__series"
              {...seriesProps(breakdown.groups[group]!, group)}
              d={d}
            />
          ))}
          <Column className="uk-usage__active" column={active} top={top} bottom={bottom} />
        </g>
      </svg>
      {active && bucket ? (
        <UsageTooltip
          x={(active.left + active.right) / 2}
          width={frame.width}
          top={top}
          text={describe(bucket)}
          breakdown={breakdown}
          visible={visible}
          names={names}
          t={t}
        />
      ) : null}
    </>
  )
})

/** A band the height of the plot over a bucket's column (the selected or the active one). */
function Column({
  className,
  column,
  top,
  bottom,
}: {
  className: string
  column: UsageLayout['columns'][number] | undefined
  top: number
  bottom: number
}) {
  if (!column) return null
  const { left, right } = column
  return <rect className={className} x={left} y={top} width={right - left} height={bottom - top} />
}

/**
 * A bucket in words beside its bar, on the side with more room, clamped to the plot (physical
 * pixels, as the svg's, also in RTL), at the top of the plot where the most values fit.
 */
function UsageTooltip({
  x,
  width,
  top,
  text,
  breakdown,
  visible,
  names,
  t,
}: {
  x: number
  width: number
  top: number
  text: BucketText
  breakdown: UsageBreakdown
  visible: readonly boolean[]
  names: readonly string[]
  t: Translate
}) {
  const across =
    x > width / 2
      ? `max(0px, calc(${x - 16}px - 100%))`
      : `min(${x + 16}px, calc(${width}px - 100%))`
  return (
    <div
      className="uk-chart__tooltip uk-usage__tooltip"
      aria-hidden="true"
      style={{ transform: `translate(${across}, ${top}px)` }}
    >
      <span className="uk-chart__tooltip-date">{text.period}</span>
      <dl className="uk-usage__values">
        {breakdown.groups.map((group, g) =>
          visible[g] ? (
            <div key={g} className="uk-usage__value">
              <dt>
                <span className="uk-usage__swatch" {...seriesProps(group, g)} />
                <bdi>{names[g]}</bdi>
              </dt>
              <dd>
                <bdi>{text.values[g]}</bdi>
              </dd>
            </div>
          ) : null,
        )}
        <div className="uk-usage__value" data-total="">
          <dt>{t('usage.total')}</dt>
          <dd>
            <bdi>{text.total}</bdi>
          </dd>
        </div>
      </dl>
    </div>
  )
}
