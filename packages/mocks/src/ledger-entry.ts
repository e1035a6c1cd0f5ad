import type { LedgerEntry } from '@usage-kit/core'

/**
 * A ledger entry for tests and stories: a settled usage debit of one credit from Synap, with every
 * optional field empty, and whatever the caller sets on top. One place for the model's full shape,
 * so fixtures name only the fields they are about.
 */
export function ledgerEntry(fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'id'>): LedgerEntry {
  return {
    provider: 'synap',
    kind: 'usage',
    providerType: 'debit',
    pending: false,
    occurredAt: '2026-03-01T00:00:00.000Z',
    credits: -1,
    money: null,
    balanceAfter: null,
    category: null,
    metric: null,
    description: null,
    expiresAt: null,
    invoice: null,
    grantId: null,
    raw: null,
    ...fields,
  }
}
