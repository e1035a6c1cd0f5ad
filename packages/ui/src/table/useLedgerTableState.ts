'use client'

import { useControllableState } from '@usage-kit/react'
import { useCallback, useMemo } from 'react'
import {
  DEFAULT_COLUMN_VISIBILITY,
  DEFAULT_SORTING,
  type LedgerColumnId,
  type LedgerColumnVisibility,
  type LedgerSortingState,
} from './columns.js'

/** The controllable state of a LedgerTable, each as a `value / defaultValue / onValueChange` triad. */
export interface LedgerTableStateProps {
  /**
   * The sort (controlled). At most one column; an empty array keeps the entries' own order.
   * @default undefined (uncontrolled, starting at `defaultSorting`)
   */
  sorting?: LedgerSortingState | undefined
  /**
   * The sort to start with when `sorting` is not controlled.
   * @default [{ id: 'date', desc: true }] (newest first)
   */
  defaultSorting?: LedgerSortingState | undefined
  /**
   * Called with the new sort whenever the user changes it.
   * @default undefined
   */
  onSortingChange?: ((sorting: LedgerSortingState) => void) | undefined
  /**
   * Which columns are shown (controlled): `{ balance: false }` hides the balance column.
   * @default undefined (uncontrolled, starting at `defaultColumnVisibility`)
   */
  columnVisibility?: LedgerColumnVisibility | undefined
  /**
   * Column visibility to start with when `columnVisibility` is not controlled. `{}` shows every
   * column in `columns`.
   * @default { grant: false } without `columns` (the Grant column starts hidden, so the default
   * columns fit a 1,100 px content area; the "Columns" menu shows it), `{}` with them
   */
  defaultColumnVisibility?: LedgerColumnVisibility | undefined
  /**
   * Called when the user shows or hides a column from the "Columns" menu.
   * @default undefined
   */
  onColumnVisibilityChange?: ((visibility: LedgerColumnVisibility) => void) | undefined
  /**
   * Ids of the entries whose details are open (controlled).
   * @default undefined (uncontrolled, starting at `defaultExpanded`)
   */
  expanded?: readonly string[] | undefined
  /**
   * Entries whose details start open when `expanded` is not controlled.
   * @default []
   */
  defaultExpanded?: readonly string[] | undefined
  /**
   * Called with the open entries' ids whenever a row is expanded or collapsed.
   * @default undefined
   */
  onExpandedChange?: ((expanded: string[]) => void) | undefined
}

const NO_VISIBILITY: LedgerColumnVisibility = {}
const NONE: readonly string[] = []

/**
 * Sorting, column visibility and expansion: controlled by the host or kept here. `columns` is the
 * table's prop: a host that lists its columns has chosen them, so none starts hidden.
 */
export function useLedgerTableState(
  props: LedgerTableStateProps & { columns?: readonly LedgerColumnId[] | undefined },
) {
  const [sorting, setSorting] = useControllableState({
    prop: props.sorting,
    defaultProp: props.defaultSorting ?? DEFAULT_SORTING,
    onChange: props.onSortingChange,
    caller: 'LedgerTable (sorting)',
  })
  const [columnVisibility, setColumnVisibility] = useControllableState({
    prop: props.columnVisibility,
    defaultProp:
      props.defaultColumnVisibility ?? (props.columns ? NO_VISIBILITY : DEFAULT_COLUMN_VISIBILITY),
    onChange: props.onColumnVisibilityChange,
    caller: 'LedgerTable (columnVisibility)',
  })
  const [expandedList, setExpandedList] = useControllableState({
    prop: props.expanded as string[] | undefined,
    defaultProp: (props.defaultExpanded ?? NONE) as string[],
    onChange: props.onExpandedChange,
    caller: 'LedgerTable (expanded)',
  })
  const expanded = useMemo(() => new Set(expandedList), [expandedList])
  const toggleExpanded = useCallback(
    (id: string, open?: boolean) =>
      setExpandedList((previous) => {
        const isOpen = previous.includes(id)
        if ((open ?? !isOpen) === isOpen) return previous
        return isOpen ? previous.filter((other) => other !== id) : [...previous, id]
      }),
    [setExpandedList],
  )
  return { sorting, setSorting, columnVisibility, setColumnVisibility, expanded, toggleExpanded }
}
