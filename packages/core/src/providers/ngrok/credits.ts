/**
 * The ngrok items that are not invoices: credit grants, and `type` labels the spec does not list.
 * Both get ids hashed from their content (the items have none), counted per response by `ResponseIds`.
 */
import * as read from '../../internal/read-checked.js'
import type { LedgerEntry } from '../../model.js'
import { centsToDollars } from './dollars.js'
import { hash53, hash53Of } from './hash.js'
import type { ResponseIds } from './ids.js'

const USD = 'USD'

/**
 * A `credits` item: a grant of `amountCents / 100` credits (ngrok's credit is a dollar), id
 * `ngrok:credits:<hash of createdAt|amountCents|category|expiresAt>` (the cents, as sent, so ids
 * did not change when credits became dollars).
 */
export function parseCredits(row: read.Json, value: unknown, ids: ResponseIds): LedgerEntry {
  const occurredAt = read.timestamp(row.createdAt)
  const category = read.string(row.category)
  if (category !== 'purchase' && category !== 'promotional') read.reject()
  const amount = read.minorAmount(row.amountCents)
  if (amount < 0) read.reject()
  const expiresAt = row.expiresAt == null ? null : read.timestamp(row.expiresAt)
  // Normalized values, so `+00:00` and `Z` spellings of one grant give one id.
  const hash = hash53Of([occurredAt, String(amount), category, expiresAt ?? '-'])
  return {
    id: ids.claimCredits(hash),
    provider: 'ngrok',
    kind: 'grant',
    providerType: 'credits',
    pending: false,
    occurredAt,
    credits: centsToDollars(amount),
    money: { amountMinor: amount, currency: USD },
    balanceAfter: null,
    category,
    metric: null,
    description: null,
    expiresAt,
    invoice: null,
    grantId: null,
    raw: value,
  }
}

/**
 * An undocumented `type`: kept as an adjustment, signed by its `amountCents` where it has one
 * (credits in dollars, like every ngrok amount).
 */
export function parseOther(
  row: read.Json,
  value: unknown,
  type: string,
  ids: ResponseIds,
): LedgerEntry {
  const occurredAt = read.timestamp(row.createdAt)
  // An undocumented amount is kept only as a number in the kit's range (amount.ts); Infinity
  // (JSON's 1e309) or 1e21 is a malformed row, not a figure.
  const amount = typeof row.amountCents === 'number' ? read.numeric(row.amountCents) : null
  return {
    id: ids.claim(`ngrok:other:${hash53(JSON.stringify(value))}`),
    provider: 'ngrok',
    kind: 'adjustment',
    providerType: type,
    pending: false,
    occurredAt,
    credits: amount === null ? null : centsToDollars(amount),
    // Money is integer minor units; a fractional amount stays in `credits` only.
    money:
      amount !== null && Number.isSafeInteger(amount)
        ? { amountMinor: amount, currency: USD }
        : null,
    balanceAfter: null,
    category: null,
    metric: null,
    description: null,
    expiresAt: null,
    invoice: null,
    grantId: null,
    raw: value,
  }
}
