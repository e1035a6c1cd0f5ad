import type { Header } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useId, useRef } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { COLUMN_SPECS, type LedgerColumnId, type LedgerFeatures } from './columns.js'
import { LedgerRow } from './LedgerRow.js'
import { LedgerRowDetails } from './LedgerRowDetails.js'
import { LedgerTableHead } from './LedgerTableHead.js'
import type { InfiniteControls } from './ledgerView.js'
import type { TableFormat } from './tableFormat.js'
import { useVirtualRows } from './useVirtualRows.js'

export interface LedgerGridProps {
  entries: readonly LedgerEntry[]
  /** Positions into `entries` in display order; null for the entries' own order. */
  order: Uint32Array | null
  headers: readonly Header<LedgerFeatures, LedgerEntry, unknown>[]
  columns: readonly LedgerColumnId[]
  expanded: ReadonlySet<string>
  toggleExpanded: (id: string, open?: boolean) => void
  loading: boolean
  busy: boolean
  total: number | null
  infinite: InfiniteControls | null
  paused: boolean
  height: number
  resetKey: string
  fmt: TableFormat
  t: Translate
}

const SKELETON_ROWS = 8
/** The description column's minimum; the others are fixed (see COLUMN_SPECS). */
const DESCRIPTION_MIN = 220

/**
 * The scroll viewport and the real <table> inside it. Rows between the spacers are the only ones
 * in the DOM; `aria-rowcount` and `aria-rowindex` tell assistive technology where they sit.
 */
export function LedgerGrid(props: LedgerGridProps) {
  const { entries, order, headers, columns, expanded, toggleExpanded, fmt, t } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const baseId = useId()
  const rows = useVirtualRows({
    entries,
    order,
    expanded,
    toggleExpanded,
    scrollRef,
    height: props.height,
    infinite: props.infinite,
    paused: props.paused,
    resetKey: props.resetKey,
  })
  const colSpan = columns.length + 1
  const minWidth = columns.reduce(
    (sum, id) => sum + (id === 'description' ? DESCRIPTION_MIN : COLUMN_SPECS[id].width),
    44,
  )
  const more = props.infinite?.hasNextPage === true
  const rowCount = props.loading
    ? undefined
    : more
      ? props.total === null
        ? -1
        : props.total + rows.expandedCount + 1
      : rows.count + 1
  const loadingMore = props.infinite?.isFetchingNextPage === true
  // Stable ids per entry position: provider ids may hold characters an id reference cannot.
  const detailsId = (row: number) => `${baseId}-details-${order ? order[row] : row}`

  return (
    <div className="uk-table__scroller" ref={scrollRef} style={{ maxHeight: props.height }}>
      <table
        className="uk-table__table"
        aria-label={t('table.label')}
        aria-rowcount={rowCount}
        aria-busy={props.busy || undefined}
        style={{ minWidth }}
      >
        <LedgerTableHead headers={headers} t={t} />
        <tbody className="uk-table__body">
          {props.loading ? (
            <SkeletonRows columns={columns} />
          ) : (
            <>
              {rows.spacerBefore > 0 ? (
                <Spacer height={rows.spacerBefore} colSpan={colSpan} />
              ) : null}
              {rows.items.map((item) => {
                const entry = rows.entryAt(item.row)
                if (item.details) {
                  return (
                    <LedgerRowDetails
                      key={`${entry.id}\u0000details`}
                      entry={entry}
                      id={detailsId(item.row)}
                      colSpan={colSpan}
                      ariaRowIndex={item.index + 2}
                      measureRef={rows.measureDetails}
                      fmt={fmt}
                      t={t}
                    />
                  )
                }
                return (
                  <LedgerRow
                    // By entry, not position: a sort moves a focused row's element with it.
                    key={entry.id}
                    entry={entry}
                    columns={columns}
                    ariaRowIndex={item.index + 2}
                    expanded={expanded.has(entry.id)}
                    detailsId={detailsId(item.row)}
                    grantLoaded={entry.grantId !== null && rows.isGrantLoaded(entry.grantId)}
                    onToggle={toggleExpanded}
                    onShowGrant={rows.showGrant}
                    registerRow={rows.registerRow}
                    fmt={fmt}
                    t={t}
                  />
                )
              })}
              {rows.spacerAfter > 0 ? <Spacer height={rows.spacerAfter} colSpan={colSpan} /> : null}
              {loadingMore ? (
                <tr className="uk-table__status-row" aria-rowindex={rows.count + 2}>
                  <td className="uk-table__status-cell" colSpan={colSpan} role="status">
                    {t('table.loadingMore')}
                  </td>
                </tr>
              ) : null}
            </>
          )}
        </tbody>
      </table>
    </div>
  )
}

/** Stands in for the rows scrolled out of view, so the scrollbar reflects the whole ledger. */
function Spacer({ height, colSpan }: { height: number; colSpan: number }) {
  return (
    <tr className="uk-table__spacer" aria-hidden="true">
      <td className="uk-table__spacer-cell" colSpan={colSpan} style={{ height }} />
    </tr>
  )
}

function SkeletonRows({ columns }: { columns: readonly LedgerColumnId[] }) {
  return Array.from({ length: SKELETON_ROWS }, (_, row) => (
    <tr key={row} className="uk-table__row" aria-hidden="true" data-skeleton="">
      <td className="uk-table__cell" />
      {columns.map((column) => (
        <td
          key={column}
          className="uk-table__cell"
          data-column={column}
          data-numeric={COLUMN_SPECS[column].numeric || undefined}
        >
          <span
            className="uk-skeleton uk-table__skeleton"
            style={{ inlineSize: `${55 + ((row * 7 + column.length * 5) % 40)}%` }}
          />
        </td>
      ))}
    </tr>
  ))
}
