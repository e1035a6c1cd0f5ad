'use client'

import { DEFAULT_PAGE_SIZE } from '@usage-kit/react'
import { useId } from 'react'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { IncompleteNote } from './IncompleteNote.js'
import type { LedgerView, OffsetControls } from './ordering/index.js'
import type { LedgerTableProps } from './types.js'

export interface LedgerFooterProps {
  view: LedgerView
  /** The table's props: the page size and its choices. */
  table: LedgerTableProps
  formatters: Formatters
  t: Translate
  /**
   * The ledger's pages say its history may be incomplete (`complete: false`): the footer says so
   * in words, and never "End of history".
   */
  incomplete?: boolean
}

/**
 * Below the rows: "Load more" in infinite mode (the keyboard and screen-reader path to what
 * scrolling loads by itself) or the pager in offset mode, and the note of a history that may be
 * incomplete.
 */
export function LedgerFooter(props: LedgerFooterProps) {
  const { infinite, offset, total, entries } = props.view
  const { t } = props
  const note = props.incomplete ? (
    <IncompleteNote count={total ?? entries.length} className="uk-table__incomplete" t={t} />
  ) : null
  if (offset) {
    return (
      <>
        {note ? <div className="uk-table__footer">{note}</div> : null}
        <Pager {...props} offset={offset} />
      </>
    )
  }
  if (!infinite || entries.length === 0) return null
  return (
    <div className="uk-table__footer">
      {note}
      {infinite.hasNextPage ? (
        <button
          type="button"
          className="uk-button uk-table__more"
          // aria-disabled, not disabled: a disabled button drops the keyboard focus it holds.
          aria-disabled={infinite.isFetchingNextPage}
          onClick={() => {
            if (!infinite.isFetchingNextPage) void infinite.fetchNextPage()
          }}
        >
          {t(infinite.isFetchingNextPage ? 'table.loadingMore' : 'table.loadMore')}
        </button>
      ) : note ? null : (
        <p className="uk-table__end">{t('table.end')}</p>
      )}
    </div>
  )
}

const PAGE_STEPS = [
  ['previous', -1],
  ['next', 1],
] as const

function Pager({ offset, table, formatters, t }: LedgerFooterProps & { offset: OffsetControls }) {
  const { pageSize = DEFAULT_PAGE_SIZE, pageSizeOptions = [25, 50, 100], onPageSizeChange } = table
  const sizeId = useId()
  const page = offset.pageIndex + 1
  // The current size is always a choice, even when the host passed one outside the options.
  const sizes = pageSizeOptions.includes(pageSize)
    ? pageSizeOptions
    : [...pageSizeOptions, pageSize].sort((a, b) => a - b)
  return (
    <nav className="uk-table__footer uk-table__pager" aria-label={t('table.pager.label')}>
      {onPageSizeChange ? (
        <div className="uk-table__page-size">
          <label htmlFor={sizeId}>{t('table.pager.size')}</label>
          <select
            id={sizeId}
            className="uk-select"
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
          >
            {sizes.map((size) => (
              <option key={size} value={size}>
                {formatters.number(size)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="uk-table__page" aria-live="polite">
        {offset.pageCount === null
          ? t('table.pager.pageUnknown', { page })
          : t('table.pager.page', { page, count: Math.max(1, offset.pageCount) })}
      </p>
      <div className="uk-table__page-buttons">
        {PAGE_STEPS.map(([direction, by]) => (
          <button
            key={direction}
            type="button"
            className="uk-button"
            data-icon={direction}
            disabled={!(by > 0 ? offset.hasNextPage : offset.hasPreviousPage)}
            onClick={() => offset.setPageIndex(offset.pageIndex + by)}
          >
            {t(`table.pager.${direction}`)}
          </button>
        ))}
      </div>
    </nav>
  )
}
