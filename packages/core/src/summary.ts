import { sumExact } from './decimal.js'
import type { LedgerEntry } from './model.js'

/** Granted, used and net amounts in one unit. */
export interface Totals {
  /** Sum of movements that raised the balance. */
  granted: number
  /** Sum of movements that lowered it, as a positive number. */
  used: number
  /** granted - used. */
  net: number
}

/** Totals for a set of entries, exact to the providers' decimals. */
export interface LedgerSummary extends Totals {
  /** Posted entries counted. */
  count: number
  /** The same totals in money, per currency, where entries carry money. */
  money: Record<string, Totals>
}

/**
 * Adds up posted entries: pending ones (ngrok invoice previews) are never counted. Exact:
 * 100,000 entries of `0.1` give exactly `10000`.
 */
export function summarizeLedger(entries: readonly LedgerEntry[]): LedgerSummary {
  const plus: number[] = []
  const minus: number[] = []
  const money = new Map<string, { plus: number; minus: number }>()
  let count = 0
  for (const entry of entries) {
    if (entry.pending) continue
    count++
    if (entry.credits !== null) {
      if (entry.credits >= 0) plus.push(entry.credits)
      else minus.push(-entry.credits)
    }
    if (entry.money !== null) {
      const totals = money.get(entry.money.currency) ?? { plus: 0, minus: 0 }
      // Minor units are integers, so plain addition is exact.
      if (entry.money.amountMinor >= 0) totals.plus += entry.money.amountMinor
      else totals.minus -= entry.money.amountMinor
      money.set(entry.money.currency, totals)
    }
  }
  const granted = sumExact(plus)
  const used = sumExact(minus)
  return {
    granted,
    used,
    net: sumExact([granted, -used]),
    count,
    money: Object.fromEntries(
      [...money].map(([currency, t]) => [
        currency,
        { granted: t.plus, used: t.minus, net: t.plus - t.minus },
      ]),
    ),
  }
}
