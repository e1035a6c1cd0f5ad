import type { Header } from '@tanstack/react-table'
import type { CSSProperties } from 'react'
import type { LedgerEntry } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'
import {
  COLUMN_SPECS,
  EXPAND_COLUMN,
  EXPAND_WIDTH,
  isLedgerColumnId,
  type LedgerFeatures,
} from './columns.js'

type LedgerHeader = Header<LedgerFeatures, LedgerEntry, unknown>

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * A column's fixed width (table-layout: fixed takes it from the header cell, so columns hold still
 * while rows scroll past); the description column takes whatever width is left.
 */
function widthOf(id: string): CSSProperties | undefined {
  if (id === EXPAND_COLUMN) return { width: EXPAND_WIDTH }
  return id === 'description' || !isLedgerColumnId(id)
    ? undefined
    : { width: COLUMN_SPECS[id].width }
}

/**
 * The sticky header row. Sorting is a real <button> inside the <th>, and the sorted column's
 * <th> carries `aria-sort`: the pattern the APG sortable-table example uses.
 */
export function LedgerTableHead({
  headers,
  t,
}: {
  headers: readonly LedgerHeader[]
  t: Translate
}) {
  return (
    <thead className="uk-table__head">
      <tr className="uk-table__head-row" aria-rowindex={1}>
        {headers.map((header) => {
          const { column } = header
          const label = String(column.columnDef.header ?? column.id)
          const numeric = isLedgerColumnId(column.id) && COLUMN_SPECS[column.id].numeric
          const sortable = column.id !== EXPAND_COLUMN && column.getCanSort()
          const sorted = sortable ? column.getIsSorted() : false
          return (
            <th
              key={header.id}
              scope="col"
              className="uk-table__th"
              data-column={column.id}
              data-numeric={numeric || undefined}
              style={widthOf(column.id)}
              data-sorted={sorted || undefined}
              aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
            >
              {column.id === EXPAND_COLUMN ? (
                // The toggles' column has a name for assistive technology only.
                <span className="uk-visually-hidden">{label}</span>
              ) : sortable ? (
                <button
                  type="button"
                  className="uk-table__sort"
                  title={
                    column.getNextSortingOrder() === 'asc'
                      ? t('table.sortAscending')
                      : t('table.sortDescending')
                  }
                  onClick={() => column.toggleSorting()}
                >
                  {label}
                </button>
              ) : (
                label
              )}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
