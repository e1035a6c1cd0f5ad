/** Synap bodies -> the ledger model (mapping and traps: README.md), validating every field as it is read. */
import * as read from '../../internal/read-checked.js'
import type { EntryKind, LedgerEntry } from '../../model.js'
import type { BalanceSnapshot } from '../../source.js'

/** One ledger page, normalized; the echoes are null where the server left them out. */
export interface SynapLedger {
  entries: LedgerEntry[]
  total: number | null
  limit: number | null
  offset: number | null
}

export function parseSynapLedger(body: unknown): SynapLedger {
  const page = read.object(body)
  const rows = read.array(page.entries)
  const total = page.total === undefined ? null : read.integer(page.total)
  const limit = page.limit === undefined ? null : read.integer(page.limit)
  const offset = page.offset === undefined ? null : read.integer(page.offset)
  const entries = new Array<LedgerEntry>(rows.length)
  // `entry_type` is an open set, but a page is mostly one label ('debit'): the last label's kind
  // is reused rather than classifying every row's label again.
  let lastType = ''
  let lastKind: EntryKind = 'adjustment'
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]
    const row = read.object(value)
    const type = read.string(row.entry_type)
    if (type !== lastType) {
      lastType = type
      lastKind = synapKind(type)
    }
    entries[i] = synapEntry(row, value, type, lastKind)
  }
  return { entries, total, limit, offset }
}

/** One ledger row, normalized. */
function synapEntry(row: read.Json, value: unknown, type: string, kind: EntryKind): LedgerEntry {
  const entry: LedgerEntry = {
    id: read.string(row.ledger_id),
    provider: 'synap',
    kind,
    providerType: type,
    pending: false,
    occurredAt: read.timestamp(row.created_at),
    credits: null,
    money: null,
    balanceAfter: null,
    category: row.category == null ? null : read.string(row.category),
    metric: row.metric_type == null ? null : read.string(row.metric_type),
    description: null,
    expiresAt: null,
    invoice: null,
    grantId: null,
    raw: value,
  }
  // Set after the literal (where it is null), not in it: a field that has only ever held fractional
  // numbers becomes an unboxed double in V8, boxed anew in every entry (1.2 MB per 100,000 rows),
  // where a field that may hold anything points at the number JSON.parse already made.
  entry.credits = read.numeric(row.delta)
  return entry
}

/**
 * `entry_type` is documented as "`credit`, `debit`, or similar": only those two map exactly (they
 * are also what the server-side filter matches); other labels are classified by what they say, and
 * anything unrecognised stays visible as an adjustment with its own label kept in `providerType`.
 */
function synapKind(type: string): EntryKind {
  if (type === 'credit') return 'grant'
  if (type === 'debit') return 'usage'
  const label = type.toLowerCase()
  if (label.includes('expir')) return 'expiration'
  if (label.includes('revers') || label.includes('refund')) return 'reversal'
  return 'adjustment'
}

export function parseSynapBalance(body: unknown): BalanceSnapshot {
  const balance = read.object(body)
  read.string(balance.client_id)
  read.boolean(balance.warning_low)
  if (balance.buckets !== undefined) {
    const buckets = read.array(balance.buckets)
    for (let i = 0; i < buckets.length; i++) {
      const bucket = read.object(buckets[i])
      read.string(bucket.source_type)
      read.numeric(bucket.balance)
      read.nullableTimestamp(bucket.expires_at)
    }
  }
  // Synap's balance carries no timestamp of its own, and no money (the client API hides USD).
  return { credits: read.numeric(balance.balance_credits), money: null, asOf: null }
}
