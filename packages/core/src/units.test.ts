import { describe, expect, it } from 'vitest'
import { PROVIDER_IDS, type LedgerEntry, type ProviderId } from './model.js'
import { creditCurrencyOf, creditUnitOf, ledgerCreditCurrency } from './units.js'

const entry = (provider: ProviderId) => ({ provider }) as LedgerEntry

describe('creditUnitOf', () => {
  it("is 'currency' for ngrok (credits are dollars) and 'credit' for every other provider", () => {
    expect(Object.fromEntries(PROVIDER_IDS.map((id) => [id, creditUnitOf(id)]))).toEqual({
      synap: 'credit',
      vayu: 'credit',
      monk: 'credit',
      ngrok: 'currency',
      lasso: 'credit',
    })
    expect(creditCurrencyOf('ngrok')).toBe('USD')
    expect(creditCurrencyOf('monk')).toBeNull()
  })

  it("knows nothing of 'remote' or an unknown name, inherited keys included", () => {
    expect(creditUnitOf('remote')).toBe('credit')
    expect(creditCurrencyOf('toString')).toBeNull()
    expect(creditCurrencyOf('__proto__')).toBeNull()
  })
})

describe('ledgerCreditCurrency', () => {
  it('is the currency when every entry is an ngrok entry, else null', () => {
    expect(ledgerCreditCurrency([entry('ngrok'), entry('ngrok')])).toBe('USD')
    expect(ledgerCreditCurrency([])).toBeNull()
    expect(ledgerCreditCurrency([entry('monk')])).toBeNull()
    // One figure for the set only when all of it is money: a mix keeps credits.
    expect(ledgerCreditCurrency([entry('ngrok'), entry('vayu')])).toBeNull()
    expect(ledgerCreditCurrency([entry('synap'), entry('ngrok')])).toBeNull()
  })
})
