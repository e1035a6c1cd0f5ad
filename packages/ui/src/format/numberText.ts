/**
 * Numbers as text, with the kit's two rules for every figure: a typographic minus, and a
 * non-zero amount too small for the digits shown keeps its sign ('−<$0.01', '<0,01 US$'), where
 * Intl alone writes '$0.00' or '−$0.00' (a charge that reads as nothing, or as a negative zero).
 */

/**
 * U+2212 instead of the hyphen-minus Intl writes: it reads as a dash next to a date, and every
 * negative figure in the kit should look alike.
 */
export function typographicMinus(text: string): string {
  return text.replace(/-/g, '\u2212')
}

/**
 * `format` of an Intl.NumberFormat made with `options`, with the rules above. The formatter and
 * its smallest shown step are worked out once, not per call.
 */
export function numberText(
  locale: string,
  options: Intl.NumberFormatOptions,
): (value: number) => string {
  const formatter = new Intl.NumberFormat(locale, options)
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 0
  const smallest = 10 ** -digits
  return (value) => {
    // Below half the smallest step Intl rounds to zero; NaN and zero fail this test.
    if (value !== 0 && Math.abs(value) < smallest / 2) {
      return typographicMinus(lessThan(formatter.formatToParts(value < 0 ? -smallest : smallest)))
    }
    return typographicMinus(formatter.format(value))
  }
}

/**
 * The smallest step's parts with '<' before the number: after a sign that leads the number
 * ('−<$0.01', cs-CZ '−<0,01 US$', de-CH '$−<0.01'), else before the currency or the digits,
 * whichever comes first ('<$0.01', '<0,01 US$').
 */
function lessThan(parts: Intl.NumberFormatPart[]): string {
  const number = parts.findIndex((part) => part.type === 'integer')
  const sign = parts.findIndex((part) => part.type === 'minusSign' || part.type === 'plusSign')
  const at =
    sign >= 0 && sign < number
      ? sign + 1
      : parts.findIndex((part) => part.type === 'integer' || part.type === 'currency')
  const texts = parts.map((part) => part.value)
  texts.splice(Math.max(0, at), 0, '<')
  return texts.join('')
}
