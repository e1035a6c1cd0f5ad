import type { Formatters } from '../format/useFormatters.js'
import type { Translate } from '../i18n/useMessages.js'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** One Intl.RelativeTimeFormat per locale: made on first use, as each costs about a millisecond. */
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

/**
 * `target` relative to `reference` in the locale's words ("in 12 days", "3 days ago", "tomorrow";
 * cs-CZ "za 12 dní"). The unit grows with the distance, so a year away reads "in 1 year", not
 * "in 365 days"; under a day it counts hours, then minutes.
 */
export function relativeTime(target: string, reference: string, locale: string): string {
  let format = relativeFormats.get(locale)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    relativeFormats.set(locale, format)
  }
  const diff = Date.parse(target) - Date.parse(reference)
  const size = Math.abs(diff)
  if (size < HOUR) return format.format(Math.round(diff / MINUTE), 'minute')
  if (size < DAY) return format.format(Math.round(diff / HOUR), 'hour')
  const days = diff / DAY
  if (size < 45 * DAY) return format.format(Math.round(days), 'day')
  if (size < 365 * DAY) return format.format(Math.round(days / 30.44), 'month')
  return format.format(Math.round(days / 365.25), 'year')
}

/**
 * An amount with its unit, for sentences: "412 credits" (the locale's plural), or money alone
 * where the ledger's credits are a currency's units (ngrok: "$412.00").
 */
export function amountText(
  value: number,
  currency: string | null,
  formatters: Formatters,
  t: Translate,
): string {
  return currency === null
    ? t('grants.amount', { value: formatters.credits(value), quantity: value })
    : formatters.creditsAs(value, currency)
}
