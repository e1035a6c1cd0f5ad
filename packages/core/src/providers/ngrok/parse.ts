/**
 * ngrok bodies (`CreditTransactionList`) -> the ledger model, validating every field as it is read;
 * the mapping (invoices and previews are `usage`, previews `pending`) is in README.md. ngrok items
 * carry no ids, so each entry gets one derived from its content; the same body always yields the
 * same ids.
 *
 * This loop is the hot path of the kit's heaviest response (the whole history in one body): keep
 * what it allocates per row to the entry itself.
 */
import * as read from '../../internal/read-checked.js'
import { runParser, YIELD_EVERY_ROWS } from '../../internal/validate.js'
import type { LedgerEntry } from '../../model.js'
import type { BalanceSnapshot } from '../../source.js'
import { dayKey } from './day-key.js'
import { parseCredits, parseOther } from './credits.js'
import { centsToDollars } from './dollars.js'
import { ResponseIds } from './ids.js'

const USD = 'USD'
/** Seeds the "already validated" memo below with a real pair, so it never needs a sentinel. */
const EPOCH = '1970-01-01T00:00:00.000Z'

/**
 * Parses `GET /credits/transactions`. Ids: `ngrok:credits:<hash>` for grants, `ngrok:other:<hash>`
 * for unknown types, and for invoices and previews the end of their billing period in canonical
 * UTC (`2026-03-31T23:59:59.000Z`); a repeat gets `#2`, `#3`... Billing periods do not overlap, so
 * a period's end names it, and the id is a string the row already has (no string built per row).
 * A preview and the final invoice of its period share that id, so when a refresh
 * brings the final invoice it replaces the preview in place; within one response the preview is
 * dropped (a period is never shown twice).
 */
export function parseNgrokLedger(body: unknown): LedgerEntry[] {
  return runParser(ngrokLedgerInSlices, body)
}

/**
 * `parseNgrokLedger`, pausing every `YIELD_EVERY_ROWS` rows: the whole history is one body, and
 * normalizing 100,000 items at once held the event loop for 240-600 ms. The provider GET gives
 * the event loop a turn at each pause (`parseBodyInSlices`); the state across rows (ids,
 * previews) lives in the generator, so pausing changes nothing else.
 */
export function* ngrokLedgerInSlices(body: unknown): Generator<void, LedgerEntry[], undefined> {
  const rows = read.array(read.object(body).items)
  const entries = new Array<LedgerEntry>(rows.length)
  const ids = new ResponseIds()
  // Open periods (previews): where they sit and the end of their period; a final invoice for the
  // same period supersedes them. There are one or two, so a list beats an index.
  const previews: { index: number; end: string }[] = []
  const superseded = new Set<number>()
  // Invoices arrive newest first; while each period ends before the last one, ids cannot repeat.
  let lastInvoiceEnd = '\uffff'
  let lastPreviewEnd = '\uffff'
  // The last periodStart as sent, normalized, and its day. Billing periods are contiguous and
  // listed newest first, so a period usually ends exactly where the one listed before it starts,
  // and an invoice is usually created as its period ends: a string equal to one already validated
  // is valid, and comparing costs a fraction of validating (three timestamps a row become one).
  let lastRawStart: unknown = EPOCH
  let lastStart = EPOCH
  let lastStartDay = dayKey(EPOCH)
  // Consecutive invoices usually fall on the same days: one description string serves them.
  let describedStart = -1
  let describedEnd = -1
  let description = ''
  for (let i = 0; i < rows.length; i++) {
    if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) yield
    const value = rows[i]
    const row = read.object(value)
    const type = row.type
    const final = type === 'usageInvoice'
    if (!final && type !== 'usageInvoicePreview') {
      entries[i] =
        type === 'credits'
          ? parseCredits(row, value, ids)
          : parseOther(row, value, read.string(type), ids)
      continue
    }
    const rawEnd = row.periodEnd
    const contiguous = rawEnd === lastRawStart
    const end = contiguous ? lastStart : read.timestamp(rawEnd)
    const endDay = contiguous ? lastStartDay : dayKey(end)
    const rawStart = row.periodStart
    const start = read.timestamp(rawStart)
    const startDay = dayKey(start)
    lastRawStart = rawStart
    lastStart = start
    lastStartDay = startDay
    const rawCreated = row.createdAt
    const occurredAt = rawCreated === rawEnd ? end : read.timestamp(rawCreated)
    read.minorAmount(row.totalCents)
    // `0 - x` rather than `-x`: an invoice that drew no credits is 0, not -0.
    const cents = 0 - read.minorAmount(row.appliedCreditsCents)
    read.minorAmount(row.amountDueCents)
    read.minorAmount(row.amountPaidCents)
    read.minorAmount(row.amountRemainingCents)
    let invoice: LedgerEntry['invoice'] = null
    let id = end
    if (final) {
      const url = row.invoiceUrl
      // The key is required on final invoices (its value may be null); previews have none.
      if (url === undefined) read.reject()
      invoice = { id: null, url: url === null ? null : read.safeHttpUrl(read.string(url)) }
      if (end < lastInvoiceEnd) lastInvoiceEnd = end
      else id = ids.claimRepeat(end, entries, i, type)
      for (let p = 0; p < previews.length; p++) {
        const preview = previews[p] as { index: number; end: string }
        if (preview.end === end) superseded.add(preview.index)
      }
    } else {
      if (end < lastPreviewEnd) lastPreviewEnd = end
      else id = ids.claimRepeat(end, entries, i, type)
      previews.push({ index: i, end })
      // Rare: the final invoice was listed before its preview.
      if (end >= lastInvoiceEnd && hasFinalInvoice(entries, i, end)) superseded.add(i)
    }
    if (startDay !== describedStart || endDay !== describedEnd) {
      describedStart = startDay
      describedEnd = endDay
      description = `Usage ${start.slice(0, 10)}–${end.slice(0, 10)}`
    }
    entries[i] = {
      id,
      provider: 'ngrok',
      kind: 'usage',
      providerType: type,
      pending: !final,
      occurredAt,
      // ngrok's credit is a dollar: the money is the cents, the credits the same sum in dollars.
      credits: centsToDollars(cents),
      money: { amountMinor: cents, currency: USD },
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

/** `GET /credits/balance`: `{ balanceCents }`, in the ledger's unit (1 credit = 1 US dollar). */
export function parseNgrokBalance(body: unknown): BalanceSnapshot {
  const cents = read.minorAmount(read.object(body).balanceCents)
  return {
    credits: centsToDollars(cents),
    money: { amountMinor: cents, currency: USD },
    asOf: null,
  }
}
