/**
 * A provider-neutral credit history: grants, usage, adjustments, reversals and expirations with a
 * consistent running balance. Amounts are integer hundredths of a credit ("centi-credits"), so the
 * generator's own balance is exact; each provider mock maps these events to its wire format.
 */
import { createRandom, type Random } from './random.js'

export type TimelineKind = 'grant' | 'usage' | 'adjustment' | 'reversal' | 'expiration'

export interface TimelineEvent {
  /** Position in time order, oldest 0. Unique and stable for a seed. */
  seq: number
  kind: TimelineKind
  /** Epoch milliseconds. */
  at: number
  /** Signed hundredths of a credit. */
  centi: number
  /** Running balance after this event, in hundredths of a credit. */
  balanceAfterCenti: number
  /** Grants: 'purchase' | 'promotional'. Usage: a service category. */
  category: string
  /** Usage: the metered metric. */
  metric: string | null
  description: string
  /** Grants: when the grant expires (epoch ms); else null. */
  expiresAt: number | null
  /** Usage and expirations: the seq of the grant drawn from. */
  grantSeq: number | null
}

export interface TimelineOptions {
  /** How many events. @default 200 */
  size?: number
  /** PRNG seed. @default 1 */
  seed?: number
  /** The newest event happens before this instant (epoch ms). @default 2026-11-01T00:00:00Z */
  now?: number
}

export interface Timeline {
  /** Oldest first. */
  readonly events: TimelineEvent[]
  /** The balance after the newest event, in hundredths. */
  balanceCenti(): number
  /** Appends `count` usage events after the newest one (entries arriving while a client pages). */
  append(count: number): TimelineEvent[]
}

export const DEFAULT_NOW = Date.UTC(2026, 10, 1)

const USAGE = [
  { category: 'inference', metrics: ['llm_input_tokens', 'llm_output_tokens'] },
  { category: 'ingestion', metrics: ['memories_ingested', 'documents_parsed'] },
  { category: 'retrieval', metrics: ['retrievals', 'vector_queries'] },
  { category: 'enhancement', metrics: ['rows_enhanced'] },
] as const

const MINUTE = 60_000
const DAY = 86_400_000
const YEAR = 365 * DAY

interface OpenGrant {
  seq: number
  expiresAt: number
  remaining: number
}

export function createTimeline(options: TimelineOptions = {}): Timeline {
  const { size = 200, seed = 1, now = DEFAULT_NOW } = options
  const random = createRandom(seed)
  const span = Math.min(730 * DAY, Math.max(30 * DAY, size * 6 * 3_600_000))
  const step = Math.max(MINUTE, Math.floor(span / Math.max(1, size)))
  const state = {
    at: now - span,
    balance: 0,
    grants: [] as OpenGrant[],
    events: [] as TimelineEvent[],
  }

  const push = (event: Omit<TimelineEvent, 'seq' | 'balanceAfterCenti'>): TimelineEvent => {
    state.balance += event.centi
    const full = { ...event, seq: state.events.length, balanceAfterCenti: state.balance }
    state.events.push(full)
    return full
  }

  const grant = (promotional: boolean): void => {
    const centi = promotional ? random.int(5, 50) * 1000 : random.int(10, 200) * 5000
    // Purchases last a year and are used up long before; promotions are short-lived, so some
    // of them expire unused, as on real ledgers.
    const expiresAt = endOfUtcDay(state.at + (promotional ? Math.max(DAY, step * 20) : YEAR))
    const event = push({
      kind: 'grant',
      at: state.at,
      centi,
      category: promotional ? 'promotional' : 'purchase',
      metric: null,
      description: promotional ? 'Promotional credit grant' : 'Prepaid credit purchase',
      expiresAt,
      grantSeq: null,
    })
    state.grants.push({ seq: event.seq, expiresAt, remaining: centi })
    state.grants.sort((a, b) => a.expiresAt - b.expiresAt)
  }

  const expireDue = (): void => {
    for (const open of state.grants) {
      if (open.expiresAt <= state.at && open.remaining > 0 && state.events.length < size) {
        const centi = Math.min(open.remaining, state.balance)
        if (centi > 0) {
          push({
            kind: 'expiration',
            at: open.expiresAt,
            centi: -centi,
            category: 'expiration',
            metric: null,
            description: 'Unused credits expired',
            expiresAt: null,
            grantSeq: open.seq,
          })
        }
        open.remaining = 0
      }
    }
    state.grants = state.grants.filter((open) => open.remaining > 0)
  }

  const use = (random: Random): void => {
    const kind = random.pick(USAGE)
    const wanted = random.chance(0.2) ? random.int(1, 9) : random.int(10, 4000)
    if (state.balance < wanted) return grant(false)
    const source = state.grants[0]
    let left = wanted
    for (const open of state.grants) {
      const take = Math.min(open.remaining, left)
      open.remaining -= take
      left -= take
      if (left === 0) break
    }
    state.grants = state.grants.filter((open) => open.remaining > 0)
    const metric = random.pick(kind.metrics)
    push({
      kind: 'usage',
      at: state.at,
      centi: -wanted,
      category: kind.category,
      metric,
      description: `${kind.category}: ${metric.replace(/_/g, ' ')}`,
      expiresAt: null,
      grantSeq: source?.seq ?? null,
    })
  }

  const other = (kind: 'adjustment' | 'reversal'): void => {
    const centi = kind === 'reversal' ? random.int(10, 2000) : random.int(-500, 1500)
    if (state.balance + centi < 0) return use(random)
    push({
      kind,
      at: state.at,
      centi,
      category: kind,
      metric: null,
      description:
        kind === 'reversal' ? 'Reversal of a disputed usage charge' : 'Manual balance correction',
      expiresAt: null,
      grantSeq: null,
    })
  }

  const advance = (): void => {
    state.at += random.int(Math.ceil(step / 2), Math.ceil((step * 3) / 2))
    state.at -= state.at % 1000 // whole seconds, like most providers' timestamps
  }

  while (state.events.length < size) {
    if (state.events.length === 0 || state.balance < 1000) grant(false)
    else if (random.chance(0.03)) grant(true)
    else if (random.chance(0.015)) other('adjustment')
    else if (random.chance(0.01)) other('reversal')
    else use(random)
    advance()
    expireDue()
  }
  state.events.sort((a, b) => a.at - b.at || a.seq - b.seq)
  shiftBefore(state.events, now)
  state.at = state.events.at(-1)?.at ?? state.at
  state.events.forEach((event, index) => {
    event.seq = index
  })
  recomputeBalances(state.events)
  state.balance = state.events.at(-1)?.balanceAfterCenti ?? 0

  return {
    events: state.events,
    balanceCenti: () => state.balance,
    append(count) {
      const added: TimelineEvent[] = []
      for (let i = 0; i < count; i++) {
        state.at = Math.max(state.at, state.events.at(-1)?.at ?? state.at) + MINUTE
        const before = state.events.length
        use(random)
        added.push(...state.events.slice(before))
      }
      return added
    },
  }
}

/** After sorting by time, the running balance follows the new order. */
function recomputeBalances(events: TimelineEvent[]): void {
  let balance = 0
  for (const event of events) {
    balance += event.centi
    event.balanceAfterCenti = balance
  }
}

/** Random steps can overshoot; slide the whole history so its newest event is before `now`. */
function shiftBefore(events: TimelineEvent[], now: number): void {
  const newest = events.at(-1)?.at ?? 0
  if (newest < now) return
  const shift = newest - now + MINUTE
  for (const event of events) {
    event.at -= shift
    if (event.expiresAt !== null) event.expiresAt -= shift
  }
}

function endOfUtcDay(at: number): number {
  return at - (at % DAY) + DAY - 1000
}
