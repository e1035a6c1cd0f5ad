'use client'

import { tz } from '@date-fns/tz'
import type { Money } from '@usage-kit/core'
import { useOptionalUsageKit } from '@usage-kit/react'
import { format, type Locale } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import { useMemo } from 'react'
import { numberText } from './numberText.js'

export { typographicMinus } from './numberText.js'

/** Locale- and time-zone-aware formatting of the values the kit shows. */
export interface Formatters {
  locale: string
  timeZone: string
  /** '12 Mar 2026' */
  date(iso: string): string
  /** '12 Mar 2026, 14:30' */
  dateTime(iso: string): string
  /** 'Thursday, 12 March 2026 at 14:30:05 GMT+1' (hover and focus titles) */
  fullDateTime(iso: string): string
  /**
   * '+1,250.5' with `signed`, else '1,250.5'. A non-zero amount below the digits shown keeps its
   * sign: '−<0.000001'.
   */
  credits(value: number, options?: FigureOptions): string
  /**
   * '1,250': a plain number that is no amount, such as a page number. Unlike `credits` it stays
   * a plain number where a ledger's credits are written as money (`withCreditCurrency`).
   */
  number(value: number): string
  /** '−$25.00' with the currency's own digits; never '−$0.00' (see `creditsAs`). */
  money(money: Money, options?: { signed?: boolean }): string
  /**
   * Credits in the ledger's unit: money in `currency` where the credits are that currency's units
   * (ngrok's dollars: core's `creditCurrencyOf` / `ledgerCreditCurrency`), else plain credits.
   * A non-zero amount too small for the currency's digits keeps its sign: '−<$0.01' (cs-CZ
   * '−<0,01 US$'), never '$0.00' or '−$0.00'.
   */
  creditsAs(value: number, currency: string | null, options?: FigureOptions): string
  /**
   * Axis ticks on days and weeks: the day and month in the locale's own order, in the time zone
   * ('Mar 12' in en-US, '12 Mar' in en-GB, '12. 3.' in cs-CZ).
   */
  shortDate(at: number): string
  /** Axis ticks on months and quarters: the month alone ('Mar' in en-US, 'bře' in cs-CZ). */
  shortMonth(at: number): string
  /** Axis ticks on hours within a day: the time of day ('6:00 AM' in en-US, '6:00' in cs-CZ). */
  shortTime(at: number): string
  /** Axis ticks on years, and the year under a tick where the year changes: '2026'. */
  year(at: number): string
  /**
   * The day weeks start on in `locale` (0 Sunday to 6 Saturday): week ticks fall on it. From
   * Intl's week data where the runtime has it, else `dateLocale`'s `weekStartsOn`.
   */
  weekStartsOn: number
}

/** How a credit figure is written. */
export interface FigureOptions {
  /**
   * A sign on positive amounts too ('+1,250.5'; zero has none).
   * @default false
   */
  signed?: boolean
  /**
   * Leave out a whole currency amount's zero fraction ('$16,000', not '$16,000.00'): for round
   * values such as axis ticks. Plain credits never show trailing zeros.
   * @default false
   */
  trimZeros?: boolean
}

/**
 * Builds formatters for a locale and time zone (plain function, for tests and non-React use).
 * Numbers follow `locale` through Intl; dates are written with `dateLocale` (a language pack's),
 * English when there is none.
 */
export function createFormatters(
  locale: string,
  timeZone: string,
  dateLocale: Locale = enUS,
): Formatters {
  const options = { locale: dateLocale, in: tz(timeZone) }
  const numbers = numberText(locale, { maximumFractionDigits: 6 })
  const signedNumbers = numberText(locale, { maximumFractionDigits: 6, signDisplay: 'exceptZero' })
  // Axis labels come from Intl with `locale`, not from `dateLocale`: date-fns has no short
  // day-and-month pattern per locale ('d MMM' reads '1 May' in en-US, where 'May 1' is usual).
  // Built on first use: an Intl.DateTimeFormat costs about a millisecond, and most users of these
  // formatters draw no axis.
  const shortDate = lazyDateFormat(locale, timeZone, { month: 'short', day: 'numeric' })
  const shortMonth = lazyDateFormat(locale, timeZone, { month: 'short' })
  const shortTime = lazyDateFormat(locale, timeZone, { hour: 'numeric', minute: '2-digit' })
  const year = lazyDateFormat(locale, timeZone, { year: 'numeric' })
  // One formatter per currency and style, made on first use.
  const currencies = new Map<string, (value: number) => string>()
  const currency = (code: string, opts: FigureOptions | undefined) => {
    const signed = opts?.signed === true
    const trim = opts?.trimZeros === true
    const key = `${code}|${signed}|${trim}`
    let formatter = currencies.get(key)
    if (!formatter) {
      formatter = numberText(locale, {
        style: 'currency',
        currency: code,
        signDisplay: signed ? 'exceptZero' : 'auto',
        ...(trim ? { trailingZeroDisplay: 'stripIfInteger' } : {}),
      })
      currencies.set(key, formatter)
    }
    return formatter
  }
  const digitsOf = new Map<string, number>()
  const minorDigits = (code: string) => {
    let digits = digitsOf.get(code)
    if (digits === undefined) {
      digits = currencyDigits(locale, code)
      digitsOf.set(code, digits)
    }
    return digits
  }
  const credits = (value: number, opts?: FigureOptions) =>
    (opts?.signed ? signedNumbers : numbers)(value)
  return {
    locale,
    timeZone,
    date: (iso) => format(new Date(iso), 'PP', options),
    dateTime: (iso) => format(new Date(iso), 'PP p', options),
    fullDateTime: (iso) => format(new Date(iso), 'PPPP pp (zzzz)', options),
    shortDate,
    shortMonth,
    shortTime,
    year,
    weekStartsOn: weekStart(locale, dateLocale),
    credits,
    number: numbers,
    money: (money, opts) =>
      currency(money.currency, opts)(money.amountMinor / 10 ** minorDigits(money.currency)),
    creditsAs: (value, code, opts) =>
      code === null ? credits(value, opts) : currency(code, opts)(value),
  }
}

/**
 * `formatters` for a ledger whose credits are `currency`'s units (`ledgerCreditCurrency`): its
 * `credits` writes money ('$16,880.77'), so a view that shows credits (the chart's axis, tooltip
 * and summary) shows the one figure as money. Unchanged where `currency` is null.
 */
export function withCreditCurrency(formatters: Formatters, currency: string | null): Formatters {
  if (currency === null) return formatters
  return { ...formatters, credits: (value, opts) => formatters.creditsAs(value, currency, opts) }
}

/** The digits of `code`'s minor unit (USD 2, JPY 0), as Intl knows them. */
function currencyDigits(locale: string, code: string): number {
  return (
    new Intl.NumberFormat(locale, { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2
  )
}

/** `format` of an Intl.DateTimeFormat made on the first call, and kept. */
function lazyDateFormat(
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): (at: number) => string {
  let formatter: Intl.DateTimeFormat | null = null
  return (at) => {
    formatter ??= new Intl.DateTimeFormat(locale, { ...options, timeZone })
    return formatter.format(at)
  }
}

/** What `Intl.Locale` gives as week data: a method in newer runtimes, a getter in older ones. */
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number }
  weekInfo?: { firstDay: number }
}

/**
 * The first day of the week for `locale`, 0 (Sunday) to 6 (Saturday). Intl's week data follows
 * the region (en-US Sunday, en-GB and cs-CZ Monday); runtimes without it fall back to
 * the date-fns locale's `weekStartsOn`, then to Sunday.
 */
export function weekStart(locale: string, dateLocale?: Locale): number {
  try {
    const intl = new Intl.Locale(locale) as Intl.Locale & WeekInfoLocale
    const firstDay = (intl.getWeekInfo?.() ?? intl.weekInfo)?.firstDay
    // Intl counts Monday 1 to Sunday 7.
    if (typeof firstDay === 'number') return firstDay % 7
  } catch {
    // A tag Intl.Locale refuses: the date-fns locale still knows.
  }
  return dateLocale?.options?.weekStartsOn ?? 0
}

/** Formatters for the provider's locale and time zone (en-US and UTC outside a provider). */
export function useFormatters(): Formatters {
  const settings = useOptionalUsageKit()
  const locale = settings?.locale ?? 'en-US'
  const timeZone = settings?.timeZone ?? 'UTC'
  const dateLocale = settings?.dateLocale as Locale | undefined
  return useMemo(
    () => createFormatters(locale, timeZone, dateLocale),
    [locale, timeZone, dateLocale],
  )
}
