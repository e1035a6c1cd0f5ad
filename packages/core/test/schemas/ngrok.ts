/**
 * ngrok AI Gateway's documented response shapes (openapi/ai-gateway.yaml), written apart from the
 * parser as the tests' reference: the fast path in `parse.ts` must accept exactly these bodies. The
 * spec sets `additionalProperties: false`, but a client must keep working when ngrok adds a field,
 * so extra properties are ignored here, as everywhere in the kit.
 */
import * as v from 'valibot'
import { isoDateTime, minorAmount } from './parts.js'
import { isAmountInRange } from '../../src/amount.js'

/** The `type` labels the spec documents; any other label is kept as an adjustment. */
export const NGROK_KNOWN_TYPES: ReadonlySet<string> = new Set([
  'credits',
  'usageInvoice',
  'usageInvoicePreview',
])

export const ngrokCreditsSchema = v.object({
  type: v.literal('credits'),
  createdAt: isoDateTime,
  category: v.picklist(['purchase', 'promotional']),
  amountCents: v.pipe(minorAmount, v.minValue(0)),
  expiresAt: v.nullish(isoDateTime),
})

const invoiceFields = {
  createdAt: isoDateTime,
  periodStart: isoDateTime,
  periodEnd: isoDateTime,
  totalCents: minorAmount,
  appliedCreditsCents: minorAmount,
  amountDueCents: minorAmount,
  amountPaidCents: minorAmount,
  amountRemainingCents: minorAmount,
}

export const ngrokUsageInvoiceSchema = v.object({
  type: v.literal('usageInvoice'),
  ...invoiceFields,
  // The key is required; its value may be null. Any string is accepted (`format: uri` is not
  // enforced); the parser keeps it as a link only when it is http(s).
  invoiceUrl: v.nullable(v.string()),
})

export const ngrokUsageInvoicePreviewSchema = v.object({
  type: v.literal('usageInvoicePreview'),
  ...invoiceFields,
})

/** A `type` the spec does not list: only the label and its time are required. */
export const ngrokUnknownItemSchema = v.object({
  type: v.pipe(
    v.string(),
    v.check((type) => !NGROK_KNOWN_TYPES.has(type), 'a documented type must match its schema'),
  ),
  createdAt: isoDateTime,
  // Undocumented, so anything goes, except a number out of the kit's amount range.
  amountCents: v.optional(
    v.pipe(
      v.unknown(),
      v.check((value) => typeof value !== 'number' || isAmountInRange(value), 'amount in range'),
    ),
  ),
})

export const ngrokItemSchema = v.variant('type', [
  ngrokCreditsSchema,
  ngrokUsageInvoiceSchema,
  ngrokUsageInvoicePreviewSchema,
  ngrokUnknownItemSchema,
])

export const ngrokLedgerSchema = v.object({ items: v.array(ngrokItemSchema) })

export const ngrokBalanceSchema = v.object({ balanceCents: minorAmount })
