import { act, renderHook } from '@testing-library/react'
import type { LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { UsageKitProvider } from '../provider/UsageKitProvider.js'
import { useUsageBreakdown, type UseUsageBreakdownOptions } from './useUsageBreakdown.js'

const usage = (id: string, occurredAt: string, credits: number, category: string, metric: string) =>
  ledgerEntry({ id, kind: 'usage', occurredAt, credits, category, metric })

const entries: LedgerEntry[] = [
  usage('a', '2026-03-02T07:30:00.000Z', -0.1, 'inference', 'tokens'),
  usage('b', '2026-03-02T09:00:00.000Z', -0.2, 'storage', 'pages'),
  usage('c', '2026-03-03T12:00:00.000Z', -1.5, 'inference', 'pages'),
]

const inZone =
  (timeZone: string) =>
  ({ children }: { children: ReactNode }) => (
    <UsageKitProvider timeZone={timeZone}>{children}</UsageKitProvider>
  )

describe('useUsageBreakdown', () => {
  it("cuts days in the provider's zone, by category, and is memoized on the entries", () => {
    const { result, rerender } = renderHook(
      ({ list }: { list: LedgerEntry[] }) => useUsageBreakdown({ entries: list }),
      { initialProps: { list: entries }, wrapper: inZone('America/Los_Angeles') },
    )
    const { breakdown } = result.current
    expect(result.current).toMatchObject({
      interval: 'day',
      groupBy: 'category',
      timeZone: 'America/Los_Angeles',
    })
    // 07:30Z is still 1 March in Los Angeles (23:30 PST).
    expect(breakdown.buckets.map((b) => [b.start, b.total])).toEqual([
      ['2026-03-01T08:00:00.000Z', 0.1],
      ['2026-03-02T08:00:00.000Z', 0.2],
      ['2026-03-03T08:00:00.000Z', 1.5],
    ])
    expect(breakdown.groups).toEqual([
      { key: 'inference', total: 1.6 },
      { key: 'storage', total: 0.2 },
    ])
    expect(breakdown.total).toBe(1.8)
    const first = result.current
    rerender({ list: entries })
    expect(result.current).toBe(first)
    rerender({ list: entries.slice(1) })
    expect(result.current.breakdown).not.toBe(breakdown)
  })

  it('keeps interval and grouping as its own state, reporting each change', () => {
    const onIntervalChange = vi.fn()
    const onGroupByChange = vi.fn()
    const { result } = renderHook(() =>
      useUsageBreakdown({ entries }, { timeZone: 'UTC', onIntervalChange, onGroupByChange }),
    )
    expect(result.current.breakdown.buckets).toHaveLength(2)
    act(() => result.current.setInterval('hour'))
    expect(result.current.interval).toBe('hour')
    // 07:00 on 2 March to 12:00 on 3 March: 17 + 13 hours.
    expect(result.current.breakdown.buckets).toHaveLength(30)
    expect(onIntervalChange).toHaveBeenCalledWith('hour')
    act(() => result.current.setGroupBy('metric'))
    expect(result.current.breakdown.groups.map((g) => g.key)).toEqual(['pages', 'tokens'])
    expect(onGroupByChange).toHaveBeenCalledWith('metric')
  })

  it('follows the host when controlled, and takes defaults, range, top and weekStartsOn', () => {
    const onIntervalChange = vi.fn()
    const { result, rerender } = renderHook(
      (options: UseUsageBreakdownOptions) => useUsageBreakdown({ entries }, options),
      {
        initialProps: {
          interval: 'week',
          onIntervalChange,
          defaultGroupBy: 'none',
          timeZone: 'UTC',
          weekStartsOn: 0,
          top: 1,
        } as UseUsageBreakdownOptions,
      },
    )
    expect(result.current.breakdown.buckets.map((b) => b.start)).toEqual([
      '2026-03-01T00:00:00.000Z',
    ])
    expect(result.current.breakdown.groups).toEqual([{ key: null, total: 1.8 }])
    act(() => result.current.setInterval('month'))
    expect(onIntervalChange).toHaveBeenCalledWith('month')
    expect(result.current.interval).toBe('week')
    rerender({
      interval: 'month',
      timeZone: 'UTC',
      groupBy: 'category',
      top: 1,
      from: '2026-02-15T00:00:00.000Z',
    })
    expect(result.current.breakdown.buckets.map((b) => b.start.slice(0, 7))).toEqual([
      '2026-02',
      '2026-03',
    ])
    expect(result.current.breakdown.groups).toEqual([
      { key: 'inference', total: 1.6 },
      { key: null, total: 0.2, other: true },
    ])
  })
})
