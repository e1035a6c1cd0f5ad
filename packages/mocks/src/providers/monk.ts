/**
 * Monk: `GET /v1/contracts/{contractId}/credits/ledger` (whole history, newest first, no paging)
 * and `GET /v1/contracts/{contractId}/credits/balance`. Errors use `{ error: { message, code } }`.
 */
import { http } from 'msw'
import {
  defineProviderMock,
  iso,
  type MockContext,
  type ProviderErrorBodies,
  type ProviderMock,
} from '../mock-provider.js'
import type { MockOptions } from '../scenario.js'
import type { TimelineEvent } from '../timeline.js'

export const MONK_BASE_URL = 'https://api.monk.com'
export const MONK_CONTRACT_ID = '5b7c1f7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f'
const CREDIT_RATE_CENTS = 10

export interface MonkMockOptions extends MockOptions {
  /** The contract whose ledger the mock serves; others get 404. @default MONK_CONTRACT_ID */
  contractId?: string
}

const errorBody = (status: number, code: string, message: string) => ({
  status,
  body: { error: { message, code } },
})

const monkErrors: ProviderErrorBodies = {
  unauthorized: () => errorBody(401, 'UNAUTHORIZED', 'Invalid API key'),
  forbidden: () =>
    errorBody(403, 'FORBIDDEN', 'API key does not have the required permission: contracts:read'),
  rateLimited: (seconds) => ({
    ...errorBody(429, 'RATE_LIMITED', 'Rate limit exceeded: 100 requests per minute'),
    headers: { 'Retry-After': String(seconds) },
  }),
  server: () => errorBody(500, 'INTERNAL_ERROR', 'Internal server error'),
}

/** A Monk ledger row for a timeline event (the documented field set, nullable keys present). */
export function toMonkEntry(event: TimelineEvent, unknownType = false) {
  const creditAmount = event.centi / 100
  const isGrant = event.kind === 'grant'
  return {
    id: monkId(event.seq),
    type: unknownType ? 'transfer' : event.kind,
    amountCents: Math.round(creditAmount * CREDIT_RATE_CENTS),
    creditAmount,
    creditRateCents: CREDIT_RATE_CENTS,
    currency: 'USD',
    description: event.description,
    sourceType: event.kind === 'usage' ? 'invoice' : 'contract',
    invoiceId:
      event.kind === 'usage' ? `inv-${new Date(event.at).toISOString().slice(0, 7)}` : null,
    grantEntryId: event.grantSeq === null ? null : monkId(event.grantSeq),
    expiresAt: isGrant && event.expiresAt !== null ? iso(event.expiresAt) : null,
    isPromotional: isGrant && event.category === 'promotional',
    createdAt: iso(event.at),
  }
}

function monkId(seq: number): string {
  return `00000000-0000-4000-8000-${seq.toString(16).padStart(12, '0')}`
}

function ledgerBody(context: MockContext) {
  const events = context.timeline.events
  const entries = new Array(events.length)
  for (let i = 0; i < events.length; i++) {
    const event = events[events.length - 1 - i] as TimelineEvent
    entries[i] = toMonkEntry(event, context.scenario === 'unknown-types' && event.seq % 17 === 5)
  }
  if (context.shouldCorrupt() && entries.length > 0) entries[0].amountCents = 'twenty-five'
  return { data: { totalCount: entries.length, entries } }
}

export function createMonkMock(options: MonkMockOptions = {}): ProviderMock {
  const contractId = options.contractId ?? MONK_CONTRACT_ID
  return defineProviderMock(
    {
      provider: 'monk',
      defaultBaseUrl: MONK_BASE_URL,
      errors: monkErrors,
      routes: (context) => {
        const base = `${context.options.baseUrl}/v1/contracts/:contractId/credits`
        const guard = async (request: Request, id: unknown) => {
          const early = await context.gate(request)
          if (early) return early
          if (id !== contractId) {
            return context.error(errorBody(404, 'NOT_FOUND', `Contract ${String(id)} not found`))
          }
          return undefined
        }
        return [
          http.get(`${base}/ledger`, async ({ request, params }) => {
            return (await guard(request, params.contractId)) ?? context.json(ledgerBody(context))
          }),
          http.get(`${base}/balance`, async ({ request, params }) => {
            const early = await guard(request, params.contractId)
            if (early) return early
            const creditBalance = context.timeline.balanceCenti() / 100
            return context.json({
              data: {
                balance: {
                  balanceCents: Math.round(creditBalance * CREDIT_RATE_CENTS),
                  creditBalance,
                  currency: 'USD',
                  blockCount: 0,
                  asOf: iso(context.options.now),
                },
                blocks: [],
              },
            })
          }),
        ]
      },
    },
    options,
  )
}
