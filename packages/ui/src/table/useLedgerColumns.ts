import { functionalUpdate, useTable, type SortingState, type Updater } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useMemo } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import {
  createColumnDefs,
  isLedgerColumnId,
  ledgerFeatures,
  type LedgerColumnId,
  type LedgerColumnVisibility,
  type LedgerSortingState,
} from './columns.js'

const NO_ROWS: LedgerEntry[] = []

interface ColumnsOptions {
  columnIds: readonly LedgerColumnId[]
  sorting: LedgerSortingState
  setSorting: (updater: (previous: LedgerSortingState) => LedgerSortingState) => void
  columnVisibility: LedgerColumnVisibility
  setColumnVisibility: (
    updater: (previous: LedgerColumnVisibility) => LedgerColumnVisibility,
  ) => void
  t: Translate
}

/**
 * Binds TanStack Table to the column model only: headers, sort and visibility state. It gets no
 * rows (`data: []`, `manualSorting`); the table sorts an index array and virtualizes rows itself.
 */
export function useLedgerColumns(options: ColumnsOptions) {
  const { columnIds, sorting, setSorting, columnVisibility, setColumnVisibility, t } = options
  const columns = useMemo(() => createColumnDefs(columnIds, t), [columnIds, t])
  const table = useTable({
    features: ledgerFeatures,
    columns,
    data: NO_ROWS,
    state: { sorting, columnVisibility: columnVisibility as Record<string, boolean> },
    onSortingChange: (updater: Updater<SortingState>) =>
      setSorting((previous) => onlyKnown(functionalUpdate(updater, previous))),
    onColumnVisibilityChange: (updater: Updater<Record<string, boolean>>) =>
      setColumnVisibility(
        (previous) =>
          functionalUpdate(updater, previous as Record<string, boolean>) as LedgerColumnVisibility,
      ),
    manualSorting: true,
    enableMultiSort: false,
    // A ledger is always in some order; clicking flips between the two directions.
    enableSortingRemoval: false,
  })
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const visibleIds = useMemo(
    () => columnIds.filter((id) => columnVisibility[id] !== false),
    [columnIds, columnVisibility],
  )
  return { table, headers, visibleIds }
}

function onlyKnown(sorting: SortingState): LedgerSortingState {
  return sorting.flatMap((sort) =>
    isLedgerColumnId(sort.id) ? [{ id: sort.id, desc: sort.desc }] : [],
  )
}
