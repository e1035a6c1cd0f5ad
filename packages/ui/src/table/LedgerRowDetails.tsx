'use client'

import type { LedgerEntry } from '@usage-kit/core'
import { memo, type ReactNode, type Ref } from 'react'
import { KindBadge } from '../primitives/KindBadge.js'
import { renderCell, type CellContext } from './cells.js'
import { COLUMN_WIDTHS, type LedgerColumnId } from './columns.js'
import { dataFlag } from '../primitives/dataFlag.js'

export interface LedgerRowDetailsProps extends Pick<
  CellContext,
  'formatters' | 't' | 'grantLoaded' | 'onShowGrant'
> {
  entry: LedgerEntry
  /** The element id the row's disclosure button points at (`aria-controls`). */
  id: string
  colSpan: number
  ariaRowIndex: number
  /** The ref callback that measures the panel of the entry with this id. */
  measureRef: (id: string) => Ref<HTMLTableRowElement>
}

/** An empty value: a dash to the eye, nothing to a screen reader. */
const NONE = (
  <span className="uk-table__none" aria-hidden="true">
    —
  </span>
)

type FieldName = LedgerColumnId | 'category' | 'metric' | 'id' | 'provider'
/** Fields named like columns take the column's label, the others their own. */
const isColumn = (name: FieldName): name is LedgerColumnId => name in COLUMN_WIDTHS

const code = (value: string | null) => value && <code className="uk-table__code">{value}</code>

/**
 * Every field of an entry, including the provider's raw record. The record is shown as JSON text
 * in a <pre>: React escapes it, so markup in a provider's payload stays inert.
 */
export const LedgerRowDetails = memo(function LedgerRowDetails(props: LedgerRowDetailsProps) {
  const { entry, id, formatters, t } = props
  // Figures as in the row: isolated left to right, an amount coloured by its sign.
  const figure = (column: 'amount' | 'balance') => {
    const { content, sign } = renderCell(column, entry, props)
    return (
      content && (
        <span className={sign ? 'uk-table__amount' : 'uk-table__number'} data-sign={sign}>
          {content}
        </span>
      )
    )
  }
  const invoice = renderCell('invoice', entry, props)
  const fields: [FieldName, ReactNode][] = [
    [
      'date',
      <>
        <time dateTime={entry.occurredAt}>{formatters.fullDateTime(entry.occurredAt)}</time>
        <code className="uk-table__iso">{entry.occurredAt}</code>
      </>,
    ],
    [
      'type',
      <>
        <KindBadge kind={entry.kind} pending={entry.pending} t={t} /> {code(entry.providerType)}
      </>,
    ],
    ['amount', figure('amount')],
    ['balance', figure('balance')],
    ['description', entry.description],
    ['category', entry.category],
    ['metric', entry.metric],
    [
      'expires',
      entry.expiresAt && (
        <time dateTime={entry.expiresAt}>{formatters.fullDateTime(entry.expiresAt)}</time>
      ),
    ],
    ['invoice', invoice.code ? code(invoice.content as string) : invoice.content],
    [
      'grant',
      // The whole id, and the way to the grant's own row when it is loaded (the Grant column
      // starts hidden, so this is where most people find it).
      entry.grantId && (
        <>
          {code(entry.grantId)}{' '}
          {props.grantLoaded ? renderCell('grant', entry, props).content : null}
        </>
      ),
    ],
    ['id', code(entry.id)],
    ['provider', entry.provider],
  ]
  return (
    <tr
      ref={props.measureRef(entry.id)}
      id={id}
      aria-rowindex={props.ariaRowIndex}
      data-pending={dataFlag(entry.pending)}
    >
      <td className="uk-table__details-cell" colSpan={props.colSpan}>
        <div className="uk-table__details">
          <dl className="uk-table__fields">
            {fields.map(([name, value]) => (
              <div key={name} className="uk-table__field">
                <dt>{t(isColumn(name) ? `table.column.${name}` : `table.field.${name}`)}</dt>
                <dd>{value ?? NONE}</dd>
              </div>
            ))}
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
              {toJson(entry.raw)}
            </pre>
          </div>
        </div>
      </td>
    </tr>
  )
})

/** Pretty JSON of whatever the provider sent; anything JSON cannot hold falls back to its text. */
function toJson(raw: unknown): string {
  try {
    return JSON.stringify(raw, null, 2) ?? String(raw)
  } catch {
    return String(raw)
  }
}
