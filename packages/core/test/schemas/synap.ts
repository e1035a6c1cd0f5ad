/**
 * Synap's documented response shapes (`get_ledger`'s fields, checked against the SDK's `credits.py`;
 * src/providers/synap/README.md), written apart from the parser as the tests' reference: the fast path in `parse.ts` must accept exactly
 * these bodies.
 */
import * as v from 'valibot'
import { isoDateTime, numericValue, safeInteger } from './parts.js'

export const synapEntrySchema = v.object({
  ledger_id: v.string(),
  entry_type: v.string(),
  // The SDK runs `float(delta)`, so Decimal-as-string ("-0.1") is as valid as a JSON number.
  delta: numericValue,
  // Read with `.get()` by the SDK: absent and null both mean "not applicable".
  metric_type: v.nullish(v.string()),
  category: v.nullish(v.string()),
  // A value without an offset (Python's naive `isoformat()`) is read as UTC.
  created_at: isoDateTime,
})

export const synapLedgerSchema = v.object({
  entries: v.array(synapEntrySchema),
  // The SDK defaults a missing `total` (to 0) and missing echoes (to the request); it would crash
  // on `int(None)`, so absent is allowed and null is not.
  total: v.optional(safeInteger),
  limit: v.optional(safeInteger),
  offset: v.optional(safeInteger),
})

export const synapBucketSchema = v.object({
  source_type: v.string(),
  balance: numericValue,
  expires_at: v.nullish(isoDateTime),
})

export const synapBalanceSchema = v.object({
  client_id: v.string(),
  balance_credits: numericValue,
  warning_low: v.boolean(),
  buckets: v.optional(v.array(synapBucketSchema)),
})
