/** Monk bodies -> the ledger model (NOTES §3.6), validating every field as it is read. */
import * as is from '../../internal/fast-check.js'
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
  const data = is.object(is.object(body).data)
  const totalCount = is.integer(data.totalCount)
  const rows = is.array(data.entries)
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) {
    entries[i] = parseMonkEntry(rows[i])
    if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) yield
  }
  return { entries, totalCount }
}

function parseMonkEntry(value: unknown): LedgerEntry {
  const row = is.object(value)
  const type = is.string(row.type)
  const creditAmount = row.creditAmount == null ? null : is.numeric(row.creditAmount)
  if (row.creditRateCents != null) is.numeric(row.creditRateCents)
  const invoiceId = is.nullableString(row.invoiceId)
  const isPromotional = is.boolean(row.isPromotional)
  // Monk's types are the model's kinds. Unknown types are kept, as adjustments; the signed
  // amounts already carry the direction.
  const kind = ENTRY_KINDS.includes(type as EntryKind) ? (type as EntryKind) : 'adjustment'
  is.string(row.sourceType)
  return {
    id: is.string(row.id),
    provider: 'monk',
    kind,
    providerType: type,
    pending: false,
    occurredAt: is.timestamp(row.createdAt),
    credits: creditAmount,
    money: { amountMinor: is.minorAmount(row.amountCents), currency: is.string(row.currency) },
    balanceAfter: null,
    category: kind === 'grant' ? (isPromotional ? 'promotional' : 'purchase') : null,
    metric: null,
    description: is.nullableString(row.description),
    expiresAt: row.expiresAt === null ? null : is.timestamp(row.expiresAt),
    invoice: invoiceId === null ? null : { id: invoiceId, url: null },
    grantId: is.nullableString(row.grantEntryId),
    raw: value,
  }
}

export function parseMonkBalance(body: unknown): BalanceSnapshot {
  const balance = is.object(is.object(is.object(body).data).balance)
  return {
    credits: is.numeric(balance.creditBalance),
    money: {
      amountMinor: is.minorAmount(balance.balanceCents),
      currency: is.string(balance.currency),
    },
    asOf: is.timestamp(balance.asOf),
  }
}
