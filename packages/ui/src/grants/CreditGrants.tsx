'use client'

import { ledgerCreditCurrency, type CreditGrant, type LedgerEntry } from '@usage-kit/core'
import { useCreditGrants } from '@usage-kit/react'
import { useId, useMemo } from 'react'
import { useFormatters } from '../format/useFormatters.js'
import { useMessages } from '../i18n/useMessages.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { ErrorMessage } from '../primitives/StateMessage.js'
import { GrantItem } from './GrantItem.js'
import { PanelSkeleton } from './PanelSkeleton.js'
import { amountText } from './text.js'
import type { CreditGrantsProps } from './types.js'

const DEFAULT_EXPIRING_DAYS = 14
const NO_ENTRIES: LedgerEntry[] = []

/**
 * The ledger's credit grants, newest first: for each, granted, used, expired and what remains (a
 * meter with its value in words), the expiry with a relative time, and a status badge; a notice
 * above the list when any grant expires soon. Where the provider does not name the grant each
 * usage drew from, the split is the kit's estimate (earliest expiry first), marked and explained.
 * Renders nothing when the ledger holds no grant. See `CreditGrantsProps` for the styling contract.
 */
export function CreditGrants(props: CreditGrantsProps) {
  const {
    ledger,
    asOf,
    expiringWithinDays = DEFAULT_EXPIRING_DAYS,
    onGrantSelect,
    className,
    style,
    theme,
    messages,
    ...rest
  } = props
  const t = useMessages(messages)
  const formatters = useFormatters()
  const id = useId()
  const entries = ledger?.entries
  // "Now" is read once per change of the entries (not on every render), and the statuses and the
  // relative expiry times both count from this one instant.
  const reference = useMemo(() => {
    void entries // new entries: a fresh "now"
    return asOf ?? new Date().toISOString()
  }, [asOf, entries])
  const grants = useCreditGrants(
    { entries: entries ?? NO_ENTRIES },
    { asOf: reference, expiringWithinDays },
  )
  const currency = useMemo(() => ledgerCreditCurrency(entries ?? NO_ENTRIES), [entries])
  const expiring = useMemo(() => grants.filter((grant) => grant.status === 'expiring'), [grants])
  // Grants that can no longer be drawn (used up or expired) fold away under a disclosure, so a
  // long history keeps what is left to use in view; when no grant is usable they are the list.
  const [current, past] = useMemo(() => {
    const usable = (grant: CreditGrant) => grant.status === 'active' || grant.status === 'expiring'
    const left = grants.filter(usable)
    return left.length === 0 ? [grants, []] : [left, grants.filter((g) => !usable(g))]
  }, [grants])
  const estimated = grants.some((grant) => grant.attribution === 'estimated')
  const state =
    ledger?.status === 'pending' && grants.length === 0
      ? 'loading'
      : ledger?.status === 'error' && ledger.error && grants.length === 0
        ? 'error'
        : 'ready'
  // A ledger without grants (a usage-only feed) gets no panel at all, not an empty one.
  if (state === 'ready' && grants.length === 0) return null
  const item = (grant: CreditGrant) => (
    <GrantItem
      key={grant.entry.id}
      grant={grant}
      asOf={reference}
      currency={currency}
      estimateNoteId={`${id}-estimate`}
      onGrantSelect={onGrantSelect}
      formatters={formatters}
      t={t}
    />
  )

  return (
    <KitRoot
      {...rest}
      as="section"
      part="uk-grants"
      theme={theme}
      className={className}
      style={style}
      data-state={state}
      aria-labelledby={`${id}-title`}
    >
      <p className="uk-grants__title" id={`${id}-title`}>
        {t('grants.label')}
      </p>
      {state === 'loading' ? (
        <PanelSkeleton className="uk-grants__skeleton" rows={2} label={t('grants.loading')} />
      ) : state === 'error' && ledger?.error ? (
        <ErrorMessage error={ledger.error} t={t} onRetry={() => void ledger.refetch()} />
      ) : (
        <>
          {expiring.length > 0 ? (
            <p className="uk-grants__notice" role="status" dir="auto">
              {t('grants.expiringNotice', {
                grants: expiring.length,
                days: expiringWithinDays,
                // What the expiring grants still hold: what is lost if it is not used in time.
                amount: amountText(
                  expiring.reduce((sum, grant) => sum + grant.remaining, 0),
                  currency,
                  formatters,
                  t,
                ),
              })}
            </p>
          ) : null}
          <ul className="uk-grants__list">{current.map(item)}</ul>
          {past.length > 0 ? (
            <details className="uk-grants__more">
              <summary dir="auto">{t('grants.past', { grants: past.length })}</summary>
              <ul className="uk-grants__list">{past.map(item)}</ul>
            </details>
          ) : null}
          {estimated ? (
            <p className="uk-grants__note" id={`${id}-estimate`} dir="auto">
              {t('grants.estimateNote')}
            </p>
          ) : null}
        </>
      )}
    </KitRoot>
  )
}
