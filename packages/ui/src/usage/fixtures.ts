/**
 * Usage entries for the usage chart's tests and stories (never exported from the package): a
 * few days of Synap-like usage whose breakdown the tests can predict, and plain generated usage
 * for the stories.
 */
import { QueryClient } from '@tanstack/react-query'
import type { LedgerEntry, ProviderId } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { UsageKitProvider } from '@usage-kit/react'
import { createElement, type ReactNode } from 'react'
import { cs } from '../locales/cs.js'

const DAY = 86_400_000
const START = Date.UTC(2026, 2, 1)

/**
 * Five days from 1 Mar 2026 (UTC), the third without usage: inference 10, 20, -, 40, 50 (by
 * metric 'tokens') and storage 2 a day ('gb'), plus a grant and a pending usage the chart leaves
 * out. Buckets by day: 12, 22, 0, 42, 52; total 128.
 */
export function synapUsage(provider: ProviderId = 'synap'): LedgerEntry[] {
  const out: LedgerEntry[] = [
    ledgerEntry({ id: 'g', provider, kind: 'grant', occurredAt: iso(START), credits: 1000 }),
    ledgerEntry({ id: 'p', provider, pending: true, occurredAt: iso(START + DAY), credits: -99 }),
  ]
  for (const day of [0, 1, 3, 4]) {
    const at = START + day * DAY + 9 * 3_600_000
    out.push(
      ledgerEntry({
        id: `i${day}`,
        provider,
        occurredAt: iso(at),
        credits: -10 * (day + 1),
        category: 'inference',
        metric: 'tokens',
      }),
      ledgerEntry({
        id: `s${day}`,
        provider,
        occurredAt: iso(at + 3_600_000),
        credits: -2,
        category: 'storage',
        metric: 'gb',
      }),
    )
  }
  return out.reverse()
}

/** The range `synapUsage` spans, as the filters would pass it. */
export const SYNAP_RANGE = { from: iso(START), to: iso(START + 5 * DAY - 1) }

/** The same usage without categories or metrics (Monk, Vayu, ngrok). */
export function plainUsage(provider: ProviderId = 'monk'): LedgerEntry[] {
  return synapUsage(provider).map((entry) => ({ ...entry, category: null, metric: null }))
}

function iso(at: number): string {
  return new Date(at).toISOString()
}

/** `children` in the kit, with a fresh client (no retries), in `locale` (Czech's pack for cs-CZ). */
export function inKit(children: ReactNode, locale = 'en-US', timeZone = 'UTC') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const pack = locale === 'cs-CZ' ? cs : {}
  return createElement(
    UsageKitProvider,
    { queryClient: client, timeZone, locale, ...pack },
    children,
  )
}

const SERVICES = ['inference', 'embeddings', 'storage', 'search', 'fine-tuning', 'audio', 'vision']

/**
 * Generated usage for the stories: `perDay` entries a day for `days` days from `start`, over
 * seven services (so the top six and 'Other' show) with a weekly rhythm, newest first.
 */
export function generatedUsage(days: number, perDay: number, start = Date.UTC(2026, 0, 1)) {
  let state = days * 7919 + perDay
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const out: LedgerEntry[] = []
  for (let i = 0; i < days * perDay; i++) {
    const at = start + Math.floor((i / perDay) * DAY + next() * (DAY / perDay))
    const weekday = new Date(at).getUTCDay()
    const service = SERVICES[Math.min(SERVICES.length - 1, Math.floor(next() ** 1.6 * 7))]!
    out.push(
      ledgerEntry({
        id: `u${i}`,
        occurredAt: iso(at),
        credits:
          -Math.round((weekday === 0 || weekday === 6 ? 4 : 10) * (0.5 + next()) * 100) / 100,
        category: service,
        metric: service === 'storage' ? 'gb_hours' : 'tokens',
      }),
    )
  }
  return out.reverse()
}
