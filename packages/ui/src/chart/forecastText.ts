/**
 * The forecast in words, for the chart's summary (its aria-describedby text) and the label at the
 * end of the dashed line.
 */
import type { Runway } from '@usage-kit/core'
import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'
import { forecastExpiries, type ForecastPlan } from './forecast.js'

/**
 * A forecast figure as said aloud: whole credits from 10 up, two significant digits below ('58',
 * '5.8', '0.012'); a window's average or a projected loss to six decimals ('524.066667') claims a
 * precision a forecast does not have. Money keeps its currency's own digits.
 */
export function spoken(value: number): number {
  return value >= 10 ? Math.round(value) : Number(value.toPrecision(2))
}

/**
 * "At 58 credits a day (last 30 days), the balance runs out around Sep 3, 2026; 500 credits
 * expire unused on Jun 12, 2026." The expiry clause only when `expiresUnused` > 0 and the path
 * shows where; it names the first expiry the forecast meets (the soonest to act on) and, when
 * there are several, how many. A ledger counted in a currency (ngrok) says money ("At $1.93 a
 * day"); `formatters` are the chart's, whose `credits` already write that currency.
 */
export function forecastSentence(
  runway: Runway,
  plan: ForecastPlan,
  formatters: Formatters,
  currency: string | null,
  t: Translate,
): string {
  const rateValue = currency === null ? spoken(runway.burnPerDay) : runway.burnPerDay
  const rateText = formatters.credits(rateValue)
  const values = {
    rate:
      currency === null
        ? t('chart.forecastRate', { value: rateText, quantity: rateValue })
        : rateText,
    days: runway.windowDays,
    date: formatters.date(new Date(plan.runsOutAt).toISOString()),
  }
  const expiries = runway.expiresUnused > 0 ? forecastExpiries(runway.path) : null
  const unused = currency === null ? spoken(runway.expiresUnused) : runway.expiresUnused
  let sentence = expiries
    ? t('chart.forecastExpiry', {
        ...values,
        unused:
          currency === null
            ? t('chart.forecastAmount', {
                value: formatters.credits(unused),
                quantity: unused,
              })
            : formatters.credits(unused),
        // An amount of money is one sum: "$5.00 expires".
        unusedCount: currency === null ? unused : 1,
        expiries: expiries.count,
        expiry: formatters.date(expiries.first),
      })
    : t('chart.forecast', values)
  if (plan.clipped) sentence += ` ${t('chart.forecastClipped')}`
  return sentence
}

/** "Runs out ~Sep 3" at the end of the line ("~Sep 3, 2027" in another year than the last point's). */
export function forecastLabel(
  plan: ForecastPlan,
  lastAt: number,
  formatters: Formatters,
  t: Translate,
): string {
  const at = plan.runsOutAt
  const date =
    formatters.year(at) === formatters.year(lastAt)
      ? formatters.shortDate(at)
      : formatters.date(new Date(at).toISOString())
  return t(plan.clipped ? 'chart.forecastLabelClipped' : 'chart.forecastLabel', { date })
}
