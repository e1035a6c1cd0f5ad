/**
 * What a provider's credit is, in one place. Most providers count credits in a unit of their own
 * (Synap, Vayu, Monk, Lasso); their money, where they report it, is a second figure beside the
 * credits. ngrok's credit is a US dollar (its document: "Amount of credits granted in cents"), so
 * its entries' credits and money are the same figure in the same unit.
 *
 * The rule, applied by the UI everywhere an amount shows (totals, table, chart, CSV): **where an
 * entry's credits and money are the same unit, the figure is shown once, as money.** It is keyed
 * by the entry's `provider`, which every entry carries, so it holds for entries read straight
 * from a provider and for entries served by a usage-kit endpoint (`createRemoteSource`) alike.
 */
import type { LedgerEntry, ProviderId } from './model.js'

/**
 * `'credit'`: credits are a unit of the provider's own (money, if any, is a second figure).
 * `'currency'`: one credit is one unit of a currency (`creditCurrencyOf`), the same as the money.
 */
export type CreditUnit = 'credit' | 'currency'

/** The providers whose credit is a currency's unit, and that currency. */
const CREDIT_CURRENCIES: Partial<Record<ProviderId, string>> = { ngrok: 'USD' }

/**
 * The ISO 4217 code of the currency `provider`'s credits are counted in (`'USD'` for ngrok), or
 * null where credits are a unit of their own (and for `'remote'`, whose entries name their
 * provider).
 */
export function creditCurrencyOf(provider: ProviderId | 'remote' | string): string | null {
  return Object.hasOwn(CREDIT_CURRENCIES, provider)
    ? (CREDIT_CURRENCIES[provider as ProviderId] ?? null)
    : null
}

/** Whether `provider`'s credits are a unit of their own or a currency's (ngrok: `'currency'`). */
export function creditUnitOf(provider: ProviderId | 'remote' | string): CreditUnit {
  return creditCurrencyOf(provider) === null ? 'credit' : 'currency'
}

/**
 * The currency a whole set of entries counts its credits in: the code when every entry's provider
 * counts credits in that one currency (an ngrok ledger: `'USD'`), else null (another provider, a
 * mix, or no entries). Sums, a balance line and a CSV column are one unit for the whole set, so
 * they follow the rule only when all of it does.
 */
export function ledgerCreditCurrency(entries: readonly LedgerEntry[]): string | null {
  const first = entries[0]
  if (!first) return null
  const currency = creditCurrencyOf(first.provider)
  if (currency === null) return null
  // A ledger is one provider's, so this is one comparison a row; a mixed set stops at its first
  // other provider.
  for (let i = 1; i < entries.length; i++) {
    const provider = (entries[i] as LedgerEntry).provider
    if (provider !== first.provider && creditCurrencyOf(provider) !== currency) return null
  }
  return currency
}
