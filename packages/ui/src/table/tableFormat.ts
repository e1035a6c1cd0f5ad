import { decimalPlaces, type LedgerEntry } from '@usage-kit/core'
import { useMemo } from 'react'
import { typographicMinus as withMinus, type Formatters } from '../format/useFormatters.js'

/** The kit's formatters plus credit amounts with one number of decimals for the whole table. */
export interface TableFormat extends Formatters {
  /** '+1,250.50' with `signed`, '1,250.50' without; a typographic minus either way. */
  amount(value: number, signed?: boolean): string
}

/** Entries looked at to choose the decimals: enough to see the ledger's unit, cheap at 100,000. */
const SAMPLE = 2000
const MAX_DIGITS = 4

/**
 * Credits in a column line up only when every row shows the same decimals ('3,840.20' under
 * '3,803.62', not '3,840.2'), so the table takes the most decimals its entries use (up to 4).
 */
export function creditDigits(entries: readonly LedgerEntry[]): number {
  let digits = 0
  const end = Math.min(entries.length, SAMPLE)
  for (let i = 0; i < end && digits < MAX_DIGITS; i++) {
    const entry = entries[i] as LedgerEntry
    if (entry.credits !== null) digits = Math.max(digits, decimalPlaces(entry.credits))
    if (entry.balanceAfter !== null) digits = Math.max(digits, decimalPlaces(entry.balanceAfter))
  }
  return Math.min(digits, MAX_DIGITS)
}

export function useTableFormat(fmt: Formatters, entries: readonly LedgerEntry[]): TableFormat {
  const digits = useMemo(() => creditDigits(entries), [entries])
  return useMemo(() => {
    const options = { minimumFractionDigits: digits, maximumFractionDigits: Math.max(digits, 6) }
    const plain = new Intl.NumberFormat(fmt.locale, options)
    const signed = new Intl.NumberFormat(fmt.locale, { ...options, signDisplay: 'exceptZero' })
    return {
      ...fmt,
      amount: (value, sign) => withMinus((sign ? signed : plain).format(value)),
    }
  }, [fmt, digits])
}
