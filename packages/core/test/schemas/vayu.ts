/**
 * Vayu's documented response shapes (`listCreditLedgerEntries`), written apart from the parser as
 * the tests' reference: the fast path in `parse.ts` must accept exactly these bodies. Enums the doc
 * closes (`type`, `integrationProvider`, `syncStatus`) are open strings here, and ids are not held
 * to the 24-hex pattern: a new label or id format must not make a whole ledger unreadable.
 */
import * as v from 'valibot'
import { isoDateTime, numericValue, safeInteger } from './parts.js'

/** A JSON object that is not an array (valibot's `record` lets arrays through; the fast path does not). */
const freeFormObject = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'expected an object',
)

export const vayuIntegrationEntitySchema = v.object({
  updatedAt: isoDateTime,
  integrationProvider: v.string(),
  integrationExternalId: v.string(),
  syncStatus: v.string(),
  metadata: v.nullish(freeFormObject),
  rawSyncedData: v.nullish(freeFormObject),
})

export const vayuEntrySchema = v.object({
  id: v.string(),
  createdAt: isoDateTime,
  type: v.string(),
  amount: numericValue,
  balanceAfterEntry: numericValue,
  // Documented as optional and absent when unset: null is not a documented value.
  invoiceId: v.optional(v.string()),
  erpId: v.optional(v.string()),
  contractId: v.optional(v.string()),
  integrationEntities: v.array(vayuIntegrationEntitySchema),
})

/**
 * Only `entries` is documented. `total`, `hasMore` and `nextCursor` are the fields every other
 * Vayu list response carries; they are read when present (null counts as absent) and never required.
 */
export const vayuLedgerSchema = v.object({
  entries: v.array(vayuEntrySchema),
  total: v.nullish(safeInteger),
  hasMore: v.nullish(v.boolean()),
  nextCursor: v.nullish(v.string()),
})
