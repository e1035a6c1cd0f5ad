export { LedgerFilterBar } from './LedgerFilterBar.js'
export {
  LEDGER_FILTER_CONTROLS,
  type CategoryInputMode,
  type LedgerFilterBarProps,
  type LedgerFilterControl,
} from './types.js'
