/** The five billing providers whose credit ledgers the kit reads. */
export type ProviderId = 'synap' | 'vayu' | 'monk' | 'ngrok' | 'lasso'

/** Every provider's entry types fold into these five kinds. */
export type EntryKind = 'grant' | 'usage' | 'adjustment' | 'reversal' | 'expiration'

/** All entry kinds, in the order the kit lists them. */
export const ENTRY_KINDS: readonly EntryKind[] = [
  'grant',
  'usage',
  'adjustment',
  'reversal',
  'expiration',
]

/** All provider ids. */
export const PROVIDER_IDS: readonly ProviderId[] = ['synap', 'vayu', 'monk', 'ngrok', 'lasso']

/** A monetary amount in integer minor units (cents), signed like `credits`. */
export interface Money {
  amountMinor: number
  currency: string
}

/** A link to the invoice an entry belongs to. `url` is kept only when it is http(s). */
export interface InvoiceRef {
  id: string | null
  url: string | null
}

/** One credit movement, the same shape for every provider. */
export interface LedgerEntry {
  /** The provider's id; for ngrok (no ids) a stable id derived from the record. */
  id: string
  provider: ProviderId
  kind: EntryKind
  /** The provider's own label, unchanged ('debit', 'Deduct', 'usageInvoice', ...). */
  providerType: string
  /** Not final yet (ngrok usageInvoicePreview); never counted in a posted balance. */
  pending: boolean
  /** ISO-8601 in UTC with milliseconds, e.g. '2026-03-03T10:54:00.000Z'. */
  occurredAt: string
  /** Signed: + raises the balance, - lowers it; null where the provider has no credit unit. */
  credits: number | null
  /** Signed like credits; integer minor units. */
  money: Money | null
  /** Provider's running balance (Vayu), else reconstructed where an anchor exists. */
  balanceAfter: number | null
  /** Synap category, Lasso service, ngrok/Monk grant category ('purchase' | 'promotional'). */
  category: string | null
  /** Synap metric_type. */
  metric: string | null
  description: string | null
  expiresAt: string | null
  invoice: InvoiceRef | null
  /** The grant a usage or expiration drew from (Monk grantEntryId). */
  grantId: string | null
  /** The provider's record, untouched. */
  raw: unknown
}
