import type { LedgerEntry } from '@usage-kit/core'
import { memo } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { renderCell } from './cells.js'
import type { TableFormat } from './tableFormat.js'
import { COLUMN_SPECS, type LedgerColumnId } from './columns.js'

export interface LedgerRowProps {
  entry: LedgerEntry
  columns: readonly LedgerColumnId[]
  ariaRowIndex: number
  expanded: boolean
  /** Id of the details row, set only while it exists (a dangling `aria-controls` fails audits). */
  detailsId: string
  grantLoaded: boolean
  onToggle: (id: string) => void
  onShowGrant: (grantId: string) => void
  /** Lets "Show grant" find and focus this row once the virtualizer has rendered it. */
  registerRow: (id: string, element: HTMLTableRowElement | null) => void
  fmt: TableFormat
  t: Translate
}

/**
 * One entry. Memoised: scrolling mounts the rows that come into view and leaves the others alone,
 * and rows have a fixed height (`--uk-row-height`), so they are never measured.
 */
export const LedgerRow = memo(function LedgerRow(props: LedgerRowProps) {
  const { entry, columns, expanded, detailsId, fmt, t, onToggle, registerRow } = props
  const ctx = { fmt, t, grantLoaded: props.grantLoaded, onShowGrant: props.onShowGrant }
  return (
    <tr
      ref={(element) => registerRow(entry.id, element)}
      className="uk-table__row"
      aria-rowindex={props.ariaRowIndex}
      data-kind={entry.kind}
      data-pending={entry.pending}
      data-expanded={expanded}
      // Focus target of "Show grant"; not in the tab order.
      tabIndex={-1}
    >
      <td className="uk-table__cell" data-column="expand">
        <button
          type="button"
          className="uk-table__toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={expanded ? t('table.collapse') : t('table.expand')}
          onClick={() => onToggle(entry.id)}
        />
      </td>
      {columns.map((column) => {
        const { content, title, code, figures, className, sign } = renderCell(column, entry, ctx)
        return (
          <td
            key={column}
            className={className ? `uk-table__cell ${className}` : 'uk-table__cell'}
            data-column={column}
            data-sign={sign}
            data-numeric={COLUMN_SPECS[column].numeric || undefined}
            // Empty cells draw their dash in CSS: one element fewer per cell, and silent to AT.
            data-empty={content === null || undefined}
            data-code={code || undefined}
            title={title}
            data-figures={figures || undefined}
          >
            {content}
          </td>
        )
      })}
    </tr>
  )
})
