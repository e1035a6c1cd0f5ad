/**
 * Monk's documented response shapes, written apart from the parser as the tests' reference: the
 * fast path in `parse.ts` must accept exactly these bodies.
 */
import * as v from 'valibot'
import { isoDateTime, minorAmount, numericValue, safeInteger } from './parts.js'

export const monkEntrySchema = v.object({
  id: v.string(),
  type: v.string(),
  amountCents: minorAmount,
  creditAmount: v.nullish(numericValue),
  creditRateCents: v.nullish(numericValue),
  currency: v.string(),
  description: v.nullable(v.string()),
  sourceType: v.string(),
  invoiceId: v.nullable(v.string()),
  grantEntryId: v.nullable(v.string()),
  expiresAt: v.nullable(isoDateTime),
  isPromotional: v.boolean(),
  createdAt: isoDateTime,
})

export const monkLedgerSchema = v.object({
  data: v.object({ totalCount: safeInteger, entries: v.array(monkEntrySchema) }),
})

export const monkBalanceSchema = v.object({
  data: v.object({
    balance: v.object({
      balanceCents: minorAmount,
      creditBalance: numericValue,
      currency: v.string(),
      asOf: isoDateTime,
    }),
  }),
})
