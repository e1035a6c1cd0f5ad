/**
 * Checks what a usage-kit endpoint sends before the browser trusts it: every entry field of the
 * model with its type, times in canonical UTC, and invoice links under the kit's one link rule
 * (`httpUrl`: absolute http(s) with a host), so a broken or hostile endpoint
 * fails as `malformed` (through `parseBody`, with the path of the first bad field) instead of
 * reaching the UI.
 */
import * as read from '../internal/read-checked.js'
import { httpUrl } from '../internal/httpUrl.js'
import { ENTRY_KINDS, PROVIDER_IDS, type LedgerEntry, type Money } from '../model.js'
import type { BalanceSnapshot } from '../source.js'
import { isCanonicalUtc } from '../time.js'
import type { LedgerResponseBody } from './protocol.js'

/** A ledger page body, checked. */
export function parseLedgerBody(body: unknown): LedgerResponseBody {
  const page = read.object(body)
  const entries = read.array(page.entries)
  for (let i = 0; i < entries.length; i++) checkEntry(entries[i])
  const parsed: LedgerResponseBody = {
    entries: entries as LedgerEntry[],
    nextPageParam: read.nullableString(page.nextPageParam),
    total: orNull(page.total, read.number),
  }
  // Only `false` means anything; an endpoint that sends `true` (or nothing) cut nothing.
  if (page.complete !== undefined && read.boolean(page.complete) === false) parsed.complete = false
  return parsed
}

/** A balance body, checked. */
export function parseBalanceBody(body: unknown): BalanceSnapshot {
  const balance = read.object(body)
  const credits = orNull(balance.credits, read.number)
  orNull(balance.money, checkMoney)
  return { credits, money: balance.money as Money | null, asOf: read.nullableString(balance.asOf) }
}

function checkEntry(value: unknown): void {
  const entry = read.object(value)
  read.string(entry.id)
  oneOf(entry.provider, PROVIDER_IDS)
  oneOf(entry.kind, ENTRY_KINDS)
  read.string(entry.providerType)
  read.boolean(entry.pending)
  // The reader orders and filters by comparing these strings: only the canonical form sorts right.
  if (!isCanonicalUtc(read.string(entry.occurredAt))) read.reject()
  orNull(entry.credits, read.number)
  orNull(entry.money, checkMoney)
  orNull(entry.balanceAfter, read.number)
  read.nullableString(entry.category)
  read.nullableString(entry.metric)
  read.nullableString(entry.description)
  read.nullableString(entry.expiresAt)
  orNull(entry.invoice, checkInvoice)
  read.nullableString(entry.grantId)
  // Any JSON value may be the provider's record, but the key must be there (JSON has no undefined).
  if (entry.raw === undefined) read.reject()
}

/** `check(value)`, or null for null; an absent key is not null. */
function orNull<T>(value: unknown, check: (value: unknown) => T): T | null {
  return value === null ? null : check(value)
}

function oneOf(value: unknown, values: readonly string[]): void {
  if (!values.includes(read.string(value))) read.reject()
}

function checkMoney(value: unknown): void {
  const amount = read.object(value)
  read.number(amount.amountMinor)
  read.string(amount.currency)
}

function checkInvoice(value: unknown): void {
  const ref = read.object(value)
  read.nullableString(ref.id)
  const url = read.nullableString(ref.url)
  if (url !== null && httpUrl(url) === null) read.reject()
}
