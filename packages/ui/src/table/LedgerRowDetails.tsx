import type { LedgerEntry } from '@usage-kit/core'
import { memo, useMemo, type ReactNode, type Ref } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { KindBadge } from '../primitives/KindBadge.js'
import { amountValue, invoiceValue, NONE } from './cells.js'
import type { TableFormat } from './tableFormat.js'

export interface LedgerRowDetailsProps {
  entry: LedgerEntry
  /** The element id the row's disclosure button points at (`aria-controls`). */
  id: string
  colSpan: number
  ariaRowIndex: number
  /** The ref callback that measures the panel of the entry with this id. */
  measureRef: (id: string) => Ref<HTMLTableRowElement>
  fmt: TableFormat
  t: Translate
}

/**
 * Every field of an entry, including the provider's raw record. The record is shown as JSON text
 * in a <pre>: React escapes it, so markup in a provider's payload stays inert.
 */
export const LedgerRowDetails = memo(function LedgerRowDetails({
  entry,
  id,
  colSpan,
  ariaRowIndex,
  measureRef,
  fmt,
  t,
}: LedgerRowDetailsProps) {
  const raw = useMemo(() => toJson(entry.raw), [entry.raw])
  const code = (value: string | null) =>
    value === null ? NONE : <code className="uk-table__code">{value}</code>
  const text = (value: string | null) => (value === null ? NONE : value)
  return (
    <tr
      ref={measureRef(entry.id)}
      id={id}
      className="uk-table__details-row"
      aria-rowindex={ariaRowIndex}
      data-pending={entry.pending}
    >
      <td className="uk-table__details-cell" colSpan={colSpan}>
        <div className="uk-table__details">
          <dl className="uk-table__fields">
            <Field label={t('table.column.date')}>
              <time dateTime={entry.occurredAt}>{fmt.fullDateTime(entry.occurredAt)}</time>
              <code className="uk-table__iso">{entry.occurredAt}</code>
            </Field>
            <Field label={t('table.column.type')}>
              <KindBadge kind={entry.kind} pending={entry.pending} t={t} />{' '}
              <code className="uk-table__code">{entry.providerType}</code>
            </Field>
            <Field label={t('table.column.amount')}>{amountValue(entry, fmt) ?? NONE}</Field>
            <Field label={t('table.column.balance')}>
              {entry.balanceAfter === null ? (
                NONE
              ) : (
                <span className="uk-table__number">{fmt.amount(entry.balanceAfter)}</span>
              )}
            </Field>
            <Field label={t('table.column.description')}>{text(entry.description)}</Field>
            <Field label={t('table.field.category')}>{text(entry.category)}</Field>
            <Field label={t('table.field.metric')}>{text(entry.metric)}</Field>
            <Field label={t('table.column.expires')}>
              {entry.expiresAt === null ? (
                NONE
              ) : (
                <time dateTime={entry.expiresAt}>{fmt.fullDateTime(entry.expiresAt)}</time>
              )}
            </Field>
            <Field label={t('table.column.invoice')}>{invoiceValue(entry, t) ?? NONE}</Field>
            <Field label={t('table.column.grant')}>{code(entry.grantId)}</Field>
            <Field label={t('table.field.id')}>{code(entry.id)}</Field>
            <Field label={t('table.field.provider')}>{entry.provider}</Field>
          </dl>
          <div className="uk-table__raw">
            <p className="uk-table__raw-label" id={`${id}-raw`}>
              {t('table.raw')}
            </p>
            {/* Focusable so a keyboard can scroll a long record. */}
            <pre
              className="uk-table__json"
              tabIndex={0}
              role="region"
              aria-labelledby={`${id}-raw`}
            >
              {raw}
            </pre>
          </div>
        </div>
      </td>
    </tr>
  )
})

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="uk-table__field">
      <dt className="uk-table__field-label">{label}</dt>
      <dd className="uk-table__field-value">{children}</dd>
    </div>
  )
}

/** Pretty JSON of whatever the provider sent; anything JSON cannot hold falls back to its text. */
function toJson(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw)
  } catch {
    return String(raw)
  }
}
