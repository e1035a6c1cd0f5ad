/**
 * Lasso (ProductLasso / Bandits Hub): `GET /credits/usage` (page + limit, `from`/`to`/`service`
 * filters, newest first) and `GET /credits/balance`. Errors use
 * `{ status_code, error_type, message, request_id }`. Lasso's ledger records consumption only:
 * timeline grants and expirations have no rows; they show only in the balance.
 */
import { http } from 'msw'
import {
  arrangeRows,
  defineProviderMock,
  iso,
  type MockContext,
  type MockError,
  type ProviderErrorBodies,
  type ProviderMock,
  repeatPageRows,
} from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'
import type { TimelineEvent } from '../timeline.js'

export const LASSO_BASE_URL = 'https://hub.banditshq.com/api/v1'

/** `limit` when the request has none. */
export const LASSO_DEFAULT_LIMIT = 25
/** The documented maximum of `limit`; larger values are a 422. */
export const LASSO_MAX_LIMIT = 100

/** The Lasso wire row. */
export interface LassoRow {
  id: string
  service: string
  amount: number
  table_id: string | null
  description: string
  created_at: string
}

/** A row prepared once per timeline length: the wire row plus what filters compare. */
interface Prepared {
  row: LassoRow
  at: number
  centi: number
}

/** Unique per mock, deterministic for a sequence of requests, shaped like Lasso's UUIDs. */
function requestIds(): () => string {
  let n = 0
  return () => `550e8400-e29b-41d4-a716-${(++n).toString(16).padStart(12, '0')}`
}

function lassoErrors(nextId: () => string) {
  const errorBody = (status: number, errorType: string, message: string): MockError => ({
    status,
    body: { status_code: status, error_type: errorType, message, request_id: nextId() },
  })
  const bodies: ProviderErrorBodies = {
    unauthorized: () => errorBody(401, 'unauthenticated', 'Invalid or deactivated API key'),
    forbidden: () => errorBody(403, 'forbidden', 'This API key cannot access credit usage'),
    rateLimited: (seconds) => ({
      ...errorBody(429, 'rate_limited', 'Too many requests, slow down'),
      headers: { 'Retry-After': String(seconds) },
    }),
    server: () => errorBody(500, 'internal_error', 'Internal server error'),
  }
  return { bodies, validation: (message: string) => errorBody(422, 'validation_error', message) }
}

/** True for timeline events that appear in Lasso's usage ledger. */
export function isLassoRowEvent(event: TimelineEvent): boolean {
  return event.kind === 'usage' || event.kind === 'reversal' || event.kind === 'adjustment'
}

/**
 * Lasso's own services for the shared timeline's usage categories: its document names
 * `extraction` and `enhancement` (the `service` filter's examples), so a usage chart by service
 * shows Lasso's two, not Synap's four categories.
 */
const LASSO_SERVICES: Readonly<Record<string, string>> = {
  inference: 'extraction',
  retrieval: 'extraction',
  ingestion: 'enhancement',
  enhancement: 'enhancement',
}

function lassoDescription(service: string, seq: number): string {
  const rows = 1 + (seq % 40)
  return service === 'extraction'
    ? `Extracted ${rows} rows from product pages`
    : `Enhanced ${rows} rows × description column`
}

/**
 * A Lasso row for a usage, reversal or adjustment event: usage is negative (hundredths become
 * fractional credits), reversals and positive adjustments are positive. `service` is the usage's
 * Lasso service ('extraction', 'enhancement'), the kind for other rows, or 'ai_field' for the
 * 'unknown-types' rows.
 */
export function toLassoRow(event: TimelineEvent, unknownService = false): LassoRow {
  const usage = event.kind === 'usage'
  const service = usage ? (LASSO_SERVICES[event.category] ?? event.category) : event.category
  return {
    id: `tx_${event.seq.toString(16).padStart(8, '0')}`,
    service: unknownService ? 'ai_field' : service,
    amount: event.centi / 100,
    // A few tables per account; rows not tied to a table (a quarter of usage, all others) get null.
    table_id:
      usage && event.seq % 4 !== 0 ? `tbl_${(event.seq % 5).toString().padStart(6, '0')}` : null,
    // Worded as the document's example ("Enhanced 6 rows × description column").
    description: usage ? lassoDescription(service, event.seq) : event.description,
    created_at: iso(event.at),
  }
}

/** Strict integer query parameter: absent -> fallback, anything but an integer in range -> null. */
function intParam(raw: string | null, fallback: number, min: number, max: number): number | null {
  if (raw === null) return fallback
  if (!/^-?\d+$/.test(raw.trim())) return null
  const value = Number(raw)
  return value >= min && value <= max ? value : null
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?$/i

/**
 * An ISO-8601 bound as epoch ms; undefined when absent, NaN when unparsable. Inclusive bounds: a
 * plain date means the whole UTC day (as Lasso's stats endpoint reads dates); no offset means UTC.
 */
function dateParam(raw: string | null, end: boolean): number | undefined {
  if (raw === null) return undefined
  if (ISO_DATE.test(raw)) return Date.parse(`${raw}T00:00:00.000Z`) + (end ? 86_399_999 : 0)
  if (!ISO_DATE_TIME.test(raw)) return NaN
  return Date.parse(/(?:z|[+-]\d\d:?\d\d)$/i.test(raw) ? raw : `${raw}Z`)
}

interface UsageParams {
  page: number
  limit: number
  from: number | undefined
  to: number | undefined
  service: string | null
}

/** The query of `GET /credits/usage`, or the 422 message for the first invalid parameter. */
function readUsageParams(search: URLSearchParams): UsageParams | string {
  const page = intParam(search.get('page'), 1, 1, Number.MAX_SAFE_INTEGER)
  if (page === null) return 'page must be an integer >= 1'
  const limit = intParam(search.get('limit'), LASSO_DEFAULT_LIMIT, 1, LASSO_MAX_LIMIT)
  if (limit === null) return `limit must be an integer from 1 to ${LASSO_MAX_LIMIT}`
  const from = dateParam(search.get('from'), false)
  if (Number.isNaN(from)) return 'from must be an ISO 8601 date or date-time'
  const to = dateParam(search.get('to'), true)
  if (Number.isNaN(to)) return 'to must be an ISO 8601 date or date-time'
  return { page, limit, from, to, service: search.get('service') }
}

export function createLassoMock(options: MockOptions = {}): ProviderMock {
  const nextId = requestIds()
  const errors = lassoErrors(nextId)
  return defineProviderMock(
    {
      provider: 'lasso',
      defaultBaseUrl: LASSO_BASE_URL,
      errors: errors.bodies,
      routes: (context) => {
        const rows = preparedRows(context)
        return [
          http.get(`${context.options.baseUrl}/credits/usage`, async ({ request }) => {
            const early = await context.gate(request)
            if (early) return early
            const params = readUsageParams(new URL(request.url).searchParams)
            if (typeof params === 'string') return context.error(errors.validation(params))
            const { page, limit } = params
            const { matches, usedCenti } = rows.select(params.from, params.to, params.service)
            const { rowOrder, repeatRows, seed } = context.options
            const arranged = arrangeRows(matches, (p) => p.row.id, { rowOrder, seed })
            const data: unknown[] = repeatPageRows(
              arranged.slice((page - 1) * limit, page * limit).map((p) => p.row),
              repeatRows,
            )
            if (context.shouldCorrupt() && data.length > 0) {
              data[0] = { ...(data[0] as LassoRow), amount: 'twelve' }
            }
            return context.json({
              data: data as never,
              pagination: { page, limit, total: matches.length },
              total_used: usedCenti / 100,
            })
          }),
          http.get(`${context.options.baseUrl}/credits/balance`, async ({ request }) => {
            const early = await context.gate(request)
            if (early) return early
            // The malformed scenario breaks whichever endpoint is asked, so its flag never leaks.
            const balance = rows.balanceCenti() / 100
            return context.json({ balance: context.shouldCorrupt() ? 'plenty' : balance })
          }),
        ]
      },
    },
    options,
  )
}

/**
 * The rows newest first, rebuilt only when the timeline grows ('appending'), and the last
 * filter's matches, so walking a 100,000-row ledger page by page does not redo the work per page.
 */
function preparedRows(context: MockContext) {
  let built = -1
  let all: Prepared[] = []
  let grantsCenti = 0
  let cacheKey = ''
  let cached = { matches: all, usedCenti: 0 }

  const refresh = (): void => {
    const events = context.timeline.events
    if (built === events.length) return
    built = events.length
    all = []
    grantsCenti = 0
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i] as TimelineEvent
      if (event.kind === 'grant') grantsCenti += event.centi
      if (!isLassoRowEvent(event)) continue
      const unknown = context.scenario === 'unknown-types' && event.seq % 17 === 5
      all.push({ row: toLassoRow(event, unknown), at: event.at, centi: event.centi })
    }
    cacheKey = ''
  }

  return {
    select(from: number | undefined, to: number | undefined, service: string | null) {
      refresh()
      const key = JSON.stringify([from, to, service])
      if (key === cacheKey) return cached
      const matches = all.filter(
        (p) =>
          (from === undefined || p.at >= from) &&
          (to === undefined || p.at <= to) &&
          (service === null || p.row.service === service),
      )
      // Consumption only, counted positive in integer hundredths: refunds do not lower it.
      let usedCenti = 0
      for (const p of matches) if (p.centi < 0) usedCenti -= p.centi
      cacheKey = key
      cached = { matches, usedCenti }
      return cached
    },
    /** Every grant plus every row amount, so walking back from it matches the rows served. */
    balanceCenti(): number {
      refresh()
      let centi = grantsCenti
      for (const p of all) centi += p.centi
      return centi
    },
  }
}
