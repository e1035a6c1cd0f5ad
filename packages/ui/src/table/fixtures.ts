/**
 * Hand-made entries for the table's tests and stories (never exported from the package): the
 * cases a seeded mock does not produce on purpose, such as hostile text in every field.
 */
import type { EntryKind, LedgerEntry } from '@usage-kit/core'

const KINDS: readonly EntryKind[] = ['usage', 'usage', 'usage', 'grant', 'adjustment', 'expiration']
const START = Date.UTC(2026, 9, 31, 12)

/** `count` plausible entries, newest first, one every 7 minutes; fast enough for 100,000. */
export function makeEntries(count: number): LedgerEntry[] {
  const entries = new Array<LedgerEntry>(count)
  let balance = 1_000_000
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length] as EntryKind
    const credits = kind === 'grant' ? 500 : kind === 'usage' ? -((i % 97) + 1) / 4 : -3
    const id = `e-${String(i).padStart(6, '0')}`
    entries[i] = {
      id,
      provider: 'synap',
      kind,
      providerType: kind,
      pending: false,
      occurredAt: new Date(START - i * 420_000).toISOString(),
      credits,
      money: null,
      balanceAfter: balance,
      category: kind === 'usage' ? 'inference' : null,
      metric: kind === 'usage' ? 'llm_input_tokens' : null,
      description: `${kind === 'usage' ? 'Model calls' : 'Credit change'} #${count - i}`,
      expiresAt: null,
      invoice: null,
      grantId: null,
      raw: { id, amount: credits },
    }
    balance -= credits
  }
  return entries
}

export const HOSTILE_TEXT = '<img src=x onerror=alert(1)>'
const LONG = 'x'.repeat(400)
const RTL = '\u202Eevil\u202C \u05E9\u05DC\u05D5\u05DD \u200F'

/** Entries whose every text field is hostile: markup, very long unbroken strings, bidi marks. */
export function hostileEntries(): LedgerEntry[] {
  const base: LedgerEntry = {
    id: `grant-${HOSTILE_TEXT}`,
    provider: 'monk',
    kind: 'grant',
    providerType: HOSTILE_TEXT,
    pending: false,
    occurredAt: '2026-03-01T09:00:00.000Z',
    credits: 1000,
    money: { amountMinor: 10_000, currency: 'USD' },
    balanceAfter: 1000,
    category: `${HOSTILE_TEXT} ${RTL}`,
    metric: LONG,
    description: HOSTILE_TEXT,
    expiresAt: '2027-03-01T00:00:00.000Z',
    invoice: { id: HOSTILE_TEXT, url: 'https://billing.example.com/invoices/<b>1</b>' },
    grantId: null,
    raw: { description: HOSTILE_TEXT, html: '<script>alert(1)</script>', long: LONG },
  }
  const entries: LedgerEntry[] = [
    {
      ...base,
      id: 'usage-long',
      kind: 'usage',
      providerType: 'debit',
      occurredAt: '2026-03-02T10:00:00.000Z',
      credits: -25.5,
      money: { amountMinor: -255, currency: 'USD' },
      balanceAfter: 974.5,
      description: LONG,
      category: RTL,
      grantId: base.id,
      invoice: { id: 'inv-2026-03', url: 'javascript:alert(1)' },
    },
    {
      ...base,
      id: 'usage-rtl',
      kind: 'usage',
      pending: true,
      providerType: 'usageInvoicePreview',
      occurredAt: '2026-03-02T11:00:00.000Z',
      credits: null,
      money: { amountMinor: -1999, currency: 'EUR' },
      balanceAfter: null,
      description: `${RTL} ${HOSTILE_TEXT}`,
      invoice: null,
    },
    base,
  ]
  return entries.sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))
}
