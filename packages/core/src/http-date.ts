/**
 * HTTP-date (RFC 9110 §5.6.7), read strictly: `Date.parse` takes nearly anything ('-5' and
 * 'foo 1' are dates in 2001 to V8), so a garbled header would become a wait. The three forms a
 * recipient must accept:
 * - IMF-fixdate: 'Sun, 06 Nov 1994 08:49:37 GMT' (what senders must write);
 * - obsolete RFC 850: 'Sunday, 06-Nov-94 08:49:37 GMT';
 * - obsolete asctime: 'Sun Nov  6 08:49:37 1994'.
 */

const SHORT_DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const MONTH = `(${MONTHS.join('|')})`
/** hour:minute:second; second 60 is a leap second. */
const TIME = '([01]\\d|2[0-3]):([0-5]\\d):([0-5]\\d|60)'

const IMF_FIXDATE = new RegExp(`^${SHORT_DAY}, (\\d\\d) ${MONTH} (\\d{4}) ${TIME} GMT$`)
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d\\d)-${MONTH}-(\\d\\d) ${TIME} GMT$`)
const ASCTIME = new RegExp(`^${SHORT_DAY} ${MONTH} ( \\d|\\d\\d) ${TIME} (\\d{4})$`)

/**
 * The time an HTTP-date stands for, in epoch milliseconds, or null when `value` is not one (or
 * names a day that does not exist, such as 31 Feb). The weekday is not checked against the date.
 * @param now - for RFC 850's two-digit years: a year more than 50 years after `now` is read as
 *   the most recent past year with those digits, as RFC 9110 asks.
 */
export function parseHttpDate(value: string, now: number = Date.now()): number | null {
  let match = IMF_FIXDATE.exec(value)
  if (match) return utc(match[3], match[2], match[1], match[4], match[5], match[6])
  match = ASCTIME.exec(value)
  if (match) return utc(match[6], match[1], match[2], match[3], match[4], match[5])
  match = RFC_850.exec(value)
  if (!match) return null
  const thisYear = new Date(now).getUTCFullYear()
  let year = thisYear - (thisYear % 100) + Number(match[3])
  if (year > thisYear + 50) year -= 100
  return utc(String(year), match[2], match[1], match[4], match[5], match[6])
}

/** Epoch milliseconds of a date whose fields the patterns have matched; null for a missing day. */
function utc(...[year, month, day, hour, minute, second]: (string | undefined)[]): number | null {
  const y = Number(year)
  const m = MONTHS.indexOf(month as string)
  const d = Number(day)
  const date = new Date(0)
  date.setUTCFullYear(y, m, d)
  // Date rolls 31 Feb over into March: a day that does not exist is not a date.
  if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return null
  date.setUTCHours(Number(hour), Number(minute), Number(second))
  return date.getTime()
}
