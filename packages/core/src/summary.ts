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
  const money = new Map<string, { plus: number[]; minus: number[] }>()
  let count = 0
  for (const entry of entries) {
    if (entry.pending) continue
    count++
    if (entry.credits !== null) {
      if (entry.credits >= 0) plus.push(entry.credits)
      else minus.push(-entry.credits)
    }
    if (entry.money !== null) {
      let totals = money.get(entry.money.currency)
      if (totals === undefined) {
        totals = { plus: [], minus: [] }
        money.set(entry.money.currency, totals)
      }
      // Added exactly too: plain addition of integers stops being exact past 2^53, which ten
      // amounts of 10^15 minor units (the largest the guards take) already reach.
      if (entry.money.amountMinor >= 0) totals.plus.push(entry.money.amountMinor)
      else totals.minus.push(-entry.money.amountMinor)
    }
  }
  return {
    ...totalsOf(plus, minus),
    count,
    money: Object.fromEntries(
      [...money].map(([currency, t]) => [currency, totalsOf(t.plus, t.minus)]),
    ),
  }
}

/** Exact totals of raising and (positive) lowering amounts; `net` is exactly `granted - used`. */
function totalsOf(plus: readonly number[], minus: readonly number[]): Totals {
  const granted = sumExact(plus)
  const used = sumExact(minus)
  return { granted, used, net: sumExact([granted, -used]) }
}
