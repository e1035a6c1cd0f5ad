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
  /**
   * Axis ticks on days and weeks: the day and month in the locale's own order, in the time zone
   * ('Mar 12' in en-US, '12 Mar' in en-GB, '12. 3.' in cs-CZ).
   */
  shortDate(at: number): string
  /** Axis ticks on months and quarters: the month alone ('Mar' in en-US, 'bře' in cs-CZ). */
  shortMonth(at: number): string
  /** Axis ticks on years, and the year under a tick where the year changes: '2026'. */
  year(at: number): string
  /**
   * The day weeks start on in `locale` (0 Sunday to 6 Saturday): week ticks fall on it. From
   * Intl's week data where the runtime has it, else `dateLocale`'s `weekStartsOn`.
   */
  weekStartsOn: number
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
  // Axis labels come from Intl with `locale`, not from `dateLocale`: date-fns has no short
  // day-and-month pattern per locale ('d MMM' reads '1 May' in en-US, where 'May 1' is usual).
  // Built on first use: an Intl.DateTimeFormat costs about a millisecond, and most users of these
  // formatters draw no axis.
  const shortDate = lazyDateFormat(locale, timeZone, { month: 'short', day: 'numeric' })
  const shortMonth = lazyDateFormat(locale, timeZone, { month: 'short' })
  const year = lazyDateFormat(locale, timeZone, { year: 'numeric' })
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
    shortDate,
    shortMonth,
    year,
    weekStartsOn: weekStart(locale, dateLocale),
    credits: (value, opts) =>
      typographicMinus((opts?.signed ? signedNumbers : numbers).format(value)),
    money: (money, opts) => {
      const formatter = currency(money.currency, opts?.signed === true)
      const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2
      return typographicMinus(formatter.format(money.amountMinor / 10 ** digits))
    },
  }
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
