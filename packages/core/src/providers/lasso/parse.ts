/** Lasso bodies -> the ledger model (mapping and traps: README.md), validating every field as it is read. */
import * as read from '../../internal/read-checked.js'
import type { LedgerEntry } from '../../model.js'
import type { BalanceSnapshot } from '../../source.js'

export interface LassoLedger {
  entries: LedgerEntry[]
  /** The echoed pagination: the server may clamp `limit`, so these are what paging relies on. */
  page: number
  limit: number
  total: number
  /** Positive credits consumed across all matching rows (not only this page). */
  totalUsed: number
}

export function parseLassoLedger(body: unknown): LassoLedger {
  const root = read.object(body)
  const rows = read.array(root.data)
  const pagination = read.object(root.pagination)
  const page = read.integer(pagination.page)
  const limit = read.integer(pagination.limit)
  const total = read.integer(pagination.total)
  const totalUsed = read.numeric(root.total_used)
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) entries[i] = parseLassoRow(rows[i])
  return { entries, page, limit, total, totalUsed }
}

function parseLassoRow(value: unknown): LedgerEntry {
  const row = read.object(value)
  const amount = read.numeric(row.amount)
  read.nullableString(row.table_id)
  // Lasso rows carry no type label and document only consumption (negative amounts). A positive
  // amount (a refund or credit-back, undocumented) becomes an adjustment; `providerType` then
  // names the direction ('usage' for amount <= 0, 'credit' for amount > 0) so the UI has a label.
  const credit = amount > 0
  return {
    id: read.string(row.id),
    provider: 'lasso',
    kind: credit ? 'adjustment' : 'usage',
    providerType: credit ? 'credit' : 'usage',
    pending: false,
    occurredAt: read.timestamp(row.created_at),
    // `-0` from the wire would compare unequal to 0 in deep equality; it means no movement.
    credits: amount === 0 ? 0 : amount,
    money: null,
    balanceAfter: null,
    category: read.string(row.service),
    metric: null,
    description: read.string(row.description),
    expiresAt: null,
    invoice: null,
    grantId: null,
    raw: value,
  }
}

export function parseLassoBalance(body: unknown): BalanceSnapshot {
  return { credits: read.numeric(read.object(body).balance), money: null, asOf: null }
}
