/** Vayu bodies -> the ledger model (NOTES §2.6), validating every field as it is read. */
import * as is from '../../internal/fast-check.js'
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
  const root = is.object(body)
  const rows = is.array(root.entries)
  const total = root.total == null ? null : is.integer(root.total)
  const hasMore = root.hasMore == null ? null : is.boolean(root.hasMore)
  const cursor = root.nextCursor == null ? null : is.string(root.nextCursor)
  const entries = new Array<LedgerEntry>(rows.length)
  for (let i = 0; i < rows.length; i++) entries[i] = parseVayuEntry(rows[i])
  // An empty cursor cannot point anywhere; following it would re-read the first page.
  const nextCursor = hasMore === false || cursor === '' ? null : cursor
  return { entries, total, nextCursor, hasMore }
}

function parseVayuEntry(value: unknown): LedgerEntry {
  const row = is.object(value)
  const type = is.string(row.type)
  const amount = is.numeric(row.amount)
  const invoiceId = is.optionalString(row.invoiceId)
  is.optionalString(row.erpId)
  is.optionalString(row.contractId)
  const links = is.array(row.integrationEntities)
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
    id: is.string(row.id),
    provider: 'vayu',
    kind,
    providerType: type,
    pending: false,
    occurredAt: is.timestamp(row.createdAt),
    credits,
    money: null,
    balanceAfter: is.numeric(row.balanceAfterEntry),
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
  const link = is.object(value)
  is.timestamp(link.updatedAt)
  is.string(link.integrationProvider)
  is.string(link.integrationExternalId)
  is.string(link.syncStatus)
  if (link.metadata != null) is.object(link.metadata)
  if (link.rawSyncedData != null) is.object(link.rawSyncedData)
}
