'use client'

import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useMemo } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import {
  createColumnDefs,
  ledgerFeatures,
  type LedgerColumnId,
  type LedgerColumnVisibility,
  type LedgerSortingState,
} from './columns.js'
import type { useLedgerTableState } from './useLedgerTableState.js'

const NO_ROWS: LedgerEntry[] = []

/**
 * Binds TanStack Table to the column model only: headers, sort and visibility state. It gets no
 * rows (`data: []`, `manualSorting`); the table sorts an index array and windows rows itself.
 */
export function useLedgerColumns(
  columnIds: readonly LedgerColumnId[],
  state: ReturnType<typeof useLedgerTableState>,
  t: Translate,
) {
  const { sorting, setSorting, columnVisibility, setColumnVisibility } = state
  const columns = useMemo(() => createColumnDefs(columnIds, t), [columnIds, t])
  const table = useTable({
    features: ledgerFeatures,
    columns,
    data: NO_ROWS,
    state: { sorting, columnVisibility },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting((previous) => functionalUpdate(updater, previous) as LedgerSortingState),
    onColumnVisibilityChange: (updater: Updater<LedgerColumnVisibility>) =>
      setColumnVisibility((previous) => functionalUpdate(updater, previous)),
    manualSorting: true,
    enableMultiSort: false,
    // A ledger is always in some order; clicking flips between the two directions.
    enableSortingRemoval: false,
  })
  const visibleIds = useMemo(
    () => columnIds.filter((id) => columnVisibility[id] !== false),
    [columnIds, columnVisibility],
  )
  return { table, headers: table.getHeaderGroups()[0]?.headers ?? [], visibleIds }
}
