/**
 * Lasso's documented response shapes (its `GET /credits/usage` reference; src/providers/lasso/README.md),
 * written apart from the parser as the tests' reference: the fast path in `parse.ts` must accept exactly these bodies.
 */
import * as v from 'valibot'
import { isoDateTime, numericValue, safeInteger } from './parts.js'

export const lassoRowSchema = v.object({
  id: v.string(),
  service: v.string(),
  amount: numericValue,
  table_id: v.nullable(v.string()),
  description: v.string(),
  created_at: isoDateTime,
})

export const lassoLedgerSchema = v.object({
  data: v.array(lassoRowSchema),
  pagination: v.object({ page: safeInteger, limit: safeInteger, total: safeInteger }),
  total_used: numericValue,
})

/** `GET /credits/balance`: only `balance` ("credits remaining") is documented; extras are ignored. */
export const lassoBalanceSchema = v.object({
  balance: numericValue,
})
