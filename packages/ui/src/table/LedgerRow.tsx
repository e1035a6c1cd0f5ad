'use client'

import type { LedgerEntry } from '@usage-kit/core'
import { memo } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { renderCell } from './cells.js'
import type { LedgerColumnId } from './columns.js'
import type { TableFormat } from './tableFormat.js'
import { dataFlag } from '../primitives/dataFlag.js'

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
  formatters: TableFormat
  t: Translate
}

/**
 * One entry. Memoised: scrolling mounts the rows that come into view and leaves the others alone,
 * and rows have a fixed height (`--uk-row-height`), so they are never measured.
 */
export const LedgerRow = memo(function LedgerRow(props: LedgerRowProps) {
  const { entry, expanded, t, onToggle } = props
  return (
    <tr
      className="uk-table__row"
      aria-rowindex={props.ariaRowIndex}
      data-kind={entry.kind}
      data-pending={dataFlag(entry.pending)}
      data-expanded={dataFlag(expanded)}
      // Focus target of "Show grant"; not in the tab order.
      tabIndex={-1}
    >
      <td className="uk-table__cell" data-column="expand">
        <button
          type="button"
          className="uk-table__toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? props.detailsId : undefined}
          aria-label={t(expanded ? 'table.collapse' : 'table.expand')}
          onClick={() => onToggle(entry.id)}
        />
      </td>
      {props.columns.map((column) => {
        const { content, title, code, sign } = renderCell(column, entry, props)
        return (
          <td
            key={column}
            className={sign ? 'uk-table__cell uk-table__amount' : 'uk-table__cell'}
            data-column={column}
            data-sign={sign}
            // Empty cells draw their dash in CSS: one element fewer per cell, and silent to AT.
            data-empty={dataFlag(content === null)}
            data-code={code || undefined}
            title={title}
          >
            {content}
          </td>
        )
      })}
    </tr>
  )
})
