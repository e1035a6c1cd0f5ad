'use client'

import type { BalancePoint } from '@usage-kit/core'
import { memo, useMemo } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { KindBadge } from '../primitives/KindBadge.js'
import { useAfterFirstPaint } from '../primitives/useAfterFirstPaint.js'
import { ChartAxes, crisp } from './ChartAxes.js'
import { forecastLabelAt, type ForecastDrawing } from './forecast.js'
import type { ChartFrame } from './frame.js'
import { MARKER_SYMBOLS, type ChartMarker, type ChartPaths } from './paths.js'
import { rememberPerPoint } from './series.js'
import type { PointText } from './useBalanceChart.js'

export interface ChartPlotProps {
  frame: ChartFrame
  paths: ChartPaths
  markers: readonly ChartMarker[]
  /** The dashed run-out forecast, or null. */
  forecast?: ForecastDrawing | null
  /** "Runs out ~Sep 3", at the forecast's end. */
  forecastLabel?: string | null
  activePoint: BalancePoint | null
  describe: (point: BalancePoint) => PointText
  gradientId: string
  t: Translate
}

/**
 * The drawing: grid, axes, area, step line, markers and the crosshair. Axes and lines are hidden
 * from assistive technology (the summary, data table and live region say the same in words);
 * markers stay reachable as images named by their aria-label.
 */
export const ChartPlot = memo(function ChartPlot({
  frame,
  paths,
  markers,
  forecast = null,
  forecastLabel = null,
  activePoint,
  describe,
  gradientId,
  t,
}: ChartPlotProps) {
  const { top, bottom, x, y } = frame
  const activeX = crisp(activePoint ? x(activePoint.at) : 0)
  return (
    <>
      <svg className="uk-chart__svg" width={frame.width} height={frame.height} focusable="false">
        <defs>
          <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
            <stop offset="0%" className="uk-chart__area-top" />
            <stop offset="100%" className="uk-chart__area-bottom" />
          </linearGradient>
        </defs>
        <ChartAxes frame={frame} />
        <g aria-hidden="true">
          {paths.area ? (
            <path className="uk-chart__area" d={paths.area} fill={`url(#${gradientId})`} />
          ) : null}
          <path className="uk-chart__line" d={paths.line} />
          {forecast ? <ChartForecast forecast={forecast} label={forecastLabel} top={top} /> : null}
        </g>
        <ChartMarkers markers={markers} describe={describe} t={t} />
        {activePoint ? (
          <g aria-hidden="true">
            <line className="uk-chart__crosshair" x1={activeX} x2={activeX} y1={top} y2={bottom} />
            <circle
              className="uk-chart__dot"
              cx={x(activePoint.at)}
              cy={y(activePoint.balance)}
              r={4.5}
            />
          </g>
        ) : null}
      </svg>
      {activePoint ? (
        <ChartTooltip point={activePoint} frame={frame} text={describe(activePoint)} t={t} />
      ) : null}
    </>
  )
})

/**
 * The forecast: a dashed line, a dot where it reaches zero (none where it is cut at the edge) and
 * its label by the end, reading inwards, clear of the line (`forecastLabelAt`). Inside the plot's aria-hidden group: the summary
 * says the same in words.
 */
function ChartForecast({
  forecast,
  label,
  top,
}: {
  forecast: ForecastDrawing
  label: string | null
  top: number
}) {
  const { endX, endY, labelAnchor } = forecast
  const at = label ? forecastLabelAt(forecast, label.length, top) : null
  return (
    <>
      <path className="uk-chart__forecast" d={forecast.d} />
      {forecast.clipped ? null : (
        <circle className="uk-chart__forecast-end" cx={endX} cy={endY} r={3} />
      )}
      {label && at ? (
        <text className="uk-chart__forecast-label" x={at.x} y={at.y} textAnchor={labelAnchor}>
          {label}
        </text>
      ) : null}
    </>
  )
}

/**
 * The markers, apart from the crosshair: moving the active point re-renders the plot, not the
 * markers.
 */
const ChartMarkers = memo(function ChartMarkers({
  markers,
  describe,
  t,
}: Pick<ChartPlotProps, 'markers' | 'describe' | 't'>) {
  // Names are not drawn: the first paint goes without them, and they follow once it is on screen.
  const named = useAfterFirstPaint()
  const nameOf = useMemo(
    () =>
      rememberPerPoint((point) =>
        t('chart.marker', {
          ...describe(point),
          kind: t(point.kind === 'grant' ? 'chart.grant' : 'chart.expiration'),
        }),
      ),
    [describe, t],
  )
  return (
    <g className="uk-chart__markers">
      {markers.map((marker, i) => (
        // One element per marker, an image named by aria-label (which every accessibility API
        // reads on an svg element with role="img") once named. Keyed by place, so a resize updates
        // the nodes it has instead of replacing them.
        <path
          key={i}
          className="uk-chart__marker"
          data-kind={marker.kind}
          role={named ? 'img' : undefined}
          aria-label={named ? nameOf(marker.point) : undefined}
          d={MARKER_SYMBOLS[marker.kind]}
          transform={`translate(${marker.x},${marker.y})`}
        />
      ))}
    </g>
  )
})

/**
 * The active point in words, beside the crosshair on the side with more room, and above or below
 * the point (below when it is in the upper half). Svg coordinates are physical pixels, so the
 * tooltip is placed physically too (also in RTL), and clamped to the plot, so a narrow chart
 * never cuts it off.
 */
function ChartTooltip({
  point,
  frame,
  text,
  t,
}: {
  point: BalancePoint
  frame: ChartFrame
  text: PointText
  t: Translate
}) {
  const { width, top, bottom } = frame
  const x = frame.x(point.at)
  const across =
    x > width / 2
      ? `max(0px, calc(${x - 12}px - 100%))`
      : `min(${x + 12}px, calc(${width}px - 100%))`
  const down = frame.y(point.balance) < (top + bottom) / 2 ? `calc(${bottom}px - 100%)` : `${top}px`
  return (
    <div
      className="uk-chart__tooltip"
      aria-hidden="true"
      style={{ transform: `translate(${across}, ${down})` }}
    >
      <span className="uk-chart__tooltip-date">{text.date}</span>
      <span className="uk-chart__tooltip-balance">
        <span className="uk-chart__tooltip-label">{t('chart.balance')}</span>
        <bdi>{text.balance}</bdi>
      </span>
      <KindBadge kind={point.kind} pending={false} t={t} />
    </div>
  )
}
