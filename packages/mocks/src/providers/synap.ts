/**
 * Synap: `GET /v1/credits/ledger` (offset paging with `total`, filters `entry_type`, `from`, `to`)
 * and `GET /v1/credits/balance`. FastAPI-style errors `{ "detail": ... }`; 422 carries the
 * validation list `[{ type, loc, msg, input, ctx }]`. The wire quirks a client must survive are
 * reproduced: some deltas are Decimal-as-string, some `created_at` values are naive (UTC) or use
 * `+00:00` instead of `Z`.
 */
import { http } from 'msw'
import {
  arrangeRows,
  defineProviderMock,
  iso,
  type MockContext,
  type ProviderErrorBodies,
  type ProviderMock,
  repeatPageRows,
} from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'
import type { TimelineEvent, TimelineKind } from '../timeline.js'

export const SYNAP_BASE_URL = 'https://synap-cloud-prod.maximem.ai'
/** The `client_id` the balance endpoint reports. */
export const SYNAP_CLIENT_ID = 'client_7f3a9c2e'
/** Limits assumed for the mock: Synap documents the default `limit` (100), not its range. */
export const SYNAP_DEFAULT_LIMIT = 100
export const SYNAP_MAX_LIMIT = 1000
/** Below this many credits the balance reports `warning_low` (an assumption). */
export const SYNAP_LOW_BALANCE_CREDITS = 100
/** The label the 'unknown-types' scenario gives some rows. */
export const SYNAP_UNKNOWN_ENTRY_TYPE = 'rollover'

const LABELS: Record<TimelineKind, string> = {
  grant: 'credit',
  usage: 'debit',
  expiration: 'expiration',
  reversal: 'refund',
  adjustment: 'adjustment',
}

const synapErrors: ProviderErrorBodies = {
  unauthorized: () => ({
    status: 401,
    body: { detail: 'Invalid API key' },
    headers: { 'WWW-Authenticate': 'Bearer' },
  }),
  forbidden: () => ({ status: 403, body: { detail: 'Forbidden' } }),
  rateLimited: (seconds) => ({
    status: 429,
    body: { detail: 'Rate limit exceeded' },
    // Integer seconds only: the SDK parses `Retry-After` with `int()` (`transport/http_client.py`).
    headers: { 'Retry-After': String(Math.max(0, Math.round(seconds))) },
  }),
  server: () => ({ status: 500, body: { detail: 'Internal server error' } }),
}

/** The `entry_type` a timeline event is served with. */
export function synapEntryType(event: TimelineEvent, unknownTypes = false): string {
  return unknownTypes && event.seq % 17 === 5 ? SYNAP_UNKNOWN_ENTRY_TYPE : LABELS[event.kind]
}

/** A Synap ledger row for a timeline event, with the wire's format variations spread by `seq`. */
export function toSynapEntry(event: TimelineEvent, unknownTypes = false) {
  const stamp = iso(event.at).slice(0, 19)
  const zone = event.seq % 5
  return {
    ledger_id: synapLedgerId(event.seq),
    entry_type: synapEntryType(event, unknownTypes),
    // Pydantic serializes Decimal as a string; every 7th row arrives that way.
    delta: event.seq % 7 === 3 ? centiString(event.centi) : event.centi / 100,
    metric_type: event.metric,
    category: event.kind === 'usage' || event.kind === 'grant' ? event.category : null,
    // Pydantic writes 'Z'; Python's isoformat() writes '+00:00', or nothing for naive datetimes.
    created_at: zone === 0 ? stamp : zone === 1 ? `${stamp}+00:00` : `${stamp}Z`,
  }
}

/** Zero-padded, so string order follows time order for equal timestamps. */
export function synapLedgerId(seq: number): string {
  return `7d0c5e2a-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`
}

/** Exact decimal text of hundredths (`-10` -> '-0.10'), never via a binary float. */
function centiString(centi: number): string {
  const abs = Math.abs(centi)
  return `${centi < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

interface ValidationIssue {
  type: string
  loc: string[]
  msg: string
  input: string
  ctx?: Record<string, number>
}

/** FastAPI's `int` query parameter with bounds, as Pydantic v2 reports it. */
function readInt(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
  issues: ValidationIssue[],
): number {
  const raw = params.getAll(name).at(-1)
  if (raw === undefined) return fallback
  const loc = ['query', name]
  if (!/^\s*[+-]?\d+\s*$/.test(raw)) {
    const msg = 'Input should be a valid integer, unable to parse string as an integer'
    issues.push({ type: 'int_parsing', loc, msg, input: raw })
    return fallback
  }
  const value = Number(raw)
  if (value < min) {
    const msg = `Input should be greater than or equal to ${min}`
    issues.push({ type: 'greater_than_equal', loc, msg, input: raw, ctx: { ge: min } })
  } else if (value > max) {
    const msg = `Input should be less than or equal to ${max}`
    issues.push({ type: 'less_than_equal', loc, msg, input: raw, ctx: { le: max } })
  }
  return value
}

const DATE_TIME =
  /^(\d{4}-\d\d-\d\d)(?:[T ](\d\d:\d\d(?::\d\d(?:\.\d{1,6})?)?)(Z|[+-]\d\d:?\d\d)?)?$/

/** A `datetime` query parameter: 'Z', an offset or naive (UTC, as the server's naive values). */
function readDateTime(params: URLSearchParams, name: string, issues: ValidationIssue[]) {
  const raw = params.getAll(name).at(-1)
  if (raw === undefined) return null
  const match = DATE_TIME.exec(raw)
  const [, date, time = '00:00', zone = 'Z'] = match ?? []
  const offset = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
  const at = match ? Date.parse(`${date}T${time}${offset}`) : Number.NaN
  if (Number.isNaN(at)) {
    const msg = 'Input should be a valid datetime or date, invalid character in year'
    issues.push({ type: 'datetime_from_date_parsing', loc: ['query', name], msg, input: raw })
    return null
  }
  return at
}

function ledgerResponse(context: MockContext, request: Request): Response {
  const corrupt = context.shouldCorrupt()
  const params = new URL(request.url).searchParams
  const issues: ValidationIssue[] = []
  const limit = readInt(params, 'limit', SYNAP_DEFAULT_LIMIT, 1, SYNAP_MAX_LIMIT, issues)
  const offset = readInt(params, 'offset', 0, 0, Infinity, issues)
  const from = readDateTime(params, 'from', issues)
  const to = readDateTime(params, 'to', issues)
  if (issues.length > 0) return context.error({ status: 422, body: { detail: issues as never } })

  const entryType = params.getAll('entry_type').at(-1) ?? null
  const unknownTypes = context.scenario === 'unknown-types'
  const events = context.timeline.events
  const { rowOrder, repeatRows, seed } = context.options
  const shuffled = rowOrder === 'shuffled'
  const matching: TimelineEvent[] = []
  const entries: ReturnType<typeof toSynapEntry>[] = []
  let total = 0
  // Timeline order is (at, seq) ascending, so walking it backwards is created_at DESC, ledger_id DESC.
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i] as TimelineEvent
    if (from !== null && event.at < from) continue
    if (to !== null && event.at > to) continue
    if (entryType !== null && synapEntryType(event, unknownTypes) !== entryType) continue
    if (shuffled) matching.push(event)
    else if (total >= offset && entries.length < limit) {
      entries.push(toSynapEntry(event, unknownTypes))
    }
    total += 1
  }
  if (shuffled) {
    const arranged = arrangeRows(matching, (event) => synapLedgerId(event.seq), { rowOrder, seed })
    for (const event of arranged.slice(offset, offset + limit)) {
      entries.push(toSynapEntry(event, unknownTypes))
    }
  }
  const first = entries[0] as Record<string, unknown> | undefined
  if (corrupt && first) first.delta = 'twenty-five'
  return context.json({ entries: repeatPageRows(entries, repeatRows), total, limit, offset })
}

interface Bucket {
  source_type: string
  expiresAt: number | null
  centi: number
}

/**
 * Wallet buckets consistent with the ledger: grants open buckets, expirations drain their own
 * grant, other debits drain the soonest-expiring buckets; credits that are not grants, and any
 * shortfall, land in an 'adjustment' bucket. The buckets always add up to the sum of all deltas.
 */
function walletBuckets(events: readonly TimelineEvent[]): Bucket[] {
  const loose: Bucket = { source_type: 'adjustment', expiresAt: null, centi: 0 }
  const bySeq = new Map<number, Bucket>()
  let open: Bucket[] = []
  for (const event of events) {
    if (event.kind === 'grant') {
      const source_type = event.category === 'promotional' ? 'promo' : 'paid'
      const bucket = { source_type, expiresAt: event.expiresAt, centi: event.centi }
      bySeq.set(event.seq, bucket)
      open.push(bucket)
      open.sort((a, b) => (a.expiresAt ?? Infinity) - (b.expiresAt ?? Infinity))
      continue
    }
    if (event.centi >= 0) {
      loose.centi += event.centi
      continue
    }
    let owed = -event.centi
    const own =
      event.kind === 'expiration' && event.grantSeq !== null ? bySeq.get(event.grantSeq) : undefined
    for (const bucket of own ? [own, ...open] : open) {
      const take = Math.min(bucket.centi, owed)
      bucket.centi -= take
      owed -= take
      if (owed === 0) break
    }
    loose.centi -= owed
    open = open.filter((bucket) => bucket.centi > 0)
  }
  return [...open, loose].filter((bucket) => bucket.centi !== 0)
}

function balanceResponse(context: MockContext): Response {
  const corrupt = context.shouldCorrupt()
  const centi = context.timeline.balanceCenti()
  const buckets = walletBuckets(context.timeline.events).map((bucket) => ({
    source_type: bucket.source_type,
    balance: bucket.centi / 100,
    expires_at: bucket.expiresAt === null ? null : iso(bucket.expiresAt),
  }))
  return context.json({
    client_id: SYNAP_CLIENT_ID,
    balance_credits: corrupt ? 'plenty' : centi / 100,
    warning_low: centi < SYNAP_LOW_BALANCE_CREDITS * 100,
    buckets,
  })
}

/** Synap's ledger and balance endpoints over the shared seeded timeline. */
export function createSynapMock(options: MockOptions = {}): ProviderMock {
  return defineProviderMock(
    {
      provider: 'synap',
      defaultBaseUrl: SYNAP_BASE_URL,
      errors: synapErrors,
      routes: (context) => [
        // X-Client-ID / X-Instance-ID (which the SDK sends) are accepted and not required.
        http.get(`${context.options.baseUrl}/v1/credits/ledger`, async ({ request }) => {
          return (await context.gate(request)) ?? ledgerResponse(context, request)
        }),
        http.get(`${context.options.baseUrl}/v1/credits/balance`, async ({ request }) => {
          return (await context.gate(request)) ?? balanceResponse(context)
        }),
      ],
    },
    options,
  )
}
