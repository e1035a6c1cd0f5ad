/** Synap bodies -> the ledger model (NOTES §1.6), validating every field as it is read. */
import * as is from '../../internal/fast-check.js'
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
  const page = is.object(body)
  const rows = is.array(page.entries)
  const total = page.total === undefined ? null : is.integer(page.total)
  const limit = page.limit === undefined ? null : is.integer(page.limit)
  const offset = page.offset === undefined ? null : is.integer(page.offset)
  // `entry_type` is an open set; each distinct label is classified once per page, not per row.
  const kinds = new Map<string, EntryKind>()
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) entries[i] = parseSynapEntry(rows[i], kinds)
  return { entries, total, limit, offset }
}

export function parseSynapEntry(
  value: unknown,
  kinds: Map<string, EntryKind> = new Map(),
): LedgerEntry {
  const row = is.object(value)
  const type = is.string(row.entry_type)
  let kind = kinds.get(type)
  if (kind === undefined) {
    kind = synapKind(type)
    kinds.set(type, kind)
  }
  return {
    id: is.string(row.ledger_id),
    provider: 'synap',
    kind,
    providerType: type,
    pending: false,
    occurredAt: is.timestamp(row.created_at),
    credits: is.numeric(row.delta),
    money: null,
    balanceAfter: null,
    category: row.category == null ? null : is.string(row.category),
    metric: row.metric_type == null ? null : is.string(row.metric_type),
    description: null,
    expiresAt: null,
    invoice: null,
    grantId: null,
    raw: value,
  }
}

/**
 * NOTES §1.6. Only the two documented labels map exactly (they are also what the server-side
 * `entry_type` filter matches); other labels are classified by what they say, and anything
 * unrecognised stays visible as an adjustment with its own label kept in `providerType`.
 */
export function synapKind(type: string): EntryKind {
  if (type === 'credit') return 'grant'
  if (type === 'debit') return 'usage'
  const label = type.toLowerCase()
  if (label.includes('expir')) return 'expiration'
  if (label.includes('revers') || label.includes('refund')) return 'reversal'
  return 'adjustment'
}

export function parseSynapBalance(body: unknown): BalanceSnapshot {
  const balance = is.object(body)
  is.string(balance.client_id)
  is.boolean(balance.warning_low)
  if (balance.buckets !== undefined) {
    const buckets = is.array(balance.buckets)
    for (let i = 0; i < buckets.length; i++) {
      const bucket = is.object(buckets[i])
      is.string(bucket.source_type)
      is.numeric(bucket.balance)
      is.nullableTimestamp(bucket.expires_at)
    }
  }
  // Synap's balance carries no timestamp of its own, and no money (the client API hides USD).
  return { credits: is.numeric(balance.balance_credits), money: null, asOf: null }
}
