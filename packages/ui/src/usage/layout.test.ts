import { usageBreakdown } from '@usage-kit/core'
import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format/useFormatters.js'
import { synapUsage } from './fixtures.js'
import { bucketIndexAt, usageLayout } from './layout.js'

const LA = 'America/Los_Angeles'

describe('usage layout', () => {
  it("gives each bar its bucket's width on the time axis: a DST day is 23/24 of its neighbours", () => {
    // 7-9 Mar 2026 in Los Angeles: the 8th springs forward and has 23 hours.
    const breakdown = usageBreakdown(synapUsage(), {
      interval: 'day',
      timeZone: LA,
      from: '2026-03-07T08:00:00.000Z',
      to: '2026-03-10T06:59:59.999Z',
    })
    const layout = usageLayout(
      breakdown,
      [true, true],
      900,
      240,
      false,
      createFormatters('en-US', LA),
    )!
    const widths = layout.columns.map((column) => column.right - column.left)
    expect(widths).toHaveLength(3)
    expect(widths[1]! / widths[0]!).toBeCloseTo(23 / 24, 5)
    expect(widths[2]! / widths[0]!).toBeCloseTo(1, 5)
  })

  it('stacks only the visible groups, bottom first, and mirrors in RTL', () => {
    const breakdown = usageBreakdown(synapUsage(), {
      interval: 'day',
      timeZone: 'UTC',
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-05T23:59:59.999Z',
    })
    const formatters = createFormatters('en-US', 'UTC')
    const both = usageLayout(breakdown, [true, true], 600, 240, false, formatters)!
    const one = usageLayout(breakdown, [false, true], 600, 240, false, formatters)!
    expect(both.series.map((series) => series.group)).toEqual([0, 1])
    expect(one.series.map((series) => series.group)).toEqual([1])
    // Storage alone (2 a day) is drawn on a smaller axis than the stacks (up to 52).
    expect(one.frame.yTicks.at(-1)!.label).toBe('2')
    const rtl = usageLayout(breakdown, [true, true], 600, 240, true, formatters)!
    expect(rtl.columns[0]!.left).toBeGreaterThan(rtl.columns[4]!.left)
  })

  it('finds the bucket holding an instant, clamped to the ends', () => {
    const edges = new Float64Array([0, 10, 20, 30])
    expect([-5, 0, 9, 10, 29, 30, 99].map((at) => bucketIndexAt(edges, at))).toEqual([
      0, 0, 0, 1, 2, 2, 2,
    ])
  })
})
