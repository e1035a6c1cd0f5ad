'use client'

import type { Header } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'
import { COLUMN_WIDTHS, type LedgerColumnId, type LedgerFeatures } from './columns.js'

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const

/**
 * The sticky header row. Sorting is a real <button> inside the <th>, and the sorted column's
 * <th> carries `aria-sort`: the pattern the APG sortable-table example uses.
 */
export function LedgerTableHead({
  headers,
  measureRef,
  tabbable,
  t,
}: {
  headers: readonly Header<LedgerFeatures, LedgerEntry, unknown>[]
  /** Measures the header's height (the windowing places rows below it). */
  measureRef: (element: Element | null) => void
  /** False while the header is out of sight (stacked layout): its buttons leave the tab order. */
  tabbable: boolean
  t: Translate
}) {
  return (
    <thead ref={measureRef}>
      <tr aria-rowindex={1}>
        <th scope="col" className="uk-table__th" style={{ width: COLUMN_WIDTHS.expand }}>
          {/* The toggles' column has a name for assistive technology only. */}
          <span className="uk-visually-hidden">{t('table.details')}</span>
        </th>
        {headers.map(({ id, column }) => {
          const label = column.columnDef.header as string
          const sorted = column.getIsSorted()
          return (
            <th
              key={id}
              scope="col"
              className="uk-table__th"
              data-column={id}
              // The description column takes the width the others leave.
              style={
                id === 'description' ? undefined : { width: COLUMN_WIDTHS[id as LedgerColumnId] }
              }
              data-sorted={sorted || undefined}
              aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
            >
              {column.getCanSort() ? (
                <button
                  type="button"
                  className="uk-table__sort"
                  // Still a button to a screen reader's table navigation when out of sight.
                  tabIndex={tabbable ? undefined : -1}
                  title={t(
                    column.getNextSortingOrder() === 'asc'
                      ? 'table.sortAscending'
                      : 'table.sortDescending',
                  )}
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
