/**
 * ngrok bodies -> the ledger model (NOTES §4.6, with DESIGN's override: invoices and previews are
 * `usage`), validating every field as it is read. ngrok items carry no ids, so each entry gets one
 * derived from its content; the same body always yields the same ids.
 *
 * This loop is the hot path of the kit's heaviest response (the whole history in one body), so
 * it keeps its bookkeeping in locals and allocates only what the entry itself needs.
 */
import * as is from '../../internal/fast-check.js'
import type { LedgerEntry } from '../../model.js'
import type { BalanceSnapshot } from '../../source.js'
import { hash53 } from './hash.js'
import { ResponseIds } from './ids.js'

const USD = 'USD'

/**
 * Parses `GET /credits/transactions`. Ids: `ngrok:credits:<hash>` for grants, `ngrok:other:<hash>`
 * for unknown types, and for invoices and previews the end of their billing period in canonical
 * UTC (`2026-03-31T23:59:59.000Z`); a repeat gets `#2`, `#3`... Billing periods do not overlap, so
 * a period's end names it, and the id needs no new string: building one per row was most of this
 * loop's cost. A preview and the final invoice of its period share that id, so when a refresh
 * brings the final invoice it replaces the preview in place; within one response the preview is
 * dropped (a period is never shown twice).
 */
export function parseNgrokLedger(body: unknown): LedgerEntry[] {
  const rows = is.array(is.object(body).items)
  const entries = new Array<LedgerEntry>(rows.length)
  const ids = new ResponseIds()
  // Open periods (previews): where they sit and the end of their period; a final invoice for the
  // same period supersedes them. There are one or two, so a list beats an index.
  const previews: { index: number; end: string }[] = []
  const superseded = new Set<number>()
  // Invoices arrive newest first; while each period ends before the last one, ids cannot repeat.
  let lastInvoiceEnd = '\uffff'
  let lastPreviewEnd = '\uffff'
  // Consecutive invoices usually fall on the same days: one description string serves them.
  let startDay = '-'
  let endDay = '-'
  let description = ''
  for (let i = 0; i < rows.length; i++) {
    const value = rows[i]
    const row = is.object(value)
    const type = is.string(row.type)
    const final = type === 'usageInvoice'
    if (!final && type !== 'usageInvoicePreview') {
      entries[i] =
        type === 'credits' ? parseCredits(row, value, ids) : parseOther(row, value, type, ids)
      continue
    }
    const end = is.timestamp(row.periodEnd)
    const start = is.timestamp(row.periodStart)
    const occurredAt = is.timestamp(row.createdAt)
    is.integer(row.totalCents)
    // `0 - x` rather than `-x`: an invoice that drew no credits is 0, not -0.
    const credits = 0 - is.integer(row.appliedCreditsCents)
    is.integer(row.amountDueCents)
    is.integer(row.amountPaidCents)
    is.integer(row.amountRemainingCents)
    let invoice: LedgerEntry['invoice'] = null
    let id: string
    if (final) {
      // The key is required on final invoices (its value may be null); previews have none.
      if (row.invoiceUrl === undefined) is.reject()
      invoice = { id: null, url: is.safeHttpUrl(is.nullableString(row.invoiceUrl)) }
      id = end
      if (end < lastInvoiceEnd) lastInvoiceEnd = end
      else id = ids.claimRepeat(id, entries, i, type)
      for (const preview of previews) if (preview.end === end) superseded.add(preview.index)
    } else {
      id = end
      if (end < lastPreviewEnd) lastPreviewEnd = end
      else id = ids.claimRepeat(id, entries, i, type)
      previews.push({ index: i, end })
      // Rare: the final invoice was listed before its preview.
      if (end >= lastInvoiceEnd && hasFinalInvoice(entries, i, end)) superseded.add(i)
    }
    if (!start.startsWith(startDay) || !end.startsWith(endDay)) {
      startDay = start.slice(0, 10)
      endDay = end.slice(0, 10)
      description = `Usage ${startDay}–${endDay}`
    }
    entries[i] = {
      id,
      provider: 'ngrok',
      kind: 'usage',
      providerType: type,
      pending: !final,
      occurredAt,
      credits,
      money: { amountMinor: credits, currency: USD },
      balanceAfter: null,
      category: null,
      metric: null,
      description,
      expiresAt: null,
      invoice,
      grantId: null,
      raw: value,
    }
  }
  return superseded.size === 0 ? entries : entries.filter((_, index) => !superseded.has(index))
}

/** Whether one of the first `count` entries is the final invoice with this id (or a repeat of it). */
function hasFinalInvoice(entries: readonly LedgerEntry[], count: number, finalId: string): boolean {
  for (let i = 0; i < count; i++) {
    const entry = entries[i] as LedgerEntry
    if (
      entry.providerType === 'usageInvoice' &&
      (entry.id === finalId || entry.id.startsWith(`${finalId}#`))
    ) {
      return true
    }
  }
  return false
}

function parseCredits(row: is.Json, value: unknown, ids: ResponseIds): LedgerEntry {
  const occurredAt = is.timestamp(row.createdAt)
  const category = is.string(row.category)
  if (category !== 'purchase' && category !== 'promotional') is.reject()
  const amount = is.integer(row.amountCents)
  if (amount < 0) is.reject()
  const expiresAt = row.expiresAt == null ? null : is.timestamp(row.expiresAt)
  const hash = hash53(`${occurredAt}|${amount}|${category}|${expiresAt ?? '-'}`)
  return {
    id: ids.claim(`ngrok:credits:${hash}`),
    provider: 'ngrok',
    kind: 'grant',
    providerType: 'credits',
    pending: false,
    occurredAt,
    credits: amount,
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

/** An undocumented `type`: kept as an adjustment, signed by its `amountCents` where it has one. */
function parseOther(row: is.Json, value: unknown, type: string, ids: ResponseIds): LedgerEntry {
  const occurredAt = is.timestamp(row.createdAt)
  const amount = typeof row.amountCents === 'number' ? row.amountCents : null
  return {
    id: ids.claim(`ngrok:other:${hash53(JSON.stringify(value))}`),
    provider: 'ngrok',
    kind: 'adjustment',
    providerType: type,
    pending: false,
    occurredAt,
    credits: amount,
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

/** `GET /credits/balance`: `{ balanceCents }`, in the ledger's unit (1 credit = 1 USD cent). */
export function parseNgrokBalance(body: unknown): BalanceSnapshot {
  const cents = is.integer(is.object(body).balanceCents)
  return { credits: cents, money: { amountMinor: cents, currency: USD }, asOf: null }
}
