'use client'

import type { CreditGrant } from '@usage-kit/core'
import { useId } from 'react'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { relativeTime } from './text.js'

export interface GrantItemProps {
  grant: CreditGrant
  /** The instant the statuses were taken at: relative expiry times count from it. */
  asOf: string
  /** The ledger's credit currency (ngrok's dollars), or null for plain credits. */
  currency: string | null
  /** The id of the note that explains estimated attribution (shown once, under the list). */
  estimateNoteId: string
  onGrantSelect?: ((grant: CreditGrant) => void) | undefined
  formatters: Formatters
  t: Translate
}

/**
 * One grant: its name and dates, a status badge, what is left as a meter (with the value in
 * words), the four figures, and where attribution is exact a button that narrows the ledger to it.
 */
export function GrantItem({
  grant,
  asOf,
  currency,
  estimateNoteId,
  onGrantSelect,
  formatters,
  t,
}: GrantItemProps) {
  const id = useId()
  const { entry, granted, remaining, expiresAt, status } = grant
  const figure = (value: number) => formatters.creditsAs(value, currency)
  const name = entry.description?.trim() || t('grants.untitled')
  const estimated = grant.attribution === 'estimated'
  const share = granted > 0 ? Math.min(1, Math.max(0, remaining / granted)) : 0
  const valueText =
    currency === null
      ? t('grants.meterText', {
          remaining: figure(remaining),
          granted: figure(granted),
          quantity: granted,
        })
      : t('grants.meterMoney', { remaining: figure(remaining), granted: figure(granted) })
  const expiry = expiresAt
    ? t(Date.parse(expiresAt) <= Date.parse(asOf) ? 'grants.expiredOn' : 'grants.expiresOn', {
        date: formatters.date(expiresAt),
        relative: relativeTime(expiresAt, asOf, formatters.locale),
      })
    : t('grants.noExpiry')

  return (
    <li
      className="uk-grants__item"
      data-status={status}
      data-attribution={grant.attribution}
      aria-labelledby={`${id}-name`}
    >
      <div className="uk-grants__head">
        <span className="uk-grants__name" id={`${id}-name`} dir="auto">
          {name}
        </span>
        <span className="uk-badge uk-grants__status" data-status={status}>
          {t(`grants.status.${status}`)}
        </span>
        {estimated ? (
          // Visible, and tied to the note that says what "estimated" means.
          <span className="uk-grants__estimated" aria-describedby={estimateNoteId}>
            {t('grants.estimated')}
          </span>
        ) : null}
      </div>
      <p className="uk-grants__dates">
        <span>{t('grants.grantedOn', { date: formatters.date(entry.occurredAt) })}</span>
        <span title={expiresAt ? formatters.fullDateTime(expiresAt) : undefined}>{expiry}</span>
      </p>
      <div
        className="uk-grants__meter"
        role="meter"
        aria-label={t('grants.meter', { name })}
        aria-valuemin={0}
        aria-valuemax={granted}
        aria-valuenow={remaining}
        aria-valuetext={valueText}
      >
        <span className="uk-grants__fill" style={{ inlineSize: `${share * 100}%` }} />
      </div>
      <dl className="uk-grants__figures">
        <Figure label={t('grants.granted')} value={figure(granted)} />
        <Figure label={t('grants.used')} value={figure(grant.used)} />
        <Figure label={t('grants.expired')} value={figure(grant.expired)} />
        <Figure label={t('grants.remaining')} value={figure(remaining)} strong />
      </dl>
      {onGrantSelect && !estimated ? (
        <button
          type="button"
          className="uk-button uk-grants__select"
          aria-describedby={`${id}-name`}
          onClick={() => onGrantSelect(grant)}
        >
          {t('grants.select')}
        </button>
      ) : null}
    </li>
  )
}

function Figure({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className="uk-grants__figure" data-strong={strong ? '' : undefined}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
