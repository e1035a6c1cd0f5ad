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
const pluralRules = new Map<string, Intl.PluralRules>()
const numberFormats = new Map<string, Intl.NumberFormat>()
const WORD = /[^\s{},#]+/y
const SPACE = /\s*/y

function parse(source: string): Part[] {
  let at = 0
  const fail = (): never => {
    throw new SyntaxError(source)
  }
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at
    const found = pattern.exec(source)?.[0] ?? fail()
    at += found.length
    return found
  }
  const word = () => {
    match(SPACE)
    const found = match(WORD)
    match(SPACE)
    return found
  }
  const expect = (char: string) => {
    if (source[at++] !== char) fail()
  }
  const message = (inPlural: boolean, nested: boolean): Part[] => {
    const parts: Part[] = []
    let text = ''
    const flush = () => {
      if (text) parts.push(text)
      text = ''
    }
    while (at < source.length) {
      const char = source[at] as string
      const next = source[at + 1] ?? ''
      if (char === '}' && nested) break
      if (char === '{') {
        flush()
        parts.push(argument())
      } else if (char === '#' && inPlural) {
        flush()
        parts.push(1)
        at++
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
    flush()
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
        match(SPACE)
        while (source[at] !== '}') {
          const key = word()
          expect('{')
          branches[key] = message(true, true)
          expect('}')
          match(SPACE)
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

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale)
  if (value === undefined) cache.set(locale, (value = create()))
  return value
}

function render(parts: Part[], values: MessageValues, locale: string, count: number): string {
  let out = ''
  for (const part of parts) {
    if (typeof part === 'string') out += part
    else if (part === 1)
      out += cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(count)
    else {
      const [name, branches] = part
      const value = values[name]
      if (value === undefined || !Object.hasOwn(values, name)) out += `{${name}}`
      else if (branches === undefined) out += String(value)
      else {
        const number = Number(value)
        if (branches === 0) out += render([1], values, locale, number)
        else {
          const rule = cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(
            number,
          )
          const branch = branches[`=${number}`] ?? branches[rule] ?? (branches.other as Part[])
          out += render(branch, values, locale, number)
        }
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
