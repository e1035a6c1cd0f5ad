/**
 * What the endpoint sends of each entry's `raw` (the provider's record as received). By default
 * only the fields each provider documents for a ledger row, as scalars: an undocumented property
 * (an `internalNote`), Vayu's free-form `metadata` and `rawSyncedData`, or a nested value where
 * the document has a scalar stay on the server. The tables follow the provider documents in
 * `shared/providers/*.doc.md`.
 */
import type { LedgerEntry, ProviderId } from '../model.js'
import { boundJson, boundScalar, OMIT, type JsonBudget } from './boundedJson.js'

/**
 * What the endpoint sends as each entry's `raw`:
 * - `'documented'`: the fields the provider documents for a ledger row, nothing else;
 * - `'none'`: `null`;
 * - a function: whatever it returns for the entry (it gets the entry with the whole record),
 *   copied with every string cut to `maxTextLength` and nesting cut at 8 levels.
 */
export type RawProjection = 'documented' | 'none' | ((entry: LedgerEntry) => unknown)

/** A documented field: a scalar, or a list of documented objects. */
type FieldShape = 'scalar' | { readonly list: RowShape }
type RowShape = Readonly<Record<string, FieldShape>>

/** Each provider's documented ledger row. */
export const DOCUMENTED_RAW_FIELDS: Readonly<Record<ProviderId, RowShape>> = {
  // CreditLedgerEntry (credits.get_ledger)
  synap: fields('ledger_id', 'entry_type', 'delta', 'metric_type', 'category', 'created_at'),
  // GET /credits/usage, data[]
  lasso: fields('id', 'service', 'amount', 'table_id', 'description', 'created_at'),
  // GET /v1/contracts/{contractId}/credits/ledger, data.entries[]
  monk: fields(
    'id',
    'type',
    'amountCents',
    'creditAmount',
    'creditRateCents',
    'currency',
    'description',
    'sourceType',
    'invoiceId',
    'grantEntryId',
    'expiresAt',
    'isPromotional',
    'createdAt',
  ),
  // CreditTransactionCredits | CreditTransactionUsageInvoice | ...UsageInvoicePreview
  ngrok: fields(
    'type',
    'createdAt',
    'amountCents',
    'category',
    'expiresAt',
    'periodStart',
    'periodEnd',
    'invoiceUrl',
    'totalCents',
    'appliedCreditsCents',
    'amountDueCents',
    'amountPaidCents',
    'amountRemainingCents',
  ),
  // CreditLedgerEntry (GET /credits); IntegrationEntity without metadata and rawSyncedData,
  // free-form objects synced from ERPs and CRMs that can hold anything.
  vayu: {
    ...fields(
      'id',
      'createdAt',
      'type',
      'amount',
      'balanceAfterEntry',
      'invoiceId',
      'erpId',
      'contractId',
    ),
    integrationEntities: {
      list: fields('updatedAt', 'integrationProvider', 'integrationExternalId', 'syncStatus'),
    },
  },
}

function fields(...names: string[]): RowShape {
  return Object.fromEntries(names.map((name) => [name, 'scalar' as const]))
}

/** The most characters of JSON one entry's `raw` may take (about; past it, fields are left out). */
export const MAX_RAW_CHARS = 32_768

/** `entry.raw` as `projection` says, bounded; null where nothing is left. */
export function projectRaw(
  entry: LedgerEntry,
  projection: RawProjection,
  maxTextLength: number,
): unknown {
  if (projection === 'none') return null
  // Room for at least one whole text, however long the host lets texts be.
  const budget: JsonBudget = { chars: Math.max(MAX_RAW_CHARS, maxTextLength * 2), maxTextLength }
  const copy =
    projection === 'documented'
      ? projectRow(entry.raw, documentedRow(entry.provider), budget)
      : boundJson(projection(entry), budget)
  return copy === OMIT ? null : copy
}

/** The provider's table; a custom source's own provider name has none. */
function documentedRow(provider: string): RowShape | undefined {
  return Object.hasOwn(DOCUMENTED_RAW_FIELDS, provider)
    ? DOCUMENTED_RAW_FIELDS[provider as ProviderId]
    : undefined
}

function projectRow(value: unknown, shape: RowShape | undefined, budget: JsonBudget): unknown {
  if (shape === undefined || typeof value !== 'object' || value === null || Array.isArray(value)) {
    return OMIT
  }
  const row = value as Record<string, unknown>
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (budget.chars <= 0) break
    if (!Object.hasOwn(row, key)) continue
    const item =
      field === 'scalar' ? boundScalar(row[key], budget) : projectList(row[key], field.list, budget)
    if (item !== OMIT) copy[key] = item
  }
  return copy
}

function projectList(value: unknown, shape: RowShape, budget: JsonBudget): unknown {
  if (!Array.isArray(value)) return OMIT
  const copy: unknown[] = []
  for (let i = 0; i < value.length && budget.chars > 0; i++) {
    const item = projectRow(value[i], shape, budget)
    if (item !== OMIT) copy.push(item)
  }
  return copy
}
