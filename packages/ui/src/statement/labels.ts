import type { StatementPeriod } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import type { LedgerStatementPeriod } from './types.js'

/** What a statement's rows are: the period asked for, or billing cycles for months off the 1st. */
export type StatementKind = LedgerStatementPeriod | 'cycle'

/** The rows' kind and how each row is named. */
export interface StatementLabels {
  kind: StatementKind
  label: (row: StatementPeriod) => string
}

/**
 * Names a statement's rows: a calendar month by its name ("March 2026"), a billing cycle by its
 * first and last day ("Mar 15 – Apr 14, 2026"), a week by its first day ("Week of Mar 2, 2026"),
 * a day by its date. Months that do not start on the 1st are cycles: the labels follow the
 * boundaries core cut, so they cannot disagree with them. Made once per table (each Intl format
 * costs about a millisecond).
 */
export function statementLabels(
  period: LedgerStatementPeriod,
  rows: readonly StatementPeriod[],
  formatters: Formatters,
  t: Translate,
): StatementLabels {
  const { locale, timeZone } = formatters
  if (period === 'day') return { kind: 'day', label: (row) => formatters.date(row.start) }
  if (period === 'week') {
    return {
      kind: 'week',
      label: (row) => t('statement.weekOf', { date: formatters.date(row.start) }),
    }
  }
  const dayOfMonth = new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric' })
  const cycles = rows.some((row) => dayOfMonth.format(Date.parse(row.start)) !== '1')
  if (!cycles) {
    const month = new Intl.DateTimeFormat(locale, { timeZone, month: 'long', year: 'numeric' })
    return { kind: 'month', label: (row) => month.format(Date.parse(row.start)) }
  }
  const days = new Intl.DateTimeFormat(locale, {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  })
  // A cycle's last day is the day before the next cycle starts.
  return {
    kind: 'cycle',
    label: (row) => days.formatRange(Date.parse(row.start), Date.parse(row.end) - 1),
  }
}
