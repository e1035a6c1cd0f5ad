'use client'

import { decimalPlaces, type LedgerEntry } from '@usage-kit/core'
import { useMemo } from 'react'
import { typographicMinus, type Formatters } from '../format/useFormatters.js'

/** The kit's formatters plus credit amounts with one number of decimals for the whole table. */
export interface TableFormat extends Formatters {
  /** '+1,250.50' with `signed`, '1,250.50' without; a typographic minus either way. */
  amount(value: number, signed?: boolean): string
}

/** Entries looked at to choose the decimals: enough to see the ledger's unit, cheap at 100,000. */
const SAMPLE = 2000

/**
 * Credits in a column line up only when every row shows the same decimals ('3,840.20' under
 * '3,803.62', not '3,840.2'), so the table takes the most decimals its entries use (up to 4).
 */
function creditDigits(entries: readonly LedgerEntry[]): number {
  let digits = 0
  for (const entry of entries.slice(0, SAMPLE)) {
    digits = Math.max(
      digits,
      decimalPlaces(entry.credits ?? 0),
      decimalPlaces(entry.balanceAfter ?? 0),
    )
  }
  return Math.min(digits, 4)
}

export function useTableFormat(
  formatters: Formatters,
  entries: readonly LedgerEntry[],
): TableFormat {
  const digits = useMemo(() => creditDigits(entries), [entries])
  return useMemo(() => {
    const format = (signDisplay: 'auto' | 'exceptZero') =>
      new Intl.NumberFormat(formatters.locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: Math.max(digits, 6),
        signDisplay,
      })
    const plain = format('auto')
    const signed = format('exceptZero')
    return {
      ...formatters,
      amount: (value, sign) => typographicMinus((sign ? signed : plain).format(value)),
    }
  }, [formatters, digits])
}
