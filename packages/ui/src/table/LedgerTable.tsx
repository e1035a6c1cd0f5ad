import { useFormatters } from '../format/useFormatters.js'
import { useMessages } from '../i18n/useMessages.js'
import { describeError } from '../primitives/describeError.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import { ColumnsMenu } from './ColumnsMenu.js'
import { LEDGER_COLUMN_IDS } from './columns.js'
import { LedgerFooter } from './LedgerFooter.js'
import { LedgerGrid } from './LedgerGrid.js'
import { ledgerView } from './ledgerView.js'
import { useTableFormat } from './tableFormat.js'
import type { LedgerTableProps } from './types.js'
import { useLedgerColumns } from './useLedgerColumns.js'
import { useLedgerOrder } from './useLedgerOrder.js'
import { useLedgerTableState } from './useLedgerTableState.js'

/**
 * The credit history as a sortable, virtualized table: 100,000 loaded entries keep the DOM to the
 * rows in view. Takes what `useLedger` returns (or plain entries), so it composes with the
 * filter bar and chart; `UsageHistory` wires all of them for the one-line drop-in.
 */
export function LedgerTable(props: LedgerTableProps) {
  const t = useMessages(props.messages)
  const fmt = useFormatters()
  const view = ledgerView(props.ledger, props.entries, props.onRetry)
  const state = useLedgerTableState(props)
  const columnIds = props.columns ?? LEDGER_COLUMN_IDS
  const { table, headers, visibleIds } = useLedgerColumns(columnIds, state, t)

  const sort = state.sorting[0]
  const order = useLedgerOrder(view.entries, sort, fmt.locale)

  const tableFormat = useTableFormat(fmt, view.entries)
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
      style={props.style}
      data-state={view.state}
      data-mode={mode}
      data-fetching={view.isFetching || undefined}
      data-stale={view.stale || undefined}
      data-error={banner ? true : undefined}
    >
      <div className="uk-table__toolbar">
        <p className="uk-table__summary" role="status">
          {summary}
        </p>
        {view.state === 'ready' || view.state === 'loading' ? (
          <ColumnsMenu columns={table.getAllLeafColumns()} t={t} />
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
          headers={headers}
          columns={visibleIds}
          state={state}
          height={props.height ?? 480}
          resetKey={`${view.offset?.pageIndex}|${sort?.id}|${sort?.desc}`}
          fmt={tableFormat}
          t={t}
        />
      )}
      {view.state === 'loading' || view.state === 'error' ? null : (
        <LedgerFooter view={view} table={props} fmt={fmt} t={t} />
      )}
    </KitRoot>
  )
}
