import type { BalanceCheck } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import { amountText } from '../grants/text.js'
import type { Translate } from '../i18n/useMessages.js'

/**
 * Whether the ledger adds up to the provider's balance: a quiet line when it does, an
 * error-coloured alert with the difference and both figures when it does not (a silent number
 * would hide the one thing a reconciliation is for), and a plain line when either side is unknown.
 */
export function BalanceCheckLine({
  check,
  currency,
  formatters,
  t,
}: {
  check: BalanceCheck
  currency: string | null
  formatters: Formatters
  t: Translate
}) {
  const { ledger, provider, difference, matches } = check
  const figure = (value: number) => formatters.creditsAs(value, currency)
  if (ledger === null || provider === null || difference === null) {
    return (
      <p className="uk-statement__check" data-matches="unknown" role="status" dir="auto">
        {t('statement.checkUnknown')}
      </p>
    )
  }
  if (matches) {
    return (
      <p className="uk-statement__check" data-matches="true" role="status" dir="auto">
        {t('statement.checkMatches', { balance: amountText(provider, currency, formatters, t) })}
      </p>
    )
  }
  return (
    <p className="uk-statement__check" data-matches="false" role="alert" dir="auto">
      {t('statement.checkDiffers', {
        difference: amountText(Math.abs(difference), currency, formatters, t),
        ledger: figure(ledger),
        provider: figure(provider),
      })}
    </p>
  )
}
