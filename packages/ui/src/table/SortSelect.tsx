'use client'

import type { Column } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useId } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import type { LedgerColumnId, LedgerFeatures, LedgerSort } from './columns.js'

export interface SortSelectProps {
  columns: readonly Column<LedgerFeatures, LedgerEntry, unknown>[]
  sort: LedgerSort | undefined
  onSort: (sort: LedgerSort) => void
  /** Measures the control: it has a box only in the stacked layout, where it shows. */
  measureRef: (element: Element | null) => void
  t: Translate
}

/**
 * "Sort by": the column headers' sorting as one native select, for the stacked layout of a narrow
 * table, where the header row is out of sight (CSS shows this control only there). It drives the
 * same sorting state as the headers, one option per sortable column and direction, the column's
 * first direction first.
 */
export function SortSelect({ columns, sort, onSort, measureRef, t }: SortSelectProps) {
  const id = useId()
  const options = columns
    .filter((column) => column.getCanSort())
    .flatMap((column) => {
      const label = column.columnDef.header as string
      const directions = column.columnDef.sortDescFirst ? [true, false] : [false, true]
      return directions.map((desc) => ({
        value: `${column.id}:${desc ? 'desc' : 'asc'}`,
        label: t(desc ? 'table.sortBy.descending' : 'table.sortBy.ascending', { column: label }),
      }))
    })
  const value = sort ? `${sort.id}:${sort.desc ? 'desc' : 'asc'}` : ''
  return (
    <div className="uk-table__sort-by" ref={measureRef}>
      <label className="uk-table__sort-by-label" htmlFor={id}>
        {t('table.sortBy')}
      </label>
      <select
        id={id}
        className="uk-select uk-table__sort-select"
        value={value}
        onChange={(event) => {
          const [column, direction] = event.currentTarget.value.split(':')
          onSort({ id: column as LedgerColumnId, desc: direction === 'desc' })
        }}
      >
        {/* The entries' own order, when no column sorts them. */}
        {sort ? null : <option value="" />}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
