export { LedgerTable } from './LedgerTable.js'
export type { LedgerTableProps } from './types.js'
export type { LedgerTableStateProps } from './useLedgerTableState.js'
export type { LedgerTableState } from './ordering/index.js'
export {
  DEFAULT_COLUMN_VISIBILITY,
  DEFAULT_SORTING,
  LEDGER_COLUMN_IDS,
  type LedgerColumnId,
  type LedgerColumnVisibility,
  type LedgerSort,
  type LedgerSortingState,
} from './columns.js'
