import type { LedgerSummary } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'

/** Granted, used and net for the filtered range, in credits and (where entries carry it) money. */
export function Totals({
  summary,
  loading,
  t,
  format,
}: {
  summary: LedgerSummary
  loading: boolean
  t: Translate
  format: Formatters
}) {
  const currencies = Object.entries(summary.money)
  const money = currencies.length === 1 ? currencies[0] : undefined
  const cards = [
    {
      key: 'granted',
      label: t('totals.granted'),
      credits: summary.granted,
      minor: money?.[1].granted,
    },
    { key: 'used', label: t('totals.used'), credits: summary.used, minor: money?.[1].used },
    { key: 'net', label: t('totals.net'), credits: summary.net, minor: money?.[1].net },
  ] as const
  return (
    <section className="uk-totals" aria-label={t('totals.label')} aria-busy={loading}>
      <dl className="uk-totals__list">
        {cards.map((card) => (
          <div key={card.key} className="uk-totals__card" data-total={card.key}>
            <dt className="uk-totals__label">{card.label}</dt>
            <dd className="uk-totals__value">
              {loading ? (
                <span className="uk-skeleton uk-totals__skeleton" />
              ) : (
                // Isolated, so a sign stays with its number inside right-to-left layouts.
                <bdi>{format.credits(card.credits, { signed: card.key === 'net' })}</bdi>
              )}
            </dd>
            {!loading && money && card.minor !== undefined ? (
              <dd className="uk-totals__money">
                <bdi>
                  {format.money(
                    { amountMinor: card.minor, currency: money[0] },
                    { signed: card.key === 'net' },
                  )}
                </bdi>
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
    </section>
  )
}
