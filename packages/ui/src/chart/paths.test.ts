import type { BalancePoint } from '@usage-kit/core'
import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format/useFormatters.js'
import { chartFrame, seriesStats } from './frame.js'
import { chartMarkers, chartPaths, markerCandidates, pointIndexAt } from './paths.js'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)
const points: BalancePoint[] = Array.from({ length: 2000 }, (_, i) => ({
  at: START + i * (DAY / 4),
  balance: 1000 - (i % 100) * 5,
  entryId: `p${i}`,
  kind: i % 100 === 0 ? 'grant' : i % 7 === 0 ? 'expiration' : 'usage',
}))
const formatters = createFormatters('en-US', 'UTC')

describe('chart geometry', () => {
  it('finds the step covering an instant', () => {
    expect(pointIndexAt(points, START - 1)).toBe(0)
    expect(pointIndexAt(points, START + DAY / 4)).toBe(1)
    expect(pointIndexAt(points, START + DAY / 4 + 1)).toBe(1)
    expect(pointIndexAt(points, Number.MAX_SAFE_INTEGER)).toBe(1999)
    expect(pointIndexAt([], START)).toBe(-1)
  })

  it('keeps zero in view, nice y ticks, and labels that do not collide', () => {
    const stats = seriesStats(points)
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 600, 240, false, formatters)
    expect(frame.y.domain()[0]).toBe(0)
    expect(frame.yTicks.map((tick) => tick.label)).toContain('1,000')
    const positions = frame.xTicks.map((tick) => tick.position)
    positions.slice(1).forEach((position, i) => {
      expect(position - (positions[i] ?? 0)).toBeGreaterThan(40)
    })
    expect(frame.innerWidth).toBeLessThan(600)
  })

  it('mirrors the time axis right to left', () => {
    const stats = seriesStats(points)
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 600, 240, true, formatters)
    expect(frame.x(stats.first.at)).toBeGreaterThan(frame.x(stats.last.at))
    expect(frame.yLabelAnchor).toBe('start')
  })

  it('draws step paths and thins markers to one per kind per marker column', () => {
    const stats = seriesStats(points)
    if (!stats) throw new Error('no stats')
    const frame = chartFrame(stats, 300, 240, false, formatters)
    const paths = chartPaths(frame, points.slice(0, 10), 'area')
    // Step after: each point holds its value horizontally, then the line steps vertically.
    expect(paths.line).toMatch(/^M[\d.]+,([\d.]+)L([\d.]+),\1L\2,/)
    expect(paths.area).not.toBeNull()
    expect(chartPaths(frame, points, 'none').area).toBeNull()
    const candidates = markerCandidates(points)
    const markers = chartMarkers(frame, candidates)
    expect(candidates.length).toBeGreaterThan(markers.length)
    expect(markers.length).toBeLessThanOrEqual(frame.innerWidth)
    expect(new Set(markers.map((marker) => marker.kind))).toEqual(new Set(['grant', 'expiration']))
  })
})
