import {
  columnVisibilityFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
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

/**
 * The Grant column starts hidden: with it the default columns need 1,242 px, and a dashboard's
 * content area beside a sidebar (about 1,100 px on a 1,400 px screen) would scroll sideways. A
 * usage row's grant stays one click away, in its details panel ("Show grant") and in the
 * "Columns" menu. Only the default: a table given its `columns` shows them all.
 */
export const DEFAULT_COLUMN_VISIBILITY: LedgerColumnVisibility = { grant: false }

/** Newest first, the order core hands entries over in. */
export const DEFAULT_SORTING: LedgerSortingState = [{ id: 'date', desc: true }]

/**
 * Column widths in px (table-layout: fixed takes them from the header cells, so columns hold
 * still while rows scroll past); `expand` is the disclosure column every row starts with. The
 * description column takes whatever is left, at least its width here. Sized to their widest
 * content in English and Czech (amounts with their money value, the longest kind badge), so the
 * default columns fit 1,106 px.
 */
export const COLUMN_WIDTHS: Record<LedgerColumnId | 'expand', number> = {
  expand: 44,
  date: 176,
  type: 150,
  description: 180,
  amount: 180,
  balance: 112,
  expires: 128,
  invoice: 136,
  grant: 136,
}

export const ledgerFeatures = tableFeatures({ rowSortingFeature, columnVisibilityFeature })
export type LedgerFeatures = typeof ledgerFeatures

/**
 * Column definitions for TanStack Table, which owns the column model, header groups, sorting and
 * visibility state. It never sees the rows (`manualSorting`): the index sort and the windowing do
 * that work, so 100,000 entries cost table-core nothing. `accessorFn` is only there because
 * table-core lets a column sort only when it has one.
 */
export function createColumnDefs(
  ids: readonly LedgerColumnId[],
  t: Translate,
): ColumnDef<LedgerFeatures, LedgerEntry>[] {
  return ids.map((id) => ({
    id,
    header: t(`table.column.${id}`),
    accessorFn: (entry) => entry.id,
    enableSorting: id !== 'invoice' && id !== 'grant',
    // Text starts A to Z; numbers and dates start largest and newest first.
    sortDescFirst: id !== 'type' && id !== 'description',
  }))
}
