/**
 * Ordering: what the table shows and in which order. It owns reading the input (a `useLedger`
 * result or plain entries) into a view, the display order as positions into the entries (one
 * numeric sort, or a filter's narrowing of the previous order), and the facts one pass over the
 * entries gives (newest first, where the grants are).
 *
 * It may not touch the DOM, layout or scrolling, and never reorders or copies the entries
 * themselves: everything it hands out is positions into the array it was given.
 */
export {
  ledgerView,
  type InfiniteControls,
  type LedgerTableState,
  type LedgerView,
  type OffsetControls,
} from './ledgerView.js'
export { useLedgerOrder, type LedgerOrdering } from './useLedgerOrder.js'
export type { LedgerFacts } from './ledgerFacts.js'
