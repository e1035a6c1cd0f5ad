import type { LedgerEntry } from './model.js'

/** A CSV cell value: numbers and booleans are written as such, strings are quoted as needed. */
export type CsvValue = string | number | boolean | null

/** A CSV column: a built-in name, or a header with a function that reads the cell. */
export type CsvColumn = CsvColumnName | { header: string; value: (entry: LedgerEntry) => CsvValue }

const BUILT_IN = {
  id: (e) => e.id,
  provider: (e) => e.provider,
  occurredAt: (e) => e.occurredAt,
  kind: (e) => e.kind,
  providerType: (e) => e.providerType,
  pending: (e) => e.pending,
  credits: (e) => e.credits,
  money: (e) => (e.money ? Number(minorToDecimal(e.money.amountMinor, e.money.currency)) : null),
  currency: (e) => e.money?.currency ?? null,
  balanceAfter: (e) => e.balanceAfter,
  category: (e) => e.category,
  metric: (e) => e.metric,
  description: (e) => e.description,
  expiresAt: (e) => e.expiresAt,
  invoiceId: (e) => e.invoice?.id ?? null,
  invoiceUrl: (e) => e.invoice?.url ?? null,
  grantId: (e) => e.grantId,
} satisfies Record<string, (entry: LedgerEntry) => CsvValue>

/** The built-in column names. */
export type CsvColumnName = keyof typeof BUILT_IN

/** Every built-in column, in this order, is what `toCsv` writes by default. */
export const DEFAULT_CSV_COLUMNS = Object.keys(BUILT_IN) as CsvColumnName[]

/**
 * RFC 4180 CSV (CRLF line ends, fields with quotes, commas or line breaks quoted, quotes doubled)
 * with ISO-8601 dates. Text that a spreadsheet would run as a formula (starting with `=`, `+`,
 * `-`, `@`, tab or CR) is prefixed with `'`; numbers stay numbers, so `-12` is still a number.
 */
export function toCsv(
  entries: readonly LedgerEntry[],
  columns: readonly CsvColumn[] = DEFAULT_CSV_COLUMNS,
): string {
  const resolved = columns.map((column) =>
    typeof column === 'string' ? { header: column, value: BUILT_IN[column] } : column,
  )
  const lines = [resolved.map((column) => csvCell(column.header)).join(',')]
  for (const entry of entries) {
    lines.push(resolved.map((column) => csvCell(column.value(entry))).join(','))
  }
  return lines.join('\r\n') + '\r\n'
}

/** One CSV cell, quoted and neutralized as `toCsv` describes. */
export function csvCell(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Minor units as an exact decimal string in the currency's own digits (JPY 0, USD 2, ...). */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = currencyDigits(currency)
  if (digits === 0) return String(amountMinor)
  const sign = amountMinor < 0 ? '-' : ''
  const padded = String(Math.abs(amountMinor)).padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}

function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}
