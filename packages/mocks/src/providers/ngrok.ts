/**
 * ngrok AI Gateway: `GET /credits/transactions` (the whole history, newest first, no parameters)
 * and `GET /credits/balance`. Strict like the spec (`additionalProperties: false`): items carry
 * only their documented keys, and the preview has no `invoiceUrl` key at all. Errors use
 * `{ errorCode?, statusCode, msg, details }`.
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

export const NGROK_BASE_URL = 'https://api.ngrok.ai'

/** The undocumented `type` label some items carry in the 'unknown-types' scenario. */
export const NGROK_UNKNOWN_TYPE = 'refund'

const HOUR = 3_600_000
const SECOND = 1000

/** One item of `GET /credits/transactions`, as sent. */
export type NgrokMockItem = Record<string, string | number | null>

const errorBody = (status: number, msg: string, errorCode?: string): MockError => ({
  status,
  body: { ...(errorCode ? { errorCode } : {}), statusCode: status, msg, details: {} },
})

const ngrokErrors: ProviderErrorBodies = {
  unauthorized: () => errorBody(401, 'Unauthorized: invalid API key'),
  forbidden: () => errorBody(403, 'Forbidden', 'ERR_NGROK_403'),
  rateLimited: (seconds) => ({
    ...errorBody(429, 'rate limited', 'ERR_NGROK_226'),
    headers: { 'Retry-After': String(seconds) },
  }),
  server: () => errorBody(500, 'Internal server error'),
}

type Role = 'credits' | 'invoice' | 'preview' | 'unknown' | 'duplicate'

/**
 * The timeline as ngrok items, newest first, one item per event (so `size` is honoured). Grants
 * and events that raise the balance (reversals, positive adjustments) are `credits`; every other
 * event is a `usageInvoice` whose period runs on from the previous invoice's, and the newest of
 * those is the open period's `usageInvoicePreview`. In a ledger of 50 or more items, the event
 * after the first purchase is replaced by an exact copy of that purchase, because ngrok items
 * have no ids and two identical purchases are possible.
 */
export function toNgrokItems(
  events: readonly TimelineEvent[],
  unknownTypes = false,
): NgrokMockItem[] {
  const n = events.length
  const roles = new Array<Role>(n)
  let newestInvoice = -1
  for (let i = 0; i < n; i++) {
    const event = events[i] as TimelineEvent
    if (unknownTypes && event.seq % 17 === 5) roles[i] = 'unknown'
    else if (event.kind === 'grant' || event.centi > 0) roles[i] = 'credits'
    else roles[i] = 'invoice'
  }
  const purchase = n >= 50 ? events.findIndex(isPurchase) : -1
  if (purchase >= 0 && purchase + 1 < n) roles[purchase + 1] = 'duplicate'
  for (let i = 0; i < n; i++) if (roles[i] === 'invoice') newestInvoice = i
  if (newestInvoice >= 0) roles[newestInvoice] = 'preview'

  const items = new Array<NgrokMockItem>(n)
  let periodEnd: number | null = null
  let previous: NgrokMockItem | undefined
  for (let i = 0; i < n; i++) {
    const event = events[i] as TimelineEvent
    const role = roles[i] as Role
    let item: NgrokMockItem
    if (role === 'invoice' || role === 'preview') {
      const start: number = periodEnd ?? event.at - HOUR
      // Periods are strictly increasing and unique, even where events share a second.
      periodEnd = event.at > start ? event.at : start + SECOND
      item = invoiceItem(event, start, periodEnd, role === 'preview')
    } else if (role === 'unknown') {
      item = {
        type: NGROK_UNKNOWN_TYPE,
        createdAt: iso(event.at),
        amountCents: Math.abs(event.centi),
      }
    } else if (role === 'duplicate') {
      item = { ...(previous as NgrokMockItem) }
    } else {
      item = creditsItem(event)
    }
    items[n - 1 - i] = item
    previous = item
  }
  return items
}

function isPurchase(event: TimelineEvent): boolean {
  return event.kind === 'grant' && event.category === 'purchase'
}

function creditsItem(event: TimelineEvent): NgrokMockItem {
  if (event.kind !== 'grant') {
    // A reversal or positive correction: a non-expiring promotional grant (no `expiresAt` key).
    return {
      type: 'credits',
      amountCents: event.centi,
      category: 'promotional',
      createdAt: iso(event.at),
    }
  }
  return {
    type: 'credits',
    amountCents: event.centi,
    category: event.category === 'promotional' ? 'promotional' : 'purchase',
    expiresAt: event.expiresAt === null ? null : iso(event.expiresAt),
    createdAt: iso(event.at),
  }
}

function invoiceItem(
  event: TimelineEvent,
  start: number,
  end: number,
  preview: boolean,
): NgrokMockItem {
  const applied = 0 - event.centi
  // Some periods used more than the credits covered: the rest is due, and sometimes still owed.
  const due = event.seq % 9 === 4 ? 50 + ((event.seq * 37) % 450) : 0
  const owed = preview || event.seq % 2 === 0 ? due : 0
  const amounts = {
    totalCents: applied + due,
    appliedCreditsCents: applied,
    amountDueCents: due,
    amountPaidCents: due - owed,
    amountRemainingCents: owed,
  }
  const times = { createdAt: iso(event.at), periodStart: iso(start), periodEnd: iso(end) }
  if (preview) return { type: 'usageInvoicePreview', ...times, ...amounts }
  const invoiceUrl = event.seq % 13 === 6 ? null : hostedInvoiceUrl(event.seq)
  return { type: 'usageInvoice', ...times, invoiceUrl, ...amounts }
}

const ACCOUNT = 'acct_1NgrokAIGateway'

/** A Stripe hosted-invoice link, shaped like the real ones (a base64url token, `?s=ap`). */
function hostedInvoiceUrl(seq: number): string {
  const invoiceId = `in_1${seq.toString(36).padStart(8, '0')}NgrokMock`
  const token = btoa(`${ACCOUNT},_${invoiceId},${100_000_000 + seq}`)
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
  return `https://invoice.stripe.com/i/${ACCOUNT}/live_${token}0200${(seq * 7919).toString(36)}?s=ap`
}

/** The signed credits a client reads from an item: grants and refunds +, invoices -. */
function signedCents(item: NgrokMockItem): number {
  if (item.type === 'usageInvoice' || item.type === 'usageInvoicePreview') {
    return 0 - Number(item.appliedCreditsCents)
  }
  return Number(item.amountCents)
}

function ledger(context: MockContext): NgrokMockItem[] {
  return toNgrokItems(context.timeline.events, context.scenario === 'unknown-types')
}

/** A mocked ngrok AI Gateway credits API. */
export function createNgrokMock(options: MockOptions = {}): ProviderMock {
  return defineProviderMock(
    {
      provider: 'ngrok',
      defaultBaseUrl: NGROK_BASE_URL,
      errors: ngrokErrors,
      routes: (context) => [
        // No query parameters are documented; like most servers, unknown ones are ignored.
        http.get(`${context.options.baseUrl}/credits/transactions`, async ({ request }) => {
          const early = await context.gate(request)
          if (early) return early
          const items = ledger(context)
          const first = items[0]
          if (context.shouldCorrupt() && first) first.createdAt = 1767225600
          return context.json({ items })
        }),
        http.get(`${context.options.baseUrl}/credits/balance`, async ({ request }) => {
          const early = await context.gate(request)
          if (early) return early
          let balanceCents: number | string = 0
          for (const item of ledger(context)) balanceCents += signedCents(item)
          if (context.shouldCorrupt()) balanceCents = String(balanceCents)
          return context.json({ balanceCents })
        }),
      ],
    },
    options,
  )
}
