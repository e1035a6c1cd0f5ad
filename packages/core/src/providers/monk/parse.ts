/** Monk bodies -> the ledger model (mapping and traps: README.md), validating every field as it is read. */
import * as read from '../../internal/read-checked.js'
import { runParser, YIELD_EVERY_ROWS } from '../../internal/validate.js'
import { ENTRY_KINDS, type EntryKind, type LedgerEntry } from '../../model.js'
import type { BalanceSnapshot } from '../../source.js'

export interface MonkLedger {
  entries: LedgerEntry[]
  totalCount: number
}

/** The ledger body at once (tests, tools): the same pass as the source's, run to its end. */
export function parseMonkLedger(body: unknown): MonkLedger {
  return runParser(monkLedgerInSlices, body)
}

/**
 * The ledger body, pausing every `YIELD_EVERY_ROWS` rows: Monk sends the whole ledger in one
 * body, and normalizing 100,000 rows at once held the event loop for 120-400 ms. The provider
 * GET gives the event loop a turn at each pause (`parseBodyInSlices`).
 */
export function* monkLedgerInSlices(body: unknown): Generator<void, MonkLedger, undefined> {
  const data = read.object(read.object(body).data)
  const totalCount = read.integer(data.totalCount)
  const rows = read.array(data.entries)
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    entries[i] = parseMonkEntry(rows[i])
    if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) yield
  }
  return { entries, totalCount }
}

function parseMonkEntry(value: unknown): LedgerEntry {
  const row = read.object(value)
  const type = read.string(row.type)
  const creditAmount = row.creditAmount == null ? null : read.numeric(row.creditAmount)
  if (row.creditRateCents != null) read.numeric(row.creditRateCents)
  const invoiceId = read.nullableString(row.invoiceId)
  const isPromotional = read.boolean(row.isPromotional)
  // Monk's types are the model's kinds. Unknown types are kept, as adjustments; the signed
  // amounts already carry the direction.
  const kind = ENTRY_KINDS.includes(type as EntryKind) ? (type as EntryKind) : 'adjustment'
  read.string(row.sourceType)
  return {
    id: read.string(row.id),
    provider: 'monk',
    kind,
    providerType: type,
    pending: false,
    occurredAt: read.timestamp(row.createdAt),
    credits: creditAmount,
    money: { amountMinor: read.minorAmount(row.amountCents), currency: read.string(row.currency) },
    balanceAfter: null,
    category: kind === 'grant' ? (isPromotional ? 'promotional' : 'purchase') : null,
    metric: null,
    description: read.nullableString(row.description),
    expiresAt: row.expiresAt === null ? null : read.timestamp(row.expiresAt),
    invoice: invoiceId === null ? null : { id: invoiceId, url: null },
    grantId: read.nullableString(row.grantEntryId),
    raw: value,
  }
}

export function parseMonkBalance(body: unknown): BalanceSnapshot {
  const balance = read.object(read.object(read.object(body).data).balance)
  return {
    credits: read.numeric(balance.creditBalance),
    money: {
      amountMinor: read.minorAmount(balance.balanceCents),
      currency: read.string(balance.currency),
    },
    asOf: read.timestamp(balance.asOf),
  }
}
