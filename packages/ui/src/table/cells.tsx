import type { LedgerEntry } from '@usage-kit/core'
import type { ReactNode } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { KindBadge } from '../primitives/KindBadge.js'
import type { LedgerColumnId } from './columns.js'
import { typographicMinus as withMinus } from '../format/useFormatters.js'
import type { TableFormat } from './tableFormat.js'

/** What every cell renderer needs besides its entry. */
export interface CellContext {
  fmt: TableFormat
  t: Translate
  /** Whether this entry's `grantId` names a grant that is loaded (and can be revealed). */
  grantLoaded: boolean
  onShowGrant: (grantId: string) => void
}

export function signOf(value: number): 'positive' | 'negative' | 'zero' {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero'
}

/** An empty value in the details panel: a dash to the eye, nothing to a screen reader. */
export const NONE = (
  <span className="uk-table__none" aria-hidden="true">
    —
  </span>
)

/** The entry's own text is hostile until proven otherwise: rendered as text, bidi-isolated. */
export function Text({ value, className }: { value: string; className: string }) {
  return (
    <span className={className} title={value}>
      {value}
    </span>
  )
}

/** Signed credits, with the money beside them when the entry has both; null when neither. */
export function amountValue(entry: LedgerEntry, fmt: TableFormat): ReactNode {
  const { credits, money } = entry
  if (credits === null && money === null) return null
  return (
    <>
      {credits !== null ? (
        <span className="uk-table__amount" data-sign={signOf(credits)}>
          {fmt.amount(credits, true)}
        </span>
      ) : null}
      {money !== null ? (
        <span
          className={credits === null ? 'uk-table__amount' : 'uk-table__money'}
          data-sign={signOf(money.amountMinor)}
        >
          {withMinus(fmt.money(money, { signed: true }))}
        </span>
      ) : null}
    </>
  )
}

/** A link to the invoice when it has an http(s) URL, else its id; null when there is none. */
export function invoiceValue(entry: LedgerEntry, t: Translate): ReactNode {
  const invoice = entry.invoice
  if (!invoice || (invoice.id === null && invoice.url === null)) return null
  const label = invoice.id ?? t('table.viewInvoice')
  // Core keeps only http(s) URLs; checking again costs nothing and keeps `javascript:` out for good.
  if (invoice.url !== null && /^https?:\/\//i.test(invoice.url)) {
    return (
      <a
        className="uk-table__link"
        href={invoice.url}
        target="_blank"
        rel="noopener noreferrer"
        title={label}
      >
        {label}
        <span className="uk-visually-hidden"> {t('table.newTab')}</span>
      </a>
    )
  }
  return <Text className="uk-table__code" value={label} />
}

/**
 * One body cell. Plain text goes straight into the <td> (its title and code face with it) rather
 * than into a wrapping element: every element saved here is saved on every rendered row.
 */
export interface CellView {
  /** Null for an empty cell (the row marks it `data-empty`). */
  content: ReactNode
  /** The full text, on hover. */
  title?: string
  /** An identifier, set in a monospace face. */
  code?: boolean
  /** Figures, isolated left to right (`data-figures`): a minus stays on their left in RTL too. */
  figures?: boolean
  /** A class beside `uk-table__cell` (the cell is then that styling hook itself). */
  className?: string
  /** The sign of a signed amount (`data-sign`). */
  sign?: ReturnType<typeof signOf>
}

/** The content of one body cell. */
export function renderCell(column: LedgerColumnId, entry: LedgerEntry, ctx: CellContext): CellView {
  switch (column) {
    case 'description': {
      const primary = entry.description ?? entry.providerType
      const secondary = [entry.category, entry.metric].filter(Boolean).join(' · ')
      return {
        content: secondary ? (
          <>
            {primary}
            <Text className="uk-table__secondary" value={secondary} />
          </>
        ) : (
          primary
        ),
        title: primary,
      }
    }
    case 'invoice': {
      const invoice = entry.invoice
      // A link needs its element; an id alone is text.
      if (invoice && invoice.url === null && invoice.id !== null) {
        return { content: invoice.id, title: invoice.id, code: true }
      }
      return { content: invoiceValue(entry, ctx.t) }
    }
    case 'amount': {
      // The credits are the cell's own text, the money (when both exist) a smaller figure after.
      const { credits, money } = entry
      if (credits === null && money === null) break
      const main =
        credits !== null
          ? ctx.fmt.amount(credits, true)
          : withMinus(ctx.fmt.money(money!, { signed: true }))
      return {
        content:
          credits !== null && money !== null ? (
            <>
              {main}
              <span className="uk-table__money">
                {withMinus(ctx.fmt.money(money, { signed: true }))}
              </span>
            </>
          ) : (
            main
          ),
        figures: true,
        className: 'uk-table__amount',
        sign: signOf(credits ?? money!.amountMinor),
      }
    }
    case 'balance':
      if (entry.balanceAfter === null) break
      return { content: ctx.fmt.amount(entry.balanceAfter), figures: true }
    case 'grant': {
      const grantId = entry.grantId
      if (grantId === null || ctx.grantLoaded) break
      // Ids share long prefixes (UUIDs, zero-padded); the tail is what tells them apart.
      const short = grantId.length > 12 ? `…${grantId.slice(-8)}` : grantId
      return { content: short, title: grantId, code: true }
    }
  }
  return { content: cellContent(column, entry, ctx) }
}

function cellContent(column: LedgerColumnId, entry: LedgerEntry, ctx: CellContext): ReactNode {
  const { fmt, t } = ctx
  switch (column) {
    case 'date':
      return (
        // dir="auto": a date of digits only (cs-CZ '14. 11. 2026 15:31') keeps its order in RTL.
        <time dateTime={entry.occurredAt} title={fmt.fullDateTime(entry.occurredAt)} dir="auto">
          {fmt.dateTime(entry.occurredAt)}
        </time>
      )
    case 'type':
      return <KindBadge kind={entry.kind} pending={entry.pending} t={t} />
    case 'expires':
      return entry.expiresAt === null ? null : (
        <time dateTime={entry.expiresAt} title={fmt.fullDateTime(entry.expiresAt)} dir="auto">
          {fmt.date(entry.expiresAt)}
        </time>
      )
    case 'invoice':
      return invoiceValue(entry, t)
    case 'grant': {
      const grantId = entry.grantId
      if (grantId === null) return null
      return (
        <button
          type="button"
          className="uk-table__reveal"
          title={grantId}
          onClick={() => ctx.onShowGrant(grantId)}
        >
          {t('table.showGrant')}
        </button>
      )
    }
  }
}
