import type { LedgerEntry } from './model.js'

/** A CSV cell value: numbers and booleans are written as such, strings are quoted. */
export type CsvValue = string | number | boolean | null

/** A CSV column: a built-in name, or a header with a function that reads the cell. */
export type CsvColumn = CsvColumnName | { header: string; value: (entry: LedgerEntry) => CsvValue }

/** How `toCsv` writes its text. */
export interface CsvOptions {
  /**
   * Start the text with a byte-order mark (U+FEFF, the bytes EF BB BF once encoded as UTF-8), so
   * Excel opens the file as UTF-8 instead of the system code page (without it, Czech descriptions
   * show as mojibake). Most other readers skip it; leave it off for text that is parsed by code or
   * concatenated. The Export CSV button of `UsageHistory` writes it.
   * @default false
   */
  bom?: boolean
}

type Read = (entry: LedgerEntry) => CsvValue

/**
 * The built-in columns. Each export makes its own readers (`money` keeps the decimal digits of
 * each currency it has seen, so one `Intl.NumberFormat` is built per currency and export, not one
 * per row; 100,000 rows spent most of their time building formatters).
 */
function builtIns() {
  const digitsOf = currencyDigitsCache()
  return {
    id: (e) => e.id,
    provider: (e) => e.provider,
    occurredAt: (e) => e.occurredAt,
    kind: (e) => e.kind,
    providerType: (e) => e.providerType,
    pending: (e) => e.pending,
    credits: (e) => e.credits,
    money: (e) => (e.money ? moneyValue(e.money.amountMinor, digitsOf(e.money.currency)) : null),
    currency: (e) => e.money?.currency ?? null,
    balanceAfter: (e) => e.balanceAfter,
    category: (e) => e.category,
    metric: (e) => e.metric,
    description: (e) => e.description,
    expiresAt: (e) => e.expiresAt,
    invoiceId: (e) => e.invoice?.id ?? null,
    invoiceUrl: (e) => e.invoice?.url ?? null,
    grantId: (e) => e.grantId,
  } satisfies Record<string, Read>
}

/** The built-in column names. */
export type CsvColumnName = keyof ReturnType<typeof builtIns>

/** Every built-in column, in this order, is what `toCsv` writes by default. */
export const DEFAULT_CSV_COLUMNS = Object.keys(builtIns()) as CsvColumnName[]

/**
 * RFC 4180 CSV (CRLF line ends, quotes doubled) with ISO-8601 dates. Safe to open in a
 * spreadsheet whatever separator its import uses (`,`, or `;` as Excel does in most of Europe):
 * - every text cell is quoted, so a `;`, tab or line break inside it never starts a new cell;
 * - text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, their
 *   full-width forms `＝ ＋ － ＠`, tab, CR, LF or NUL) is prefixed with `'`;
 * - numbers and booleans are written bare, so `-12` is still a number.
 */
export function toCsv(
  entries: readonly LedgerEntry[],
  columns: readonly CsvColumn[] = DEFAULT_CSV_COLUMNS,
  options: CsvOptions = {},
): string {
  const builtIn = builtIns()
  const resolved = columns.map((column) =>
    typeof column === 'string' ? { header: column, value: builtIn[column] as Read } : column,
  )
  const lines = [resolved.map((column) => csvCell(column.header)).join(',')]
  for (const entry of entries) {
    lines.push(resolved.map((column) => csvCell(column.value(entry))).join(','))
  }
  return (options.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n'
}

/**
 * The first characters that make a spreadsheet read a cell as a formula (or that an import may
 * drop to reveal one: NUL, tab, CR, LF), including the full-width forms Excel also accepts.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/

/** One CSV cell, quoted and neutralized as `toCsv` describes. */
export function csvCell(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return `"${text.includes('"') ? text.replace(/"/g, '""') : text}"`
}

/** Minor units as an exact decimal string in the currency's own digits (JPY 0, USD 2, ...). */
export function minorToDecimal(amountMinor: number, currency: string): string {
  return decimalOfMinor(amountMinor, currencyDigits(currency))
}

/**
 * The money column's number: `Number(minorToDecimal(...))`. For a safe integer the division by an
 * exact power of ten rounds the same rational to the same double, without building the string.
 */
function moneyValue(amountMinor: number, digits: number): number {
  return Number.isSafeInteger(amountMinor) && digits <= 22
    ? amountMinor / 10 ** digits
    : Number(decimalOfMinor(amountMinor, digits))
}

function decimalOfMinor(amountMinor: number, digits: number): string {
  if (digits === 0) return String(amountMinor)
  const sign = amountMinor < 0 ? '-' : ''
  const padded = String(Math.abs(amountMinor)).padStart(digits + 1, '0')
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}

/** `currencyDigits`, remembered per currency code for the life of the returned function. */
function currencyDigitsCache(): (currency: string) => number {
  const known = new Map<string, number>()
  return (currency) => {
    let digits = known.get(currency)
    if (digits === undefined) {
      digits = currencyDigits(currency)
      known.set(currency, digits)
    }
    return digits
  }
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
