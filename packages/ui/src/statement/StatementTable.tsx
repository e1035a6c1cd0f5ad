import type { StatementPeriod } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'

export interface StatementTableProps {
  captionId: string
  caption: string
  rows: readonly StatementPeriod[]
  label: (row: StatementPeriod) => string
  currency: string | null
  formatters: Formatters
  t: Translate
}

/**
 * The statement's table, newest period first. In a narrow container each row stacks (the period,
 * then its figures, each under its column's name from `data-label`); the scroll box is a fallback
 * for a table still wider than its container, focusable so it can be scrolled by keyboard.
 */
export function StatementTable({
  captionId,
  caption,
  rows,
  label,
  currency,
  formatters,
  t,
}: StatementTableProps) {
  const figure = (value: number) => formatters.creditsAs(value, currency)
  // 0 is a balance; null is a balance the ledger cannot know (no running balance from the
  // provider), written "—" and read "unknown".
  const balance = (value: number | null) =>
    value === null ? (
      <span className="uk-statement__unknown">
        <span aria-hidden="true">—</span>
        <span className="uk-visually-hidden">{t('statement.unknown')}</span>
      </span>
    ) : (
      figure(value)
    )
  return (
    <div className="uk-statement__scroll" role="group" aria-labelledby={captionId} tabIndex={0}>
      <table className="uk-statement__table">
        <caption className="uk-statement__title" id={captionId}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('statement.period')}</th>
            <th scope="col">{t('statement.opening')}</th>
            <th scope="col">{t('statement.granted')}</th>
            <th scope="col">{t('statement.used')}</th>
            <th scope="col">{t('statement.closing')}</th>
            <th scope="col">{t('statement.count')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.start}>
              <th scope="row">{label(row)}</th>
              <td data-label={t('statement.opening')}>{balance(row.opening)}</td>
              <td data-label={t('statement.granted')}>{figure(row.granted)}</td>
              <td data-label={t('statement.used')}>{figure(row.used)}</td>
              <td data-label={t('statement.closing')}>{balance(row.closing)}</td>
              <td data-label={t('statement.count')}>{formatters.number(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
