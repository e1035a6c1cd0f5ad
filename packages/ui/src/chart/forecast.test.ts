import { createBalanceSeries, toBalanceColumns, type BalanceSeriesStats } from '@usage-kit/core'
import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format/useFormatters.js'
import { expiringRunway, FORECAST_AS_OF, makeEntries, makeRunway } from './fixtures.js'
import {
  forecastDrawing,
  forecastExpiries,
  forecastLabelAt,
  forecastPlan,
  type ForecastDrawing,
} from './forecast.js'
import { chartFrame } from './frame.js'

const formatters = createFormatters('en-US', 'UTC')
const round = (value: number) => Math.round(value * 10) / 10
// 30 days from 1 Jan 2026; the last point is 30 Jan at 2,430.
const stats = createBalanceSeries(toBalanceColumns(makeEntries(30))).stats as BalanceSeriesStats
const LAST = Date.UTC(2026, 0, 30)
const asOf = FORECAST_AS_OF
const withExpiry = expiringRunway

/** The last `M`/`L` vertex of a path string. */
const lastVertex = (d: string) => d.split(/[ML]/).at(-1)

describe('the run-out forecast', () => {
  it('draws nothing without a runway, at zero burn, without a path or with nothing left', () => {
    expect(forecastPlan(stats, undefined)).toBeNull()
    expect(forecastPlan(stats, null)).toBeNull()
    expect(forecastPlan(stats, makeRunway({ asOf, balance: 2430, burnPerDay: 0 }))).toBeNull()
    expect(forecastPlan(stats, { ...withExpiry, path: [] })).toBeNull()
    const spent = makeRunway({ asOf, balance: 0, burnPerDay: 50 })
    expect(forecastPlan(stats, spent)).toBeNull()
  })

  it('continues from the last point, holds until asOf, drops at the expiry, ends at zero', () => {
    const plan = forecastPlan(stats, withExpiry)
    const at = (iso: string) => Date.parse(iso)
    expect(plan).toEqual({
      vertices: [
        [LAST, 2430],
        [at(asOf), 2430],
        [at('2026-02-11T00:00:00.000Z'), 1930],
        [at('2026-02-11T00:00:00.000Z'), 1500],
        [at('2026-03-13T00:00:00.000Z'), 0],
      ],
      end: at('2026-03-13T00:00:00.000Z'),
      high: 2430,
      clipped: false,
      runsOutAt: at('2026-03-13T00:00:00.000Z'),
    })
    expect(forecastExpiries(withExpiry.path)).toEqual({
      count: 1,
      first: '2026-02-11T00:00:00.000Z',
    })
  })

  it('reaches the time axis to runsOutAt: the dashed line ends at y(0) at x(runsOutAt)', () => {
    const plan = forecastPlan(stats, withExpiry)
    if (!plan) throw new Error('no plan')
    const frame = chartFrame(stats, 640, 240, false, formatters, plan)
    expect(frame.x(plan.runsOutAt)).toBeCloseTo(frame.right)
    const drawing = forecastDrawing(frame, plan)
    expect(lastVertex(drawing.d)).toBe(`${round(frame.x(plan.runsOutAt))},${round(frame.y(0))}`)
    expect(drawing).toMatchObject({ endX: round(frame.right), endY: round(frame.y(0)) })
    // It starts on the history line's last point, and the expiry is a vertical drop.
    expect(drawing.d.startsWith(`M${round(frame.x(LAST))},${round(frame.y(2430))}`)).toBe(true)
    const xs = drawing.d
      .split(/[ML]/)
      .filter(Boolean)
      .map((v) => v.split(',')[0])
    expect(xs[2]).toBe(xs[3])
    expect(drawing.labelAnchor).toBe('end')
  })

  it('leaves the frame as it was without a forecast', () => {
    const plain = chartFrame(stats, 640, 240, false, formatters)
    expect(plain.x(LAST)).toBeCloseTo(plain.right)
    expect(chartFrame(stats, 640, 240, false, formatters, null).xTicks).toEqual(plain.xTicks)
  })

  it('mirrors right to left: the line runs out at the left edge, the label reads inwards', () => {
    const plan = forecastPlan(stats, withExpiry)
    if (!plan) throw new Error('no plan')
    const drawing = forecastDrawing(chartFrame(stats, 640, 240, true, formatters, plan), plan)
    expect(drawing.endX).toBeLessThan(100)
    expect(drawing.labelAnchor).toBe('start')
  })

  it('cuts a run-out beyond twice the history at the edge, above zero', () => {
    // 5 a day: 486 days. The history spans 29 days, the window 30: the horizon is 60 days on.
    const slow = makeRunway({ asOf, balance: 2430, burnPerDay: 5 })
    const plan = forecastPlan(stats, slow)
    if (!plan) throw new Error('no plan')
    const horizon = LAST + 60 * 86_400_000
    expect(plan).toMatchObject({ end: horizon, clipped: true })
    // 58 days of burn from 1 Feb to the horizon (31 Mar).
    const [endAt, endBalance] = plan.vertices.at(-1) ?? []
    expect(endAt).toBe(horizon)
    expect(endBalance).toBeCloseTo(2430 - 5 * 58)
    const frame = chartFrame(stats, 640, 240, false, formatters, plan)
    const drawing = forecastDrawing(frame, plan)
    expect(drawing.endX).toBe(round(frame.right))
    expect(drawing.endY).toBeLessThan(frame.y(0))
    expect(drawing.clipped).toBe(true)
  })

  it('counts every expiry the path meets and names the first', () => {
    const two = makeRunway({
      asOf,
      balance: 2430,
      burnPerDay: 50,
      expiries: [
        { at: '2026-02-05T00:00:00.000Z', amount: 100 },
        { at: '2026-02-11T00:00:00.000Z', amount: 200 },
      ],
    })
    expect(forecastExpiries(two.path)).toEqual({ count: 2, first: '2026-02-05T00:00:00.000Z' })
    expect(forecastExpiries(makeRunway({ asOf, balance: 10, burnPerDay: 5 }).path)).toBeNull()
  })

  it('keeps the end label clear of the line: above a gentle one, under a steep one', () => {
    const end = { d: '', endX: 600, endY: 200, clipped: false, labelAnchor: 'end' as const }
    // The line's height at x, falling into the end from the left.
    const lineY = (drawing: ForecastDrawing, x: number) =>
      drawing.endY - drawing.slope * (drawing.endX - x)
    const width = 16 * 7 // 'Runs out ~Mar 13' at the layout's estimate of a character
    const gentle = { ...end, slope: 0.2 }
    const above = forecastLabelAt(gentle, 16, 12)
    expect(above.x).toBe(594)
    // The baseline clears the line where it is highest under the text (its far side).
    expect(above.y).toBeLessThanOrEqual(lineY(gentle, above.x - width) - 6)
    const steep = { ...end, slope: 1.5 }
    const under = forecastLabelAt(steep, 16, 12)
    expect(under.y).toBe(196)
    // Under the line: where the text ends nearest the end, the line is already above its top.
    expect(lineY(steep, under.x)).toBeLessThanOrEqual(under.y - 12 - 4)
    // Never above the plot's top.
    expect(forecastLabelAt({ ...end, endY: 20, slope: 0.2 }, 16, 12).y).toBe(24)
  })

  it('measures how steeply the line falls into its end', () => {
    const plan = forecastPlan(stats, withExpiry)
    if (!plan) throw new Error('no plan')
    const frame = chartFrame(stats, 640, 240, false, formatters, plan)
    const drawing = forecastDrawing(frame, plan)
    // 1,500 credits over the 30 days from the expiry, in pixels.
    const expected =
      (frame.y(0) - frame.y(1500)) /
      (frame.x(plan.runsOutAt) - frame.x(Date.parse('2026-02-11T00:00:00.000Z')))
    expect(drawing.slope).toBeCloseTo(expected, 1)
  })
})
