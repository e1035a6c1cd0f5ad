import fc from 'fast-check'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { cs } from '../locales/cs.js'
import { en, type MessageKey } from './en.js'
import { formatMessage } from './messageFormat.js'

/** What `Intl.NumberFormat('cs-CZ')` groups thousands with: a no-break space. */
const NBSP = '\u00a0'
const COUNTS = [0, 1, 2, 5, 21, 1000]

/** Every message with a number in it, the values it is given (each count used for all), and what it says at 0, 1, 2, 5, 21 and 1,000. */
const COUNT_MESSAGES: Record<
  string,
  { values: (n: number) => Record<string, number>; en: string[]; cs: string[] }
> = {
  'table.rows': {
    values: (count) => ({ count }),
    en: ['0 entries', '1 entry', '2 entries', '5 entries', '21 entries', '1,000 entries'],
    cs: ['0 záznamů', '1 záznam', '2 záznamy', '5 záznamů', '21 záznamů', `1${NBSP}000 záznamů`],
  },
  'table.rowsOf': {
    values: (total) => ({ count: 1, total }),
    en: [
      '1 of 0 entries',
      '1 of 1 entry',
      '1 of 2 entries',
      '1 of 5 entries',
      '1 of 21 entries',
      '1 of 1,000 entries',
    ],
    cs: [
      '1 z 0 záznamů',
      '1 z 1 záznamu',
      '1 z 2 záznamů',
      '1 z 5 záznamů',
      '1 z 21 záznamů',
      `1 z 1${NBSP}000 záznamů`,
    ],
  },
  'status.updated': {
    values: (count) => ({ count }),
    en: [
      'Credit history updated: 0 entries.',
      'Credit history updated: 1 entry.',
      'Credit history updated: 2 entries.',
      'Credit history updated: 5 entries.',
      'Credit history updated: 21 entries.',
      'Credit history updated: 1,000 entries.',
    ],
    cs: [
      'Historie kreditů aktualizována: 0 záznamů.',
      'Historie kreditů aktualizována: 1 záznam.',
      'Historie kreditů aktualizována: 2 záznamy.',
      'Historie kreditů aktualizována: 5 záznamů.',
      'Historie kreditů aktualizována: 21 záznamů.',
      `Historie kreditů aktualizována: 1${NBSP}000 záznamů.`,
    ],
  },
  'chart.tableNote': {
    values: (total) => ({ shown: 1000, total }),
    en: [
      'Showing 1,000 of 0 points, sampled to the width of the chart.',
      'Showing 1,000 of 1 point, sampled to the width of the chart.',
      'Showing 1,000 of 2 points, sampled to the width of the chart.',
      'Showing 1,000 of 5 points, sampled to the width of the chart.',
      'Showing 1,000 of 21 points, sampled to the width of the chart.',
      'Showing 1,000 of 1,000 points, sampled to the width of the chart.',
    ],
    cs: [
      `Zobrazeno 1${NBSP}000 z 0 bodů, výběr podle šířky grafu.`,
      `Zobrazeno 1${NBSP}000 z 1 bodu, výběr podle šířky grafu.`,
      `Zobrazeno 1${NBSP}000 z 2 bodů, výběr podle šířky grafu.`,
      `Zobrazeno 1${NBSP}000 z 5 bodů, výběr podle šířky grafu.`,
      `Zobrazeno 1${NBSP}000 z 21 bodů, výběr podle šířky grafu.`,
      `Zobrazeno 1${NBSP}000 z 1${NBSP}000 bodů, výběr podle šířky grafu.`,
    ],
  },
  'table.pager.page': {
    values: (count) => ({ page: count, count }),
    en: [
      'Page 0 of 0',
      'Page 1 of 1',
      'Page 2 of 2',
      'Page 5 of 5',
      'Page 21 of 21',
      'Page 1,000 of 1,000',
    ],
    cs: [
      'Stránka 0 z 0',
      'Stránka 1 z 1',
      'Stránka 2 z 2',
      'Stránka 5 z 5',
      'Stránka 21 z 21',
      `Stránka 1${NBSP}000 z 1${NBSP}000`,
    ],
  },
  'table.pager.pageUnknown': {
    values: (page) => ({ page }),
    en: ['Page 0', 'Page 1', 'Page 2', 'Page 5', 'Page 21', 'Page 1,000'],
    cs: ['Stránka 0', 'Stránka 1', 'Stránka 2', 'Stránka 5', 'Stránka 21', `Stránka 1${NBSP}000`],
  },
  'error.rate_limited': {
    values: (seconds) => ({ seconds }),
    en: COUNTS.map((n) => `Too many requests. Trying again in ${n === 1000 ? '1,000' : n} s.`),
    cs: COUNTS.map(
      (n) => `Příliš mnoho požadavků. Další pokus za ${n === 1000 ? `1${NBSP}000` : n} s.`,
    ),
  },
  'status.incomplete': {
    values: (count) => ({ count }),
    en: COUNTS.map(
      (n) =>
        `This history may be incomplete: ${n === 1000 ? '1,000' : n} ${n === 1 ? 'entry is' : 'entries are'} shown, and more may exist that could not be loaded.`,
    ),
    cs: COUNTS.map((n) => {
      const shown =
        n === 1
          ? 'zobrazuje se 1 záznam'
          : n >= 2 && n <= 4
            ? `zobrazují se ${n} záznamy`
            : `zobrazuje se ${n === 1000 ? `1${NBSP}000` : n} záznamů`
      return `Historie nemusí být úplná: ${shown} a mohou existovat další, které se nepodařilo načíst.`
    }),
  },
}

const catalogs = {
  en: { messages: en, locale: 'en-US' },
  cs: { messages: cs.messages, locale: 'cs-CZ' },
}

describe('count messages', () => {
  it('covers every message with a count, and no count is a bare {name}', () => {
    for (const { messages } of Object.values(catalogs)) {
      const withNumbers = Object.entries(messages)
        .filter(([, text]) => /\{\s*(count|total|shown|page|seconds)\b/.test(text))
        .map(([key]) => key)
      expect(withNumbers.sort()).toEqual(Object.keys(COUNT_MESSAGES).sort())
      for (const key of withNumbers) {
        expect(messages[key as MessageKey]).not.toMatch(/\{(count|total|shown|page|seconds)\}/)
      }
    }
  })

  for (const [key, { values, ...expected }] of Object.entries(COUNT_MESSAGES)) {
    for (const [language, { messages, locale }] of Object.entries(catalogs)) {
      it(`${key} in ${language} at ${COUNTS.join(', ')}`, () => {
        const template = messages[key as MessageKey]
        const said = COUNTS.map((n) => formatMessage(template, values(n), locale))
        expect(said).toEqual(expected[language as keyof typeof expected])
        // The library agrees.
        const reference = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true })
        expect(COUNTS.map((n) => reference.format(values(n)))).toEqual(said)
      })
    }
  }

  it('uses Czech many for fractions: 1,5 záznamu', () => {
    expect(formatMessage(cs.messages['table.rows'], { count: 1.5 }, 'cs-CZ')).toBe('1,5 záznamu')
    expect(formatMessage(cs.messages['table.rows'], { count: 3 }, 'cs-CZ')).toBe('3 záznamy')
    expect(formatMessage(en['table.rows'], { count: 1.5 }, 'en-US')).toBe('1.5 entries')
  })
})

describe('formatMessage', () => {
  it('fills plain {name} as before: the value as given, unknown names left alone', () => {
    expect(formatMessage('Hello {name}', { name: 'Ada' })).toBe('Hello Ada')
    expect(formatMessage('{a} and {b}', { a: 1000 })).toBe('1000 and {b}')
    expect(formatMessage('{ a }', { a: 'x' })).toBe('x')
    expect(formatMessage('No values {here}')).toBe('No values {here}')
    expect(formatMessage('{toString}', {})).toBe('{toString}')
    expect(formatMessage('Plain text, no braces')).toBe('Plain text, no braces')
  })

  it('picks =n before the plural category, and other when the category has no branch', () => {
    const template = '{n, plural, =0 {none} one {# item} =2 {a pair} other {# items}}'
    expect([0, 1, 2, 3].map((n) => formatMessage(template, { n }))).toEqual([
      'none',
      '1 item',
      'a pair',
      '3 items',
    ])
    expect(formatMessage('{n, plural, other {# věcí}}', { n: 1 }, 'cs-CZ')).toBe('1 věcí')
  })

  it('nests arguments and plurals in branches; # is the innermost plural', () => {
    const template =
      '{total, plural, one {{shown} of # ({total, number})} other {{shown, plural, one {# of} other {# out of}} # in all}}'
    expect(formatMessage(template, { total: 1, shown: 'x' })).toBe('x of 1 (1)')
    expect(formatMessage(template, { total: 1200, shown: 1 })).toBe('1 of 1,200 in all')
    expect(formatMessage(template, { total: 1200, shown: 3 })).toBe('3 out of 1,200 in all')
  })

  it("quotes like ICU: '' is an apostrophe, '{' and '#' are literal", () => {
    expect(formatMessage("It''s {n}", { n: 1 })).toBe("It's 1")
    expect(formatMessage("Don't '{n}' {n}", { n: 1 })).toBe("Don't {n} 1")
    expect(formatMessage("{n, plural, other {'#' is #, '{'x'}'}}", { n: 2 })).toBe('# is 2, {x}')
    expect(formatMessage('# at the top level', { n: 2 })).toBe('# at the top level')
  })

  it('fills a template it cannot read the old way instead of throwing', () => {
    expect(formatMessage('{a} {', { a: 1 })).toBe('1 {')
    expect(formatMessage('{n, plural, one {# x}}', { n: 1 })).toBe('{n, plural, one {# x}}')
    expect(formatMessage('{n, select, a {A} other {B}} {n}', { n: 'a' })).toBe(
      '{n, select, a {A} other {B}} a',
    )
  })

  it('formats a string given for a plural as the number it spells, and leaves a missing one', () => {
    expect(formatMessage(en['table.rows'], { count: '1' })).toBe('1 entry')
    expect(formatMessage(en['table.rows'])).toBe('{count}')
  })
})

// The subset, generated as syntax trees and written out as templates (with apostrophes and braces
// in the text), must say what intl-messageformat says for every locale and value.
const NAMES = ['n', 'm', 'count'] as const
const KEYS = ['=0', '=1', '=2', '=21', 'zero', 'one', 'two', 'few', 'many'] as const
// Text pieces, some escaped; joined, they also make quotes the pieces did not plan.
const TEXT = [
  'a',
  'záznam',
  ' ',
  '.',
  "'",
  "''",
  "'{'",
  "'}'",
  "'#'",
  '#',
  '<',
  '>',
  "x'y",
  "'{a}'",
]
const space = fc.constantFrom('', ' ', '  ')

const text = fc.array(fc.constantFrom(...TEXT), { maxLength: 5 }).map((pieces) => pieces.join(''))
const argument = (depth: number): fc.Arbitrary<string> => {
  const name = fc.constantFrom(...NAMES)
  const simple = fc.tuple(name, space, space).map(([n, before, after]) => `{${before}${n}${after}}`)
  const number = fc.tuple(name, space).map(([n, s]) => `{${n},${s}number${s}}`)
  if (depth >= 2) return fc.oneof(simple, number)
  const plural = fc
    .tuple(
      name,
      space,
      fc.subarray([...KEYS]),
      fc.array(message(depth + 1), { minLength: KEYS.length + 1, maxLength: KEYS.length + 1 }),
    )
    .map(([n, s, keys, branches]) => {
      const options = [...keys, 'other'].map((key, i) => `${key}${s}{${branches[i]}}`)
      return `{${s}${n},${s}plural,${s}${options.join(s || ' ')}${s}}`
    })
  return fc.oneof(simple, number, plural)
}
const message = (depth: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(text, argument(depth)), { maxLength: 4 }).map((parts) => parts.join(''))

const LOCALES = ['en-US', 'cs-CZ', 'pl-PL', 'ru-RU', 'fr-FR', 'ar-EG', 'cy-GB', 'de-DE']
const number = fc.oneof(
  fc.constantFrom(0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 100, 101, 1000, 1.5, 0.5, 2.25),
  fc.integer({ min: 0, max: 1_000_000 }),
)

describe('formatMessage against intl-messageformat', () => {
  it('says the same for every template the library reads', () => {
    let read = 0
    fc.assert(
      fc.property(
        message(0),
        fc.constantFrom(...LOCALES),
        fc.record({ n: number, m: number, count: number }),
        (template, locale, values) => {
          let expected: string
          try {
            expected = String(
              new IntlMessageFormat(template, locale, undefined, { ignoreTag: true }).format(
                values,
              ),
            )
          } catch {
            // The library rejects it: the kit must not throw either (it fills it the old way).
            expect(() => formatMessage(template, values, locale)).not.toThrow()
            return
          }
          read++
          expect(formatMessage(template, values, locale)).toBe(expected)
        },
      ),
      { numRuns: 1000 },
    )
    expect(read).toBeGreaterThan(300)
  })
})
