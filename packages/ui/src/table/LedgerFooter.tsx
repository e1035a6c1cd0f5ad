import { useId } from 'react'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import type { InfiniteControls, OffsetControls } from './ledgerView.js'

export interface LedgerFooterProps {
  infinite: InfiniteControls | null
  offset: OffsetControls | null
  hasEntries: boolean
  pageSize: number
  pageSizeOptions: readonly number[]
  onPageSizeChange: ((pageSize: number) => void) | undefined
  fmt: Formatters
  t: Translate
}

/**
 * Below the rows: "Load more" in infinite mode (the keyboard and screen-reader path to what
 * scrolling loads by itself) or the pager in offset mode.
 */
export function LedgerFooter(props: LedgerFooterProps) {
  const { infinite, offset, t } = props
  if (offset) return <Pager {...props} offset={offset} />
  if (!infinite || !props.hasEntries) return null
  return (
    <div className="uk-table__footer">
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
          {infinite.isFetchingNextPage ? t('table.loadingMore') : t('table.loadMore')}
        </button>
      ) : (
        <p className="uk-table__end">{t('table.end')}</p>
      )}
    </div>
  )
}

function Pager({
  offset,
  pageSize,
  pageSizeOptions,
  onPageSizeChange,
  fmt,
  t,
}: LedgerFooterProps & { offset: OffsetControls }) {
  const sizeId = useId()
  const page = fmt.credits(offset.pageIndex + 1)
  // The current size is always a choice, even when the host passed one outside the options.
  const sizes = pageSizeOptions.includes(pageSize)
    ? pageSizeOptions
    : [...pageSizeOptions, pageSize].sort((a, b) => a - b)
  return (
    <nav className="uk-table__footer uk-table__pager" aria-label={t('table.pager.label')}>
      {onPageSizeChange ? (
        <div className="uk-table__page-size">
          <label className="uk-table__page-size-label" htmlFor={sizeId}>
            {t('table.pager.size')}
          </label>
          <select
            id={sizeId}
            className="uk-select"
            value={pageSize}
            onChange={(event) => onPageSizeChange(Number(event.currentTarget.value))}
          >
            {sizes.map((size) => (
              <option key={size} value={size}>
                {fmt.credits(size)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="uk-table__page" aria-live="polite">
        {offset.pageCount === null
          ? t('table.pager.pageUnknown', { page })
          : t('table.pager.page', { page, count: fmt.credits(Math.max(1, offset.pageCount)) })}
      </p>
      <div className="uk-table__page-buttons">
        <button
          type="button"
          className="uk-button"
          data-icon="previous"
          disabled={!offset.hasPreviousPage}
          onClick={() => offset.setPageIndex(offset.pageIndex - 1)}
        >
          {t('table.pager.previous')}
        </button>
        <button
          type="button"
          className="uk-button"
          data-icon="next"
          disabled={!offset.hasNextPage}
          onClick={() => offset.setPageIndex(offset.pageIndex + 1)}
        >
          {t('table.pager.next')}
        </button>
      </div>
    </nav>
  )
}
