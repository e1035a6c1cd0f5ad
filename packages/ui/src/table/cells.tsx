'use client'

import { creditCurrencyOf, type LedgerEntry } from '@usage-kit/core'
import type { ReactNode } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { KindBadge } from '../primitives/KindBadge.js'
import type { LedgerColumnId } from './columns.js'
import type { TableFormat } from './tableFormat.js'

/** What every cell renderer needs besides its entry. */
export interface CellContext {
  formatters: TableFormat
  t: Translate
  /** Rows only: this entry's `grantId` names a grant that is loaded (and can be revealed). */
  grantLoaded?: boolean
  onShowGrant?: (grantId: string) => void
}

/**
 * One body cell. Plain text goes straight into the <td> (its title and code face with it) rather
 * than into a wrapping element: every element saved here is saved on every rendered row.
 */
export interface CellView {
  /** Null for an empty cell. */
  content: ReactNode
  /** The full text, on hover. */
  title?: string
  /** An identifier, set in a monospace face. */
  code?: boolean
  /** The sign of a signed amount. */
  sign?: 'positive' | 'negative' | 'zero'
}

const EMPTY: CellView = { content: null }

const signOf = (value: number) => (value > 0 ? 'positive' : value < 0 ? 'negative' : 'zero')

/** The content of one body cell. Entries' own text is rendered as text, never as markup. */
export function renderCell(column: LedgerColumnId, entry: LedgerEntry, ctx: CellContext): CellView {
  const { formatters, t } = ctx
  switch (column) {
    case 'date':
      return {
        content: dateTime(entry.occurredAt, formatters.dateTime(entry.occurredAt), formatters),
      }
    case 'type':
      return { content: <KindBadge kind={entry.kind} pending={entry.pending} t={t} /> }
    case 'description': {
      const primary = entry.description ?? entry.providerType
      const secondary = secondaryText(entry, t, false)
      return {
        content: (
          <>
            {primary}
            {secondary ? (
              <span className="uk-table__secondary" title={secondaryText(entry, t, true)}>
                {secondary}
              </span>
            ) : null}
          </>
        ),
        title: primary,
      }
    }
    case 'amount': {
      // The credits are the cell's own text, the money (when both exist) a smaller figure after.
      const { credits, money } = entry
      const moneyText = money && formatters.money(money, { signed: true })
      const creditCurrency = creditCurrencyOf(entry.provider)
      if (credits === null || (creditCurrency !== null && money)) {
        // Credits that are money themselves (ngrok's dollars) are one figure: shown once, as money.
        return money ? { content: moneyText, sign: signOf(money.amountMinor) } : EMPTY
      }
      if (creditCurrency !== null) {
        return {
          content: formatters.creditsAs(credits, creditCurrency, { signed: true }),
          sign: signOf(credits),
        }
      }
      return {
        content: (
          <>
            {formatters.amount(credits, true)}
            {moneyText ? <span className="uk-table__money">{moneyText}</span> : null}
          </>
        ),
        sign: signOf(credits),
      }
    }
    case 'balance': {
      const balance = entry.balanceAfter
      if (balance === null) return EMPTY
      const creditCurrency = creditCurrencyOf(entry.provider)
      return {
        content:
          creditCurrency === null
            ? formatters.amount(balance)
            : formatters.creditsAs(balance, creditCurrency),
      }
    }
    case 'expires':
      return {
        content:
          entry.expiresAt &&
          dateTime(entry.expiresAt, formatters.date(entry.expiresAt), formatters),
      }
    case 'invoice': {
      const id = entry.invoice?.id ?? null
      const url = entry.invoice?.url ?? null
      if (id === null && url === null) return EMPTY
      const label = id ?? t('table.viewInvoice')
      // Core keeps only http(s) URLs; checking again keeps `javascript:` out for good.
      if (url === null || !/^https?:\/\//i.test(url))
        return { content: label, title: label, code: true }
      return {
        content: (
          <a
            className="uk-table__link"
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            title={label}
          >
            {label}
            <span className="uk-visually-hidden"> {t('table.newTab')}</span>
          </a>
        ),
      }
    }
    case 'grant': {
      const grantId = entry.grantId
      if (grantId === null) return EMPTY
      if (ctx.grantLoaded) {
        return {
          content: (
            <button
              type="button"
              className="uk-table__reveal"
              title={grantId}
              onClick={() => ctx.onShowGrant?.(grantId)}
            >
              {t('table.showGrant')}
            </button>
          ),
        }
      }
      return { content: shortId(grantId), title: grantId, code: true }
    }
  }
}

/**
 * The smaller line under the description: the category and metric, and where the provider gives
 * no description of its own (every Vayu row, which would read only "Deduct"), the invoice the
 * entry belongs to, so rows tell apart by what they are.
 */
function secondaryText(entry: LedgerEntry, t: Translate, full: boolean): string {
  const parts = [entry.category, entry.metric]
  const invoiceId = entry.invoice?.id
  if (entry.description === null && invoiceId) {
    parts.push(t('table.invoiceRef', { id: full ? invoiceId : shortId(invoiceId) }))
  }
  return parts.filter(Boolean).join(' · ')
}

/**
 * A long id by its tail: ids share long prefixes (UUIDs, zero-padded, Vayu's time-ordered
 * ObjectIds), and the tail is what tells them apart. The full id goes in the title.
 */
function shortId(id: string): string {
  return id.length > 12 ? `…${id.slice(-8)}` : id
}

/** dir="auto": a date of digits only (cs-CZ '14. 11. 2026 15:31') keeps its order in RTL. */
function dateTime(iso: string, text: string, formatters: TableFormat) {
  return (
    <time dateTime={iso} title={formatters.fullDateTime(iso)} dir="auto">
      {text}
    </time>
  )
}
