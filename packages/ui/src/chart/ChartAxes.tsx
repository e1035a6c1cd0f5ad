import type { AxisTick, ChartFrame } from './frame.js'

/** Half-pixel offsets keep 1px lines on the pixel grid, so they stay sharp. */
export const crisp = (value: number) => Math.round(value) + 0.5

/**
 * A frame's grid, zero line, tick marks and tick labels, hidden from assistive technology (the
 * charts say the same in words). Shared by the balance and usage charts.
 */
export function ChartAxes({ frame }: { frame: ChartFrame }) {
  const { left, right, bottom } = frame
  const zero = frame.y(0)
  // Each kind of rule is one path: a few elements for the axes instead of one or two per tick.
  const rules = (ticks: readonly AxisTick[]) =>
    ticks.map((tick) => `M${left},${crisp(tick.position)}H${right}`).join('')
  const onZero = (tick: AxisTick) => Math.abs(tick.position - zero) < 0.5
  return (
    <g aria-hidden="true">
      <path className="uk-chart__grid" d={rules(frame.yTicks.filter((tick) => !onZero(tick)))} />
      <path className="uk-chart__grid" data-zero="" d={rules(frame.yTicks.filter(onZero))} />
      <path
        className="uk-chart__tick-mark"
        d={frame.xTicks.map((tick) => `M${crisp(tick.position)},${bottom}v4`).join('')}
      />
      {/* Keyed by place, not value: a resize moves the labels' nodes instead of replacing them. */}
      {frame.yTicks.map((tick, i) => (
        <text
          key={i}
          className="uk-chart__tick"
          x={frame.yLabelX}
          y={tick.position}
          dy="0.32em"
          textAnchor={frame.yLabelAnchor}
        >
          {tick.label}
        </text>
      ))}
      {frame.xTicks.map((tick, i) => (
        <text
          key={`x${i}`}
          className="uk-chart__tick"
          x={tick.position}
          y={bottom + 18}
          textAnchor={tick.anchor}
        >
          {tick.label}
          {tick.year ? (
            <tspan data-year="" x={tick.position} dy={16}>
              {tick.year}
            </tspan>
          ) : null}
        </text>
      ))}
    </g>
  )
}
