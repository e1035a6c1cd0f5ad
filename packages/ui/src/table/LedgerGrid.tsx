'use client'

import type { Header } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useRef, type CSSProperties } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { COLUMN_WIDTHS, type LedgerColumnId, type LedgerFeatures } from './columns.js'
import { LedgerRow } from './LedgerRow.js'
import { LedgerRowDetails } from './LedgerRowDetails.js'
import { LedgerTableHead } from './LedgerTableHead.js'
import type { LedgerView } from './ordering/index.js'
import type { TableFormat } from './tableFormat.js'
import type { useLedgerTableState } from './useLedgerTableState.js'
import { useVirtualRows } from './windowing/index.js'

export interface LedgerGridProps {
  view: LedgerView
  /** Positions into the entries in display order; null for the entries' own order. */
  order: Uint32Array | null
  /** The grants among the entries, id to entry position (see `LedgerFacts`). */
  grants: ReadonlyMap<string, number>
  headers: readonly Header<LedgerFeatures, LedgerEntry, unknown>[]
  columns: readonly LedgerColumnId[]
  state: Pick<ReturnType<typeof useLedgerTableState>, 'expanded' | 'toggleExpanded'>
  height: number
  /**
   * The stacked layout of a narrow table is on: the header row is out of sight, so its sort
   * buttons leave the tab order (the toolbar's "Sort by" select stands in for them).
   */
  stacked: boolean
  /** Any change scrolls back to the top (a new page, a new sort). */
  resetKey: string
  formatters: TableFormat
  t: Translate
}

const SKELETON_ROWS = 8

/**
 * The scroll viewport and the real <table> inside it. Rows between the spacers are the only ones
 * in the DOM; `aria-rowcount` and `aria-rowindex` tell assistive technology where they sit.
 */
export function LedgerGrid(props: LedgerGridProps) {
  const { view, columns, formatters, t } = props
  const { expanded, toggleExpanded } = props.state
  const scrollRef = useRef<HTMLDivElement>(null)
  const { measureProbe, measureHead, ...rows } = useVirtualRows({
    entries: view.entries,
    order: props.order,
    grants: props.grants,
    infinite: view.infinite,
    loadFailed: view.error !== null,
    expanded,
    toggleExpanded,
    resetKey: props.resetKey,
    scrollRef,
    height: props.height,
  })
  const loading = view.state === 'loading'
  const colSpan = columns.length + 1
  const minWidth = columns.reduce((sum, id) => sum + COLUMN_WIDTHS[id], COLUMN_WIDTHS.expand)
  const rowCount = loading
    ? undefined
    : view.infinite?.hasNextPage
      ? view.total === null
        ? -1
        : view.total + rows.expandedCount + 1
      : rows.count + 1

  return (
    <div className="uk-table__scroller" ref={scrollRef} style={{ maxHeight: props.height }}>
      {/* Exactly one row tall in the current layout: what the windowing measures. */}
      <div className="uk-table__probe" ref={measureProbe} aria-hidden="true" />
      <table
        className="uk-table__table"
        aria-label={t('table.label')}
        aria-rowcount={rowCount}
        // Busy only while the rows are not the answer yet; background refreshes stay quiet.
        aria-busy={loading || view.stale || undefined}
        style={
          {
            // A variable, not min-width itself: the stacked layout of a narrow table drops it.
            '--uk-table-min-width': `${minWidth}px`,
            // The stacked layout labels the balance (no header in sight), as a CSS string.
            '--uk-table-balance-label': JSON.stringify(t('table.column.balance')),
          } as CSSProperties
        }
      >
        <LedgerTableHead
          headers={props.headers}
          measureRef={measureHead}
          tabbable={!props.stacked}
          t={t}
        />
        <tbody>
          {loading ? (
            <SkeletonRows columns={columns} />
          ) : (
            <>
              <Spacer height={rows.spacerBefore} colSpan={colSpan} />
              {rows.items.map(({ row, details, index }) => {
                const entry = rows.entryAt(row)
                // The row's Grant cell and its details panel both offer "Show grant".
                const grantLoaded = entry.grantId !== null && rows.isGrantLoaded(entry.grantId)
                return details ? (
                  <LedgerRowDetails
                    key={`${entry.id}\u0000details`}
                    entry={entry}
                    id={rows.detailsId(row)}
                    colSpan={colSpan}
                    ariaRowIndex={index + 2}
                    measureRef={rows.measureDetails}
                    grantLoaded={grantLoaded}
                    onShowGrant={rows.showGrant}
                    formatters={formatters}
                    t={t}
                  />
                ) : (
                  <LedgerRow
                    // By entry, not position: a sort moves a focused row's element with it.
                    key={entry.id}
                    entry={entry}
                    columns={columns}
                    ariaRowIndex={index + 2}
                    expanded={expanded.has(entry.id)}
                    detailsId={rows.detailsId(row)}
                    grantLoaded={grantLoaded}
                    onToggle={toggleExpanded}
                    onShowGrant={rows.showGrant}
                    formatters={formatters}
                    t={t}
                  />
                )
              })}
              <Spacer height={rows.spacerAfter} colSpan={colSpan} />
            </>
          )}
        </tbody>
      </table>
    </div>
  )
}

/** Stands in for the rows scrolled out of view, so the scrollbar reflects the whole ledger. */
function Spacer({ height, colSpan }: { height: number; colSpan: number }) {
  return height > 0 ? (
    <tr className="uk-table__spacer" aria-hidden="true">
      <td className="uk-table__spacer-cell" colSpan={colSpan} style={{ height }} />
    </tr>
  ) : null
}

/** Placeholder rows while the first page loads (their widths vary in CSS). */
function SkeletonRows({ columns }: { columns: readonly LedgerColumnId[] }) {
  return Array.from({ length: SKELETON_ROWS }, (_, row) => (
    <tr key={row} className="uk-table__row" aria-hidden="true" data-skeleton="">
      <td className="uk-table__cell" />
      {columns.map((column) => (
        <td key={column} className="uk-table__cell" data-column={column}>
          <span className="uk-skeleton uk-table__skeleton" />
        </td>
      ))}
    </tr>
  ))
}
