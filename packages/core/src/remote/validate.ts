/**
 * Checks what a usage-kit endpoint sends before the browser trusts it: every entry field of the
 * model with its type, times in canonical UTC, and invoice links under the kit's one link rule
 * (`httpUrl`: absolute http(s) with a host), so a broken or hostile endpoint
 * fails as `malformed` (through `parseBody`, with the path of the first bad field) instead of
 * reaching the UI.
 */
import * as is from '../internal/fast-check.js'
import { httpUrl } from '../internal/httpUrl.js'
import { ENTRY_KINDS, PROVIDER_IDS, type LedgerEntry, type Money } from '../model.js'
import type { BalanceSnapshot } from '../source.js'
import { isCanonicalUtc } from '../time.js'
import type { LedgerResponseBody } from './protocol.js'

/** A ledger page body, checked. */
export function parseLedgerBody(body: unknown): LedgerResponseBody {
  const page = is.object(body)
  const entries = is.array(page.entries)
  for (let i = 0; i < entries.length; i++) checkEntry(entries[i])
  const parsed: LedgerResponseBody = {
    entries: entries as LedgerEntry[],
    nextPageParam: is.nullableString(page.nextPageParam),
    total: orNull(page.total, is.number),
  }
  // Only `false` means anything; an endpoint that sends `true` (or nothing) cut nothing.
  if (page.complete !== undefined && is.boolean(page.complete) === false) parsed.complete = false
  return parsed
}

/** A balance body, checked. */
export function parseBalanceBody(body: unknown): BalanceSnapshot {
  const balance = is.object(body)
  const credits = orNull(balance.credits, is.number)
  orNull(balance.money, checkMoney)
  return { credits, money: balance.money as Money | null, asOf: is.nullableString(balance.asOf) }
}

function checkEntry(value: unknown): void {
  const entry = is.object(value)
  is.string(entry.id)
  oneOf(entry.provider, PROVIDER_IDS)
  oneOf(entry.kind, ENTRY_KINDS)
  is.string(entry.providerType)
  is.boolean(entry.pending)
  // The reader orders and filters by comparing these strings: only the canonical form sorts right.
  if (!isCanonicalUtc(is.string(entry.occurredAt))) is.reject()
  orNull(entry.credits, is.number)
  orNull(entry.money, checkMoney)
  orNull(entry.balanceAfter, is.number)
  is.nullableString(entry.category)
  is.nullableString(entry.metric)
  is.nullableString(entry.description)
  is.nullableString(entry.expiresAt)
  orNull(entry.invoice, checkInvoice)
  is.nullableString(entry.grantId)
  // Any JSON value may be the provider's record, but the key must be there (JSON has no undefined).
  if (entry.raw === undefined) is.reject()
}

/** `check(value)`, or null for null; an absent key is not null. */
function orNull<T>(value: unknown, check: (value: unknown) => T): T | null {
  return value === null ? null : check(value)
}

function oneOf(value: unknown, values: readonly string[]): void {
  if (!values.includes(is.string(value))) is.reject()
}

function checkMoney(value: unknown): void {
  const amount = is.object(value)
  is.number(amount.amountMinor)
  is.string(amount.currency)
}

function checkInvoice(value: unknown): void {
  const ref = is.object(value)
  is.nullableString(ref.id)
  const url = is.nullableString(ref.url)
  if (url !== null && httpUrl(url) === null) is.reject()
}
