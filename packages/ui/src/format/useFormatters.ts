import { tz } from '@date-fns/tz'
import type { Money } from '@usage-kit/core'
import { useOptionalUsageKit } from '@usage-kit/react'
import { format, type Locale } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import { useMemo } from 'react'

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
  /** '+1,250.5' with `signed`, else '1,250.5' */
  credits(value: number, options?: { signed?: boolean }): string
  /** '−$25.00' with the currency's own digits */
  money(money: Money, options?: { signed?: boolean }): string
  /** Axis ticks: '12 Mar' */
  shortDate(at: number): string
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
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 })
  const signedNumbers = new Intl.NumberFormat(locale, {
    maximumFractionDigits: 6,
    signDisplay: 'exceptZero',
  })
  const currencies = new Map<string, Intl.NumberFormat>()
  const currency = (code: string, signed: boolean) => {
    const key = `${code}|${signed}`
    let formatter = currencies.get(key)
    if (!formatter) {
      formatter = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: code,
        signDisplay: signed ? 'exceptZero' : 'auto',
      })
      currencies.set(key, formatter)
    }
    return formatter
  }
  return {
    locale,
    timeZone,
    date: (iso) => format(new Date(iso), 'PP', options),
    dateTime: (iso) => format(new Date(iso), 'PP p', options),
    fullDateTime: (iso) => format(new Date(iso), 'PPPP pp (zzzz)', options),
    shortDate: (at) => format(new Date(at), 'd MMM', options),
    credits: (value, opts) =>
      typographicMinus((opts?.signed ? signedNumbers : numbers).format(value)),
    money: (money, opts) => {
      const formatter = currency(money.currency, opts?.signed === true)
      const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2
      return typographicMinus(formatter.format(money.amountMinor / 10 ** digits))
    },
  }
}

/**
 * U+2212 instead of the hyphen-minus Intl writes: it reads as a dash next to a date, and every
 * negative figure in the kit should look alike.
 */
export function typographicMinus(text: string): string {
  return text.replace(/-/g, '\u2212')
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
