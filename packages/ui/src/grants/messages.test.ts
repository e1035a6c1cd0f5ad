import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { en, type MessageKey } from '../i18n/en.js'
import { formatMessage, type MessageValues } from '../i18n/messageFormat.js'
import { cs } from '../locales/cs.js'

/**
 * The grants panel's and the statement's plural messages (their numbers are named `grants` and
 * `quantity`, not `count`, so messageFormat.test's registry of count messages does not list them):
 * every plural form in English and Czech, and the same text from intl-messageformat.
 */
const COUNTS = [0, 1, 2, 5, 1.5, 1000]

const MESSAGES: Record<
  string,
  { values: (n: number) => MessageValues; en: string[]; cs: string[] }
> = {
  'grants.amount': {
    values: (n) => ({ value: String(n), quantity: n }),
    en: ['0 credits', '1 credit', '2 credits', '5 credits', '1.5 credits', '1000 credits'],
    cs: ['0 kreditů', '1 kredit', '2 kredity', '5 kreditů', '1.5 kreditu', '1000 kreditů'],
  },
  'grants.meterText': {
    values: (n) => ({ remaining: '0', granted: String(n), quantity: n }),
    en: [
      '0 of 0 credits left',
      '0 of 1 credit left',
      '0 of 2 credits left',
      '0 of 5 credits left',
      '0 of 1.5 credits left',
      '0 of 1000 credits left',
    ],
    cs: [
      'Zbývá 0 z 0 kreditů',
      'Zbývá 0 z 1 kreditu',
      'Zbývá 0 z 2 kreditů',
      'Zbývá 0 z 5 kreditů',
      'Zbývá 0 z 1.5 kreditu',
      'Zbývá 0 z 1000 kreditů',
    ],
  },
  'grants.past': {
    values: (n) => ({ grants: n }),
    en: [
      '0 used-up or expired grants',
      '1 used-up or expired grant',
      '2 used-up or expired grants',
      '5 used-up or expired grants',
      '1.5 used-up or expired grants',
      '1,000 used-up or expired grants',
    ],
    cs: [
      '0 vyčerpaných nebo propadlých přidělení',
      '1 vyčerpané nebo propadlé přidělení',
      '2 vyčerpaná nebo propadlá přidělení',
      '5 vyčerpaných nebo propadlých přidělení',
      '1,5 vyčerpaného nebo propadlého přidělení',
      '1\u00a0000 vyčerpaných nebo propadlých přidělení',
    ],
  },
}

const LOCALES = {
  en: { messages: en, locale: 'en-US' },
  cs: { messages: cs.messages, locale: 'cs-CZ' },
}

describe('grant and statement plurals', () => {
  for (const [key, { values, ...expected }] of Object.entries(MESSAGES)) {
    for (const [language, { messages, locale }] of Object.entries(LOCALES)) {
      it(`${key} in ${language}`, () => {
        const template = messages[key as MessageKey]
        const said = COUNTS.map((n) => formatMessage(template, values(n), locale))
        expect(said).toEqual(expected[language as keyof typeof expected])
        const reference = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true })
        expect(COUNTS.map((n) => reference.format(values(n)))).toEqual(said)
      })
    }
  }

  it('says the expiring notice in both languages, with the library', () => {
    const values = { grants: 2, days: 14, amount: '500 credits' }
    const enText = formatMessage(en['grants.expiringNotice'], values, 'en-US')
    expect(enText).toBe('2 grants expire within 14 days, with 500 credits still unused.')
    const one = { grants: 1, days: 1, amount: '200 kreditů' }
    const csText = formatMessage(cs.messages['grants.expiringNotice'], one, 'cs-CZ')
    expect(csText).toBe('Do 1 dne vyprší 1 přidělení, ve kterém ještě zbývá 200 kreditů.')
    for (const [template, locale, v, text] of [
      [en['grants.expiringNotice'], 'en-US', values, enText],
      [cs.messages['grants.expiringNotice'], 'cs-CZ', one, csText],
    ] as const) {
      expect(
        new IntlMessageFormat(template, locale, undefined, { ignoreTag: true }).format(v),
      ).toBe(text)
    }
  })
})
