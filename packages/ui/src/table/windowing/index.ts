/**
 * Windowing: which rows of the ledger exist in the DOM, where they sit, and keeping that true
 * while the box scrolls, resizes, opens details panels or asks infinite mode for more. It owns the
 * row geometry (fixed row height measured from a probe, measured details panels), the scroll
 * scale that keeps a million rows within a browser's largest element, load-ahead and "Show grant"
 * scrolling and focus.
 *
 * It may not touch the order or the entries: it is handed positions in display order and reads
 * entries through them, never sorts, filters or reads the table's props, columns or formatters.
 */
export { useVirtualRows, type VirtualRowsOptions } from './useVirtualRows.js'
export { useObservedHeight } from './useObservedHeight.js'
