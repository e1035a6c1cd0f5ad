import type { LedgerSummary } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'

/**
 * Granted, used and net for the filtered range, in credits and (where entries carry it) money.
 * Where the credits are money themselves (`creditCurrency`, an ngrok ledger's dollars) each total
 * is that one figure, shown once, as money: '$16,880.77', never '16,880.77' above '$16,880.77'.
 */
export function Totals({
  summary,
  loading,
  t,
  formatters,
}: {
  /** `useLedgerTotals`'s result; `creditCurrency` left out reads as credits of their own. */
  summary: LedgerSummary & { creditCurrency?: string | null }
  loading: boolean
  t: Translate
  formatters: Formatters
}) {
  const creditCurrency = summary.creditCurrency ?? null
  const currencies = Object.entries(summary.money)
  // A second, money figure only beside credits of their own, and only in one currency.
  const money = creditCurrency === null && currencies.length === 1 ? currencies[0] : undefined
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
                <bdi>
                  {formatters.creditsAs(card.credits, creditCurrency, {
                    signed: card.key === 'net',
                  })}
                </bdi>
              )}
            </dd>
            {!loading && money && card.minor !== undefined ? (
              <dd className="uk-totals__money">
                <bdi>
                  {formatters.money(
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
