/**
 * Vayu bodies (`ListCreditLedgerEntriesResponse`, `CreditLedgerEntry`) -> the ledger model,
 * validating every field as it is read; what is documented and what is assumed: README.md.
 */
import * as read from '../../internal/read-checked.js'
import type { EntryKind, LedgerEntry } from '../../model.js'

export interface VayuLedger {
  entries: LedgerEntry[]
  /** `total` when the body carries one (undocumented for `/credits`), else null. */
  total: number | null
  /** The cursor of the next page, or null when there is none (or `hasMore` is false). */
  nextCursor: string | null
  /** `hasMore` when the body carries one (undocumented for `/credits`), else null. */
  hasMore: boolean | null
}

export function parseVayuLedger(body: unknown): VayuLedger {
  const root = read.object(body)
  const rows = read.array(root.entries)
  const total = root.total == null ? null : read.integer(root.total)
  const hasMore = root.hasMore == null ? null : read.boolean(root.hasMore)
  const cursor = root.nextCursor == null ? null : read.string(root.nextCursor)
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) entries[i] = parseVayuEntry(rows[i])
  // An empty cursor cannot point anywhere; following it would re-read the first page.
  const nextCursor = hasMore === false || cursor === '' ? null : cursor
  return { entries, total, nextCursor, hasMore }
}

function parseVayuEntry(value: unknown): LedgerEntry {
  const row = read.object(value)
  const type = read.string(row.type)
  const amount = read.numeric(row.amount)
  const invoiceId = read.optionalString(row.invoiceId)
  read.optionalString(row.erpId)
  read.optionalString(row.contractId)
  const links = read.array(row.integrationEntities)
  for (let j = 0; j < links.length; j++) checkIntegrationEntity(links[j])
  const invoice = invoiceId ? { id: invoiceId, url: null } : null
  // The sign of `amount` is undocumented, so the type decides it. `0 - x` keeps a zero positive.
  let kind: EntryKind
  let credits: number
  if (type === 'Grant') {
    kind = 'grant'
    credits = Math.abs(amount)
  } else if (type === 'Deduct') {
    // A deduction tied to an invoice is credit applied to usage; without one, a manual deduct.
    kind = invoice === null ? 'adjustment' : 'usage'
    credits = 0 - Math.abs(amount)
  } else {
    kind = 'adjustment'
    credits = amount
  }
  return {
    id: read.string(row.id),
    provider: 'vayu',
    kind,
    providerType: type,
    pending: false,
    occurredAt: read.timestamp(row.createdAt),
    credits,
    money: null,
    balanceAfter: read.numeric(row.balanceAfterEntry),
    category: null,
    metric: null,
    description: null,
    expiresAt: null,
    invoice,
    grantId: null,
    raw: value,
  }
}

/** Sync records to ERPs and CRMs: kept in `raw`, checked but not normalized. */
function checkIntegrationEntity(value: unknown): void {
  const link = read.object(value)
  read.timestamp(link.updatedAt)
  read.string(link.integrationProvider)
  read.string(link.integrationExternalId)
  read.string(link.syncStatus)
  if (link.metadata != null) read.object(link.metadata)
  if (link.rawSyncedData != null) read.object(link.rawSyncedData)
}
