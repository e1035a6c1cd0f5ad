import {
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import type { MessageKey } from '../i18n/en.js'
import type { Translate } from '../i18n/useMessages.js'

/** The columns a LedgerTable can show, in their default order. */
export type LedgerColumnId =
  'date' | 'type' | 'description' | 'amount' | 'balance' | 'expires' | 'invoice' | 'grant'

/** Every column, in the default order. */
export const LEDGER_COLUMN_IDS: readonly LedgerColumnId[] = [
  'date',
  'type',
  'description',
  'amount',
  'balance',
  'expires',
  'invoice',
  'grant',
]

/** One sort: the column and its direction (a single-column sort; the table never multi-sorts). */
export interface LedgerSort {
  id: LedgerColumnId
  desc: boolean
}

/** The sort of a LedgerTable: empty, or one `LedgerSort` (TanStack Table's `SortingState` shape). */
export type LedgerSortingState = LedgerSort[]

/** Which columns are shown: `false` hides one; a missing id is shown. */
export type LedgerColumnVisibility = Partial<Record<LedgerColumnId, boolean>>

/** Newest first, the order core hands entries over in. */
export const DEFAULT_SORTING: LedgerSortingState = [{ id: 'date', desc: true }]

/** The id of the disclosure column that every row starts with (not hideable, not sortable). */
export const EXPAND_COLUMN = 'expand'

interface ColumnSpec {
  label: MessageKey
  /** Fixed width in px; the description column takes what is left (table-layout: fixed). */
  width: number
  sortable: boolean
  /** Numbers and dates start newest/largest first; text starts A to Z. */
  descFirst: boolean
  /** Right-aligned figures (end-aligned, so they flip in RTL). */
  numeric: boolean
}

export const COLUMN_SPECS: Record<LedgerColumnId, ColumnSpec> = {
  date: { label: 'table.column.date', width: 176, sortable: true, descFirst: true, numeric: false },
  type: {
    label: 'table.column.type',
    width: 150,
    sortable: true,
    descFirst: false,
    numeric: false,
  },
  description: {
    label: 'table.column.description',
    width: 240,
    sortable: true,
    descFirst: false,
    numeric: false,
  },
  amount: {
    label: 'table.column.amount',
    width: 190,
    sortable: true,
    descFirst: true,
    numeric: true,
  },
  balance: {
    label: 'table.column.balance',
    width: 120,
    sortable: true,
    descFirst: true,
    numeric: true,
  },
  expires: {
    label: 'table.column.expires',
    width: 128,
    sortable: true,
    descFirst: true,
    numeric: false,
  },
  invoice: {
    label: 'table.column.invoice',
    width: 136,
    sortable: false,
    descFirst: false,
    numeric: false,
  },
  grant: {
    label: 'table.column.grant',
    width: 136,
    sortable: false,
    descFirst: false,
    numeric: false,
  },
}

/** Width of the disclosure column. */
export const EXPAND_WIDTH = 44

export const ledgerFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
export type LedgerFeatures = typeof ledgerFeatures

export function isLedgerColumnId(id: string): id is LedgerColumnId {
  return Object.hasOwn(COLUMN_SPECS, id)
}

/**
 * Column definitions for TanStack Table, which owns the column model, header groups, sorting and
 * visibility state. It never sees the rows (`manualSorting`): the index sort and the virtualizer
 * do that work, so 100,000 entries cost table-core nothing. `accessorFn` is only there because
 * table-core lets a column sort only when it has one.
 */
export function createColumnDefs(
  ids: readonly LedgerColumnId[],
  t: Translate,
): ColumnDef<LedgerFeatures, LedgerEntry>[] {
  const expand: ColumnDef<LedgerFeatures, LedgerEntry> = {
    id: EXPAND_COLUMN,
    header: t('table.details'),
    enableSorting: false,
    enableHiding: false,
  }
  return [
    expand,
    ...ids.map((id): ColumnDef<LedgerFeatures, LedgerEntry> => ({
      id,
      header: t(COLUMN_SPECS[id].label),
      accessorFn: (entry) => entry.id,
      enableSorting: COLUMN_SPECS[id].sortable,
      sortDescFirst: COLUMN_SPECS[id].descFirst,
      enableHiding: true,
    })),
  ]
}
