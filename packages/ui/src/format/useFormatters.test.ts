/** The one rule for figures: credits in a currency read as money, and tiny amounts keep their sign. */
import { describe, expect, it } from 'vitest'
import { createFormatters, withCreditCurrency } from './useFormatters.js'

const en = createFormatters('en-US', 'UTC')
const cs = createFormatters('cs-CZ', 'UTC')
/** Intl writes a no-break space between a Czech amount and its currency. */
const nb = (text: string) => text.replace(/ /g, '\u00a0')

describe('creditsAs', () => {
  it('writes credits counted in a currency as money, and other credits as credits', () => {
    expect(en.creditsAs(16880.77, 'USD')).toBe('$16,880.77')
    expect(en.creditsAs(-120, 'USD', { signed: true })).toBe('−$120.00')
    expect(en.creditsAs(25, 'USD', { signed: true })).toBe('+$25.00')
    expect(en.creditsAs(16000, 'USD', { trimZeros: true })).toBe('$16,000')
    expect(en.creditsAs(0.5, 'USD', { trimZeros: true })).toBe('$0.50')
    expect(en.creditsAs(1250.5, null)).toBe('1,250.5')
    expect(cs.creditsAs(16880.77, 'USD')).toBe(nb('16 880,77 US$'))
  })

  it('keeps the sign of an amount too small for the digits shown (en)', () => {
    // −0.01 credits of a provider whose −0.001 USD would otherwise read "−$0.00".
    expect(en.creditsAs(-0.001, 'USD')).toBe('−<$0.01')
    expect(en.creditsAs(-0.001, 'USD', { signed: true })).toBe('−<$0.01')
    expect(en.creditsAs(0.001, 'USD')).toBe('<$0.01')
    expect(en.creditsAs(0.001, 'USD', { signed: true })).toBe('+<$0.01')
    expect(en.money({ amountMinor: -0.1, currency: 'USD' })).toBe('−<$0.01')
    expect(en.credits(-1e-7)).toBe('−<0.000001')
    expect(en.credits(1e-7, { signed: true })).toBe('+<0.000001')
  })

  it('keeps the sign of an amount too small for the digits shown (cs)', () => {
    expect(cs.creditsAs(-0.001, 'USD')).toBe(nb('−<0,01 US$'))
    expect(cs.creditsAs(0.001, 'USD')).toBe(nb('<0,01 US$'))
    expect(cs.money({ amountMinor: -0.1, currency: 'USD' }, { signed: true })).toBe(
      nb('−<0,01 US$'),
    )
    expect(cs.creditsAs(-0.001, 'USD')).not.toContain('0,00')
  })

  it('rounds as before at and above half a step, and writes zero without a sign', () => {
    expect(en.creditsAs(-0.005, 'USD')).toBe('−$0.01')
    expect(en.creditsAs(0.004, 'USD')).toBe('<$0.01')
    expect(en.creditsAs(0, 'USD', { signed: true })).toBe('$0.00')
    expect(en.money({ amountMinor: 0, currency: 'USD' }, { signed: true })).toBe('$0.00')
    expect(en.money({ amountMinor: -1, currency: 'USD' }, { signed: true })).toBe('−$0.01')
    expect(en.money({ amountMinor: 1500, currency: 'JPY' })).toBe('¥1,500')
  })
})

describe('withCreditCurrency', () => {
  it('makes `credits` write money for a ledger counted in a currency, and is a no-op otherwise', () => {
    expect(withCreditCurrency(en, 'USD').credits(16880.77)).toBe('$16,880.77')
    expect(withCreditCurrency(en, 'USD').credits(-0.001)).toBe('−<$0.01')
    expect(withCreditCurrency(en, null)).toBe(en)
  })
})

describe('number', () => {
  it('writes a plain number in the locale, also where credits are money', () => {
    expect(en.number(1250)).toBe('1,250')
    expect(cs.number(1250)).toBe(nb('1 250'))
    expect(withCreditCurrency(en, 'USD').number(12)).toBe('12')
  })
})
