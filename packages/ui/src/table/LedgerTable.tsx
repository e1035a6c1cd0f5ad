'use client'

import { useFormatters } from '../format/useFormatters.js'
import { useMessages } from '../i18n/useMessages.js'
import { describeError } from '../primitives/describeError.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import { ColumnsMenu } from './ColumnsMenu.js'
import { COLUMN_WIDTHS, LEDGER_COLUMN_IDS } from './columns.js'
import { LedgerFooter } from './LedgerFooter.js'
import { LedgerGrid } from './LedgerGrid.js'
import { ledgerView, useLedgerOrder } from './ordering/index.js'
import { SortSelect } from './SortSelect.js'
import { useTableFormat } from './tableFormat.js'
import type { LedgerTableProps } from './types.js'
import { useLedgerColumns } from './useLedgerColumns.js'
import { useLedgerTableState } from './useLedgerTableState.js'
import { useObservedHeight } from './windowing/index.js'
import { dataFlag } from '../primitives/dataFlag.js'

/**
 * The credit history as a sortable, virtualized table: 100,000 loaded entries keep the DOM to the
 * rows in view. Takes what `useLedger` returns (or plain entries), so it composes with the
 * filter bar and chart; `UsageHistory` wires all of them for the one-line drop-in.
 */
export function LedgerTable(props: LedgerTableProps) {
  const t = useMessages(props.messages)
  const formatters = useFormatters()
  const view = ledgerView(props.ledger, props.entries, props.onRetry)
  const state = useLedgerTableState(props)
  const columnIds = props.columns ?? LEDGER_COLUMN_IDS
  const { table, headers, visibleIds } = useLedgerColumns(columnIds, state, t)

  const sort = state.sorting[0]
  const { order, facts } = useLedgerOrder(view.entries, sort, formatters.locale)
  // The "Sort by" select has a box only in the stacked layout (a container query shows it).
  const [sortBoxHeight, sortRef] = useObservedHeight(0)
  const stacked = sortBoxHeight > 0

  // The columns' widths and the root's two borders.
  const intrinsicWidth =
    visibleIds.reduce((sum, id) => sum + COLUMN_WIDTHS[id], COLUMN_WIDTHS.expand) + 2
  const tableFormat = useTableFormat(formatters, view.entries)
  const mode = view.offset ? 'offset' : view.infinite ? 'infinite' : 'static'
  const banner = view.state === 'ready' && view.error !== null ? view.error : null
  const count = view.offset ? (view.total ?? view.entries.length) : view.entries.length
  const summary =
    view.state === 'loading'
      ? t('table.loading')
      : view.state === 'error'
        ? ''
        : view.infinite?.isFetchingNextPage
          ? t('table.loadingMore')
          : view.isFetching && view.state === 'ready'
            ? t('status.refreshing')
            : view.infinite && view.total !== null && view.total > count
              ? t('table.rowsOf', { count, total: view.total })
              : t('table.rows', { count })

  return (
    <KitRoot
      part="uk-table"
      theme={props.theme}
      className={props.className}
      // The root is a size container (the stacked layout is a container query on its width), so
      // its content no longer sizes it: where a host's layout shrinks it to fit (a flex row, a
      // float), it asks for the width its columns need, as the table inside did before.
      style={{ containIntrinsicInlineSize: `${intrinsicWidth}px`, ...props.style }}
      data-state={view.state}
      data-mode={mode}
      data-fetching={dataFlag(view.isFetching)}
      data-stale={dataFlag(view.stale)}
      data-error={dataFlag(Boolean(banner))}
    >
      <div className="uk-table__toolbar">
        <p className="uk-table__summary" role="status">
          {summary}
        </p>
        {view.state === 'ready' || view.state === 'loading' ? (
          <>
            <SortSelect
              columns={table
                .getAllLeafColumns()
                .filter((c) => c.getIsVisible() || c.id === sort?.id)}
              sort={sort}
              onSort={(next) => state.setSorting(() => [next])}
              measureRef={sortRef}
              t={t}
            />
            <ColumnsMenu columns={table.getAllLeafColumns()} t={t} />
          </>
        ) : null}
      </div>
      {banner ? (
        <div className="uk-table__banner" role="alert">
          <p className="uk-table__banner-text">
            <strong className="uk-table__banner-title">{t('error.title')}</strong>{' '}
            {describeError(banner, t)}
          </p>
          {view.retry ? (
            <button type="button" className="uk-button" onClick={view.retry}>
              {t('error.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
      {view.state === 'error' || view.state === 'empty' ? (
        <div className="uk-table__state">
          {view.error ? (
            <ErrorMessage error={view.error} t={t} onRetry={view.retry} />
          ) : (
            <StateMessage state="empty" title={t('table.empty.title')}>
              {t('table.empty.description')}
            </StateMessage>
          )}
        </div>
      ) : (
        <LedgerGrid
          view={view}
          order={order}
          grants={facts.grants}
          headers={headers}
          columns={visibleIds}
          state={state}
          height={props.height ?? 480}
          stacked={stacked}
          resetKey={`${view.offset?.pageIndex}|${sort?.id}|${sort?.desc}`}
          formatters={tableFormat}
          t={t}
        />
      )}
      {view.state === 'loading' || view.state === 'error' ? null : (
        <LedgerFooter
          view={view}
          table={props}
          formatters={formatters}
          t={t}
          incomplete={props.ledger?.complete === false}
        />
      )}
    </KitRoot>
  )
}
