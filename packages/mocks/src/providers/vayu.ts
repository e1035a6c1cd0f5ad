/**
 * Vayu: `GET /credits?customerId=&limit=&cursor=`, rows ascending by `createdAt`, errors as
 * `{ type, code, message, param? }`. `limit` defaults to 10 (1..1000). By default the mock returns
 * exactly the documented shape, only `entries` (`strict-doc`), and reads `cursor` the way the kit
 * assumes (an entry's id: the rows after it); `list-convention` adds `total`, `hasMore` and
 * `nextCursor` like Vayu's other list endpoints; `first-page-only` is the documented shape from a
 * server that ignores `cursor`. What is documented and what is assumed: docs/providers/vayu.md.
 */
import { http } from 'msw'
import {
  defineProviderMock,
  iso,
  type MockContext,
  type MockError,
  type ProviderErrorBodies,
  type ProviderMock,
} from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'
import type { TimelineEvent } from '../timeline.js'

export const VAYU_BASE_URL = 'https://connect.withvayu.com'
/** The customer whose ledger the mock serves by default. */
export const VAYU_CUSTOMER_ID = '65f0c0ffee0123456789abcd'
const CONTRACT_ID = '65f0c0ffee00000000c0ffee'
const DEFAULT_LIMIT = 10
const MAX_LIMIT = 1000
const CUSTOMER_ID = /^[0-9a-fA-F]{24}$/

/**
 * How the mock pages: exactly as documented with the assumed cursor (`strict-doc`), with the list
 * fields other Vayu endpoints return (`list-convention`), or as documented but ignoring `cursor`
 * (`first-page-only`: every request gets the first `limit` rows).
 */
export type VayuPagination = 'strict-doc' | 'list-convention' | 'first-page-only'

export interface VayuMockOptions extends MockOptions {
  /** The customer whose ledger the mock serves; other well-formed ids get 404. @default VAYU_CUSTOMER_ID */
  customerId?: string
  /**
   * `strict-doc` returns only `entries`, the documented shape, and reads `cursor` as an entry's id
   * (the rows after it; an id it does not know is a 400), which is assumed, not documented.
   * `list-convention` adds `total`, `hasMore` and an opaque `nextCursor`. `first-page-only`
   * returns only `entries` and ignores `cursor`.
   * @default 'strict-doc'
   */
  pagination?: VayuPagination
}

const errorBody = (
  status: number,
  type: string,
  code: string,
  message: string,
  param?: string,
) => ({
  status,
  body: param === undefined ? { type, code, message } : { type, code, message, param },
})

const invalid = (code: string, message: string, param: string): MockError =>
  errorBody(400, 'invalid_request_error', code, message, param)

// Vayu documents no Retry-After; the gate's retryAfterSeconds is deliberately not sent.
const vayuErrors: ProviderErrorBodies = {
  unauthorized: () =>
    errorBody(
      401,
      'authentication_error',
      'authentication_failed',
      'Invalid or expired access token',
    ),
  forbidden: () =>
    errorBody(403, 'authentication_error', 'forbidden', 'Access to this customer is not allowed'),
  rateLimited: () => errorBody(429, 'rate_limit_error', 'rate_limit_exceeded', 'Too many requests'),
  server: () => errorBody(500, 'api_error', 'internal_error', 'Internal server error'),
}

/** A Mongo-style ObjectId: 8 hex digits of epoch seconds, then 16 of a counter. */
function objectId(at: number, counter: number): string {
  const seconds = Math.floor(at / 1000)
    .toString(16)
    .padStart(8, '0')
  return seconds + counter.toString(16).padStart(16, '0')
}

/** Usage is billed monthly, so every usage row of a month applies to that month's invoice. */
function invoiceIdFor(at: number): string {
  const date = new Date(at)
  return objectId(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1), 0xb111)
}

/**
 * A Vayu ledger row for a timeline event. Grants, reversals and positive adjustments are `Grant`;
 * usage (with its invoice), negative adjustments and expirations are `Deduct`. The sign of a
 * `Deduct` amount is undocumented, so the mock alternates it; the type carries the direction.
 */
export function toVayuEntry(event: TimelineEvent, unknownType = false) {
  // 'Application' (credits applied to an invoice) is named in Vayu's guide but not in the enum.
  const credits = event.centi / 100
  const isGrant = event.centi >= 0
  const isUsage = event.kind === 'usage'
  const synced = isUsage && event.seq % 5 === 0
  const externalId = `cbtxn_${event.seq.toString(36).padStart(8, '0')}`
  return {
    id: objectId(event.at, event.seq + 1),
    createdAt: iso(event.at),
    type: unknownType ? 'Application' : isGrant ? 'Grant' : 'Deduct',
    amount: unknownType || isGrant ? credits : event.seq % 2 === 0 ? credits : -credits,
    balanceAfterEntry: event.balanceAfterCenti / 100,
    ...(isUsage ? { invoiceId: invoiceIdFor(event.at) } : {}),
    ...(synced ? { erpId: externalId } : {}),
    ...(event.kind === 'grant' ? { contractId: CONTRACT_ID } : {}),
    integrationEntities: synced
      ? [
          {
            updatedAt: iso(event.at + 60_000),
            integrationProvider: 'Stripe',
            integrationExternalId: externalId,
            syncStatus: 'Synced',
            metadata: null,
          },
        ]
      : [],
  }
}

/** Opaque cursors: base64url of the next row's offset. */
export function encodeVayuCursor(offset: number): string {
  return btoa(`offset:${offset}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The offset inside a cursor, or null when it is not one of ours. */
export function decodeVayuCursor(cursor: string): number | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null
  let text: string
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const match = /^offset:(\d{1,9})$/.exec(text)
  return match ? Number(match[1]) : null
}

/**
 * The offset after the row whose id is `cursor` (strict-doc's assumed cursor), or null for an id
 * the ledger does not hold. The id's counter is the row's seq + 1, and seq is its index.
 */
function offsetAfterId(context: MockContext, cursor: string): number | null {
  if (!/^[0-9a-fA-F]{24}$/.test(cursor)) return null
  const index = parseInt(cursor.slice(8), 16) - 1
  const event = context.timeline.events[index]
  if (event === undefined || objectId(event.at, event.seq + 1) !== cursor.toLowerCase()) return null
  return index + 1
}

/** Where a request's page starts in the mode's reading of `cursor`, or null for a bad cursor. */
function startOf(context: MockContext, pagination: VayuPagination, cursor: string | null) {
  if (cursor === null || pagination === 'first-page-only') return 0
  return pagination === 'strict-doc' ? offsetAfterId(context, cursor) : decodeVayuCursor(cursor)
}

/** `limit` as Vayu validates it: a number from 1 to 1000; the integer check is assumed. */
function readLimit(raw: string | null): number | MockError {
  if (raw === null) return DEFAULT_LIMIT
  const limit = /^\d+$/.test(raw) ? Number(raw) : NaN
  if (limit >= 1 && limit <= MAX_LIMIT) return limit
  return invalid('parameter_invalid', 'limit must be a number between 1 and 1000', 'limit')
}

function rowsFor(context: MockContext, offset: number, limit: number) {
  const events = context.timeline.events
  const end = Math.min(events.length, offset + limit)
  const entries = []
  for (let i = offset; i < end; i++) {
    const event = events[i] as TimelineEvent
    const unknown =
      context.scenario === 'unknown-types' && event.kind === 'usage' && event.seq % 7 === 3
    entries.push(toVayuEntry(event, unknown))
  }
  return { entries, end }
}

export function createVayuMock(options: VayuMockOptions = {}): ProviderMock {
  const customerId = options.customerId ?? VAYU_CUSTOMER_ID
  const pagination = options.pagination ?? 'strict-doc'
  return defineProviderMock(
    {
      provider: 'vayu',
      defaultBaseUrl: VAYU_BASE_URL,
      errors: vayuErrors,
      routes: (context) => [
        http.get(`${context.options.baseUrl}/credits`, async ({ request }) => {
          const early = await context.gate(request)
          if (early) return early
          // Read once per request: one that fails validation must not pass the corruption on.
          const corrupt = context.shouldCorrupt()
          const params = new URL(request.url).searchParams
          const customer = params.get('customerId')
          if (customer === null) {
            return context.error(
              invalid('parameter_missing', 'customerId is required', 'customerId'),
            )
          }
          if (!CUSTOMER_ID.test(customer)) {
            return context.error(
              invalid('parameter_invalid', 'customerId must match ^[0-9a-fA-F]{24}$', 'customerId'),
            )
          }
          const limit = readLimit(params.get('limit'))
          if (typeof limit !== 'number') return context.error(limit)
          const offset = startOf(context, pagination, params.get('cursor'))
          if (offset === null) {
            return context.error(invalid('parameter_invalid', 'cursor is invalid', 'cursor'))
          }
          if (customer.toLowerCase() !== customerId.toLowerCase()) {
            return context.error(
              errorBody(
                404,
                'invalid_request_error',
                'resource_not_found',
                `Customer with id ${customer} not found`,
              ),
            )
          }
          const { entries, end } = rowsFor(context, offset, limit)
          const first = entries[0] as Record<string, unknown> | undefined
          if (corrupt && first) first.amount = 'twenty-five'
          if (pagination !== 'list-convention') return context.json({ entries })
          const total = context.timeline.events.length
          const hasMore = end < total
          return context.json(
            hasMore
              ? { entries, total, hasMore, nextCursor: encodeVayuCursor(end) }
              : { entries, total, hasMore },
          )
        }),
      ],
    },
    options,
  )
}
