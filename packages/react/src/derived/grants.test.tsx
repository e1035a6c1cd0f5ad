import { renderHook } from '@testing-library/react'
import type { LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { UsageKitProvider } from '../provider/UsageKitProvider.js'
import { useCreditGrants } from './useCreditGrants.js'
import { useLedgerStatement } from './useLedgerStatement.js'
import { useRunway } from './useRunway.js'

const entries: LedgerEntry[] = [
  ledgerEntry({
    id: 'u',
    kind: 'usage',
    occurredAt: '2026-01-21T00:00:00.000Z',
    credits: -60,
    balanceAfter: 240,
  }),
  ledgerEntry({
    id: 'g',
    kind: 'grant',
    occurredAt: '2026-01-15T00:00:00.000Z',
    credits: 300,
    balanceAfter: 300,
    expiresAt: '2026-03-01T00:00:00.000Z',
  }),
]
const now = () => new Date('2026-01-31T00:00:00.000Z')

const kit =
  (props: { timeZone?: string; cycleAnchor?: number | string }) =>
  ({ children }: { children: ReactNode }) => (
    <UsageKitProvider timeZone={props.timeZone} cycleAnchor={props.cycleAnchor}>
      {children}
    </UsageKitProvider>
  )

describe('useCreditGrants', () => {
  it("is core's creditGrants at the injected clock, memoized on the entries", () => {
    const clock = vi.fn(now)
    const { result, rerender } = renderHook(
      ({ list }) => useCreditGrants({ entries: list }, { now: clock }),
      { initialProps: { list: entries } },
    )
    expect(result.current).toMatchObject([
      { granted: 300, used: 60, remaining: 240, status: 'active', attribution: 'estimated' },
    ])
    const first = result.current
    rerender({ list: entries })
    expect(result.current).toBe(first)
    expect(clock).toHaveBeenCalledTimes(1)
    // New entries read the clock again.
    rerender({ list: entries.slice() })
    expect(clock).toHaveBeenCalledTimes(2)
  })

  it('asOf and expiringWithinDays pass through', () => {
    const { result } = renderHook(() =>
      useCreditGrants({ entries }, { asOf: '2026-02-20T00:00:00Z', expiringWithinDays: 10 }),
    )
    expect(result.current[0]?.status).toBe('expiring')
  })
})

describe('useRunway', () => {
  it("is core's projectRunway, with the window and balance options", () => {
    const { result, rerender } = renderHook(
      ({ windowDays }) => useRunway({ entries }, { now, windowDays }),
      { initialProps: { windowDays: 30 } },
    )
    // 60 credits in 30 days: 2 a day from 240, all held by a grant expiring on 1 March.
    expect(result.current).toMatchObject({
      balance: 240,
      burnPerDay: 2,
      runsOutAt: '2026-03-01T00:00:00.000Z',
      expiresUnused: 182,
      windowDays: 30,
    })
    const first = result.current
    rerender({ windowDays: 30 })
    expect(result.current).toBe(first)
    rerender({ windowDays: 15 })
    expect(result.current.burnPerDay).toBe(4)
  })
})

describe('useLedgerStatement', () => {
  it("takes the provider's zone and a numeric cycleAnchor of 1-28", () => {
    const { result } = renderHook(() => useLedgerStatement({ entries }, { period: 'month' }), {
      wrapper: kit({ timeZone: 'Asia/Tokyo', cycleAnchor: 20 }),
    })
    expect(result.current.map((p) => [p.start, p.opening, p.closing])).toEqual([
      ['2026-01-19T15:00:00.000Z', 300, 240],
      ['2025-12-19T15:00:00.000Z', 0, 300],
    ])
  })

  it('an ISO-date or 29-31 provider anchor falls back to the 1st; options win over the provider', () => {
    const starts = (wrapper: ReturnType<typeof kit>, cycleAnchor?: number) =>
      renderHook(() => useLedgerStatement({ entries }, { period: 'month', cycleAnchor }), {
        wrapper,
      }).result.current.map((p) => p.start)
    expect(starts(kit({ timeZone: 'UTC', cycleAnchor: '2025-06-30' }))).toEqual([
      '2026-01-01T00:00:00.000Z',
    ])
    expect(starts(kit({ timeZone: 'UTC', cycleAnchor: 31 }))).toEqual(['2026-01-01T00:00:00.000Z'])
    expect(starts(kit({ timeZone: 'UTC', cycleAnchor: 31 }), 16)).toEqual([
      '2026-01-16T00:00:00.000Z',
      '2025-12-16T00:00:00.000Z',
    ])
  })
})
