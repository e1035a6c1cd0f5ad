/**
 * A small ICU MessageFormat subset, the kit's own rather than `intl-messageformat`. Measured: the
 * library bundles to 33.7 kB minified, 9.8 kB gzipped (esbuild, `new IntlMessageFormat(...).format`
 * only); the kit's own JS is held to 37 kB gzipped (`.size-limit.cjs`, with 30 kB as the goal) and
 * the kit needs a sliver of the syntax, so the library would cost more than a quarter of the
 * budget. This file is well under 1 kB gzipped. Its output is tested against the library
 * (`messageFormat.test.ts`), so catalogs written here work in standard translation tooling and
 * back.
 *
 * Supported: `{name}` (the value as written, `String(value)`); `{name, number}` (the number
 * formatted for the locale); `{name, plural, =0 {…} one {…} few {…} many {…} other {…}}`, branches
 * picked by an exact `=n` match, then `Intl.PluralRules` for the locale, then `other`, and `#` in
 * a branch written as the number formatted for the locale (`Intl.NumberFormat`); arguments nested
 * in branches; ICU apostrophe quoting (`''` is an apostrophe, `'{'`, `'}'` and, in a branch,
 * `'#'` are literal, as is quoted text up to the next lone apostrophe). Not supported: `select`,
 * `selectordinal`, `offset:`, number and date styles. A template the subset cannot read is filled
 * the old way, `{name}` for `\w+` names only, rather than throwing in a render.
 *
 * Parsed templates, plural rules and number formats are cached: messages are formatted in the
 * renders of big tables.
 */

/** A parsed template: text, `#` (1), or an argument `[name]`, `[name, 0]` (number), `[name, branches]` (plural). */
type Part = string | 1 | [name: string, branches?: 0 | Record<string, Part[]>]

export type MessageValues = Record<string, string | number>

const templates = new Map<string, Part[] | null>()
/** Per locale: how it writes a number, and its plural rules. */
const locales = new Map<string, [Intl.NumberFormat, Intl.PluralRules]>()
/** A name or a branch key with the space around it (empty where there is none). */
const WORD = /\s*([^\s{},#]*)\s*/y

function parse(source: string): Part[] {
  let at = 0
  const fail = (): never => {
    throw new SyntaxError(source)
  }
  const word = () => {
    WORD.lastIndex = at
    const found = WORD.exec(source) as RegExpExecArray
    at = WORD.lastIndex
    return found[1] as string
  }
  const expect = (char: string) => {
    if (source[at++] !== char) fail()
  }
  // Text between arguments may come out as empty strings; they render as nothing.
  const message = (inPlural: boolean, nested: boolean): Part[] => {
    const parts: Part[] = []
    let text = ''
    for (let char; (char = source[at]) !== undefined && !(char === '}' && nested);) {
      const next = source[at + 1] ?? ''
      if (char === '{' || (char === '#' && inPlural)) {
        parts.push(text, char === '{' ? argument() : (at++, 1))
        text = ''
      } else if (char === "'" && next === "'") {
        text += "'"
        at += 2
      } else if (char === "'" && next && ('{}<>'.includes(next) || (next === '#' && inPlural))) {
        // Quoted: up to the next lone apostrophe ('' inside is one apostrophe), or to the end.
        text += next
        at += 2
        while (at < source.length) {
          const quoted = source[at++]
          if (quoted !== "'") text += quoted
          else if (source[at] === "'") text += source[at++]
          else break
        }
      } else {
        text += char
        at++
      }
    }
    parts.push(text)
    return parts
  }
  const argument = (): Part => {
    at++
    const name = word()
    let part: Part = [name]
    if (source[at] === ',') {
      at++
      const type = word()
      if (type === 'number') part = [name, 0]
      else if (type === 'plural' && source[at++] === ',') {
        const branches: Record<string, Part[]> = {}
        for (let key; (key = word());) {
          expect('{')
          branches[key] = message(true, true)
          expect('}')
        }
        if (!branches.other) fail()
        part = [name, branches]
      } else fail()
    }
    expect('}')
    return part
  }
  return message(false, false)
}

function render(parts: Part[], values: MessageValues, locale: string, count: number): string {
  let intl = locales.get(locale)
  if (!intl)
    locales.set(locale, (intl = [new Intl.NumberFormat(locale), new Intl.PluralRules(locale)]))
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else if (part === 1) out += intl[0].format(count)
    else {
      const [name, branches] = part
      const value = values[name] as string | number
      if (!Object.hasOwn(values, name)) out += `{${name}}`
      // The value as given: a string, or a number as String() writes it.
      else if (branches === undefined) out += value
      else {
        const number = Number(value)
        out += render(
          branches === 0
            ? [1]
            : (branches[`=${number}`] ?? branches[intl[1].select(number)] ?? branches.other!),
          values,
          locale,
          number,
        )
      }
    }
  }
  return out
}

/**
 * Fills a message template for `locale` (ICU MessageFormat, the subset above). Values of `number`
 * and `plural` arguments must be numbers: `#` formats them for the locale, so pass `1000`, not a
 * pre-formatted '1,000'.
 */
export function formatMessage(
  template: string,
  values: MessageValues = {},
  locale = 'en-US',
): string {
  if (!/[{']/.test(template)) return template
  let parts = templates.get(template)
  if (parts === undefined) {
    try {
      parts = parse(template)
    } catch {
      parts = null
    }
    templates.set(template, parts)
  }
  if (parts === null)
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    )
  return render(parts, values, locale, NaN)
}
