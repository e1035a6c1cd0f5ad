import { renderHook } from '@testing-library/react'
import { createBalanceSeries, toBalanceColumns, type LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { useBalanceSeries } from './useBalanceSeries.js'
import { useLedgerTotals } from './useLedgerTotals.js'

const entry = (id: string, credits: number, balanceAfter: number, minute: number): LedgerEntry =>
  ledgerEntry({
    id,
    provider: 'vayu',
    kind: credits >= 0 ? 'grant' : 'usage',
    providerType: credits >= 0 ? 'Grant' : 'Deduct',
    occurredAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    credits,
    balanceAfter,
  })

const entries = Array.from({ length: 500 }, (_, i) =>
  entry(`e${i}`, i % 5 === 0 ? 1 : -0.1, 1000 - i / 10, 500 - i),
)

describe('derived hooks', () => {
  it('useLedgerTotals is exact and memoized on the entries', () => {
    const { result, rerender } = renderHook(({ list }) => useLedgerTotals({ entries: list }), {
      initialProps: { list: entries },
    })
    expect(result.current).toMatchObject({ granted: 100, used: 40, net: 60, count: 500 })
    const first = result.current
    rerender({ list: entries })
    expect(result.current).toBe(first)
    rerender({ list: entries.slice(1) })
    expect(result.current).not.toBe(first)
  })

  it('useLedgerTotals says the unit: USD for an ngrok ledger (credits are dollars), null otherwise', () => {
    expect(renderHook(() => useLedgerTotals({ entries })).result.current.creditCurrency).toBeNull()
    const ngrok = [
      ledgerEntry({ id: 'g', provider: 'ngrok', kind: 'grant', credits: 16880.77 }),
      ledgerEntry({ id: 'u', provider: 'ngrok', kind: 'usage', credits: -0.01 }),
    ]
    const { result } = renderHook(() => useLedgerTotals({ entries: ngrok }))
    expect(result.current).toMatchObject({ granted: 16880.77, used: 0.01, net: 16880.76 })
    expect(result.current.creditCurrency).toBe('USD')
  })

  it('useBalanceSeries downsamples to the point count and is memoized', () => {
    const { result, rerender } = renderHook(
      ({ points }) => useBalanceSeries({ entries }, { points }),
      {
        initialProps: { points: 40 },
      },
    )
    expect(result.current.length).toBeLessThanOrEqual(40)
    expect(result.current[0]?.at).toBeLessThan(result.current.at(-1)?.at ?? 0)
    const first = result.current
    rerender({ points: 40 })
    expect(result.current).toBe(first)
    rerender({ points: 1000 })
    expect(result.current).toHaveLength(500)
  })

  it("useBalanceSeries samples the chart's pipeline: points shared between counts are the same objects", () => {
    const { result, rerender } = renderHook(
      ({ points }) => useBalanceSeries({ entries }, { points }),
      { initialProps: { points: 40 } },
    )
    const narrow = result.current
    expect(narrow).toEqual(createBalanceSeries(toBalanceColumns(entries)).sample(40))
    rerender({ points: 120 })
    expect(result.current[0]).toBe(narrow[0])
    expect(result.current.at(-1)).toBe(narrow.at(-1))
    // A fractional or non-positive count is floored, never below one point.
    rerender({ points: 0.5 })
    expect(result.current).toEqual([narrow.at(-1)])
  })
})
