import {
  createBalanceSeries,
  toBalanceColumns,
  type BalancePoint,
  type BalanceSeries,
  type LedgerEntry,
} from '@usage-kit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format/useFormatters.js'
import { chartFrame } from './frame.js'
import { chartMarkers, chartPaths, MARKER_BOX, pointIndexAt, type ChartMarker } from './paths.js'
import { entryOf } from './fixtures.js'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)
const points: BalancePoint[] = Array.from({ length: 2000 }, (_, i) => ({
  at: START + i * (DAY / 4),
  balance: 1000 - (i % 100) * 5,
  entryId: `p${i}`,
  kind: i % 100 === 0 ? 'grant' : i % 7 === 0 ? 'expiration' : 'usage',
}))
const formatters = createFormatters('en-US', 'UTC')
/** The same points as ledger entries, newest first. */
const entries: LedgerEntry[] = points.map(entryOf).reverse()
/** The chart's series of entries, as `useBalanceChart` memoizes it per entries array. */
const seriesOf = (list: readonly LedgerEntry[]) => createBalanceSeries(toBalanceColumns(list))
const series = seriesOf(entries)

describe('chart geometry', () => {
  it('reads the series once: extent, ends, and one object per point', () => {
    expect(series.columns.length).toBe(points.length)
    expect(series.stats).toMatchObject({ min: 505, max: 1000 })
    expect(series.stats?.first).toEqual(points[0])
    expect(series.stats?.last).toEqual(points.at(-1))
    const sample = series.sample(400)
    expect(sample.length).toBeLessThanOrEqual(400)
    // A narrower sample hands out the same objects, so an active point survives a resize.
    const narrow = series.sample(200)
    expect(narrow[0]).toBe(sample[0])
    expect(narrow.at(-1)).toBe(sample.at(-1))
    expect(series.point(0)).toBe(series.point(0))
    expect(series.sample(5000)).toEqual(points)
  })

  it('remembers nothing between reads: an array changed in place reads afresh', () => {
    const list = points.slice(0, 10).map(entryOf).reverse()
    expect(seriesOf(list).stats?.max).toBe(1000)
    list[0] = entryOf({ ...(points[9] as BalancePoint), balance: 2000 })
    expect(seriesOf(list).stats?.max).toBe(2000)
  })

  it('finds the step covering an instant', () => {
    expect(pointIndexAt(points, START - 1)).toBe(0)
    expect(pointIndexAt(points, START + DAY / 4)).toBe(1)
    expect(pointIndexAt(points, START + DAY / 4 + 1)).toBe(1)
    expect(pointIndexAt(points, Number.MAX_SAFE_INTEGER)).toBe(1999)
    expect(pointIndexAt([], START)).toBe(-1)
  })

  it('keeps zero in view, nice y ticks, and labels that do not collide', () => {
    const { stats } = series
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 600, 240, false, formatters)
    expect(frame.y(0)).toBe(frame.bottom)
    expect(frame.yTicks.map((tick) => tick.label)).toContain('1,000')
    const positions = frame.xTicks.map((tick) => tick.position)
    positions.slice(1).forEach((position, i) => {
      expect(position - (positions[i] ?? 0)).toBeGreaterThan(40)
    })
    expect(frame.innerWidth).toBeLessThan(600)
  })

  it('puts time ticks on whole days, months or years, and one on a span of minutes', () => {
    const first = points[0] as BalancePoint
    const ticksOver = (from: string, to: string) =>
      chartFrame(
        {
          first: { ...first, at: Date.parse(from) },
          last: { ...first, at: Date.parse(to) },
          min: 0,
          max: 10,
        },
        600,
        240,
        false,
        formatters,
      ).xTicks
    const labels = (from: string, to: string) => ticksOver(from, to).map((tick) => tick.label)
    expect(labels('2026-03-03T10:01:00.000Z', '2026-03-03T10:09:00.000Z')).toEqual(['Mar 3'])
    expect(labels('2026-03-01T00:00:00.000Z', '2026-03-08T00:00:00.000Z')).toEqual(
      expect.arrayContaining(['Mar 2', 'Mar 3', 'Mar 4']),
    )
    // Month ticks name the month alone.
    expect(labels('2026-01-20T00:00:00.000Z', '2026-12-10T00:00:00.000Z')).toContain('Jul')
    // Year ticks name the year, with no second line repeating it.
    const yearly = ticksOver('2019-06-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z')
    expect(yearly.length).toBeGreaterThan(2)
    expect(yearly.map((tick) => tick.label)).toEqual(expect.arrayContaining(['2020', '2024']))
    expect(yearly.every((tick) => tick.year === null)).toBe(true)
  })

  it('mirrors the time axis right to left', () => {
    const { stats } = series
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 600, 240, true, formatters)
    expect(frame.x(stats.first.at)).toBeGreaterThan(frame.x(stats.last.at))
    expect(frame.yLabelAnchor).toBe('start')
  })

  it('draws step paths and thins markers to one per kind per marker column', () => {
    const { stats } = series
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 300, 240, false, formatters)
    const paths = chartPaths(frame, points.slice(0, 10), 'area')
    // Step after: each point holds its value horizontally, then the line steps vertically.
    expect(paths.line).toMatch(/^M[\d.]+,([\d.]+)L([\d.]+),\1L\2,/)
    expect(paths.area).not.toBeNull()
    expect(chartPaths(frame, points, 'none').area).toBeNull()
    const markers = chartMarkers(frame, series)
    expect(points.filter((p) => p.kind === 'grant').length).toBeGreaterThan(
      markers.filter((m) => m.kind === 'grant').length,
    )
    expect(markers.length).toBeLessThanOrEqual(frame.innerWidth)
    expect(new Set(markers.map((marker) => marker.kind))).toEqual(new Set(['grant', 'expiration']))
  })

  it('keeps the first marker of each kind in each column, as a walk over every candidate does (property)', () => {
    const ledger = fc
      .array(
        fc.tuple(
          fc.integer({ min: 0, max: 86_400_000 * 60 }),
          fc.constantFrom('grant', 'grant', 'expiration', 'usage' as const),
        ),
        { minLength: 1, maxLength: 3000, size: 'max' },
      )
      .map((rows) =>
        rows
          .map(([offset, kind], i) =>
            entryOf({ at: START + offset, balance: i % 50, entryId: `m${i}`, kind }),
          )
          .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt)),
      )
    fc.assert(
      fc.property(ledger, fc.integer({ min: 60, max: 1600 }), fc.boolean(), (list, width, rtl) => {
        const many = seriesOf(list)
        if (!many.stats) return
        const frame = chartFrame(many.stats, width, 240, rtl, formatters)
        expect(chartMarkers(frame, many)).toEqual(everyCandidate(frame, many))
      }),
      { numRuns: 60 },
    )
  })
})

/** The thinning as first written: every candidate in time order, a set of taken columns. */
function everyCandidate(frame: ReturnType<typeof chartFrame>, many: BalanceSeries): ChartMarker[] {
  const taken = new Set<string>()
  const markers: ChartMarker[] = []
  for (let i = 0; i < many.columns.length; i++) {
    const point = many.point(i)
    if (point.kind !== 'grant' && point.kind !== 'expiration') continue
    const x = frame.x(point.at)
    const key = `${point.kind}:${Math.floor(x / MARKER_BOX)}`
    if (taken.has(key)) continue
    taken.add(key)
    markers.push({ kind: point.kind, point, x, y: frame.y(point.balance) })
  }
  return markers
}
