/**
 * Issue 17's properties over random ledgers: attribution never invents usage, nothing remains
 * below 0, statements chain and balance exactly, and the forecast runs out no later when the
 * burn rate is higher.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import { subtractExact, sumExact } from '../decimal.js'
import type { EntryKind, LedgerEntry } from '../model.js'
import { summarizeLedger } from '../summary.js'
import { creditGrants } from './creditGrants.js'
import { forecastRunway } from './forecast.js'
import { ledgerStatement } from './statement.js'
import type { RunwayPoint } from './types.js'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const BASE = Date.UTC(2026, 0, 1)
const iso = (at: number) => new Date(at).toISOString()

/** Amounts with up to two decimals, as providers send them. */
const amount = fc.integer({ min: 1, max: 50_000 }).map((n) => n / 100)

const rowArbitrary = fc.record({
  kind: fc.constantFrom<EntryKind>(
    'grant',
    'grant',
    'usage',
    'usage',
    'usage',
    'expiration',
    'adjustment',
  ),
  hour: fc.integer({ min: 0, max: 24 * 120 }),
  amount,
  expiresInDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  pending: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  named: fc.option(fc.nat(20), { nil: null }),
})

/** A random ledger; with `named`, some draws name a grant (one of the ledger's, or a stranger). */
const ledgerArbitrary = (named: boolean) =>
  fc.array(rowArbitrary, { maxLength: 60 }).map((rows) => {
    const grantIds = rows.flatMap((r, i) => (r.kind === 'grant' ? [`e${i}`] : []))
    return rows.map((r, i): LedgerEntry => {
      const at = BASE + r.hour * HOUR
      const grant = r.kind === 'grant'
      const sign = grant || (r.kind === 'adjustment' && r.hour % 2 === 0) ? 1 : -1
      const grantId = named && !grant && r.named !== null ? (grantIds[r.named] ?? 'stranger') : null
      return entry({
        id: `e${i}`,
        kind: r.kind,
        occurredAt: iso(at),
        credits: sign * r.amount,
        expiresAt: grant && r.expiresInDays !== null ? iso(at + r.expiresInDays * DAY) : null,
        pending: r.pending,
        grantId,
      })
    })
  })

const asOfArbitrary = fc.integer({ min: 0, max: 24 * 130 }).map((h) => iso(BASE + h * HOUR))

describe('creditGrants properties', () => {
  it('used + expired over grants never exceed the posted usage and expirations; remaining >= 0', () => {
    fc.assert(
      fc.property(ledgerArbitrary(true), asOfArbitrary, (entries, asOf) => {
        const grants = creditGrants(entries, { asOf })
        const drawn = entries.filter(
          (e) =>
            !e.pending &&
            e.occurredAt <= asOf &&
            (e.kind === 'usage' || e.kind === 'expiration') &&
            (e.credits as number) < 0,
        )
        const posted = sumExact(drawn.map((e) => -(e.credits as number)))
        const attributed = sumExact(grants.flatMap((g) => [g.used, g.expired]))
        expect(attributed).toBeLessThanOrEqual(posted)
        for (const g of grants) {
          expect(g.remaining).toBeGreaterThanOrEqual(0)
          const left = sumExact([g.granted, -g.used, -g.expired])
          expect(g.remaining).toBe(Math.max(0, left))
          expect(g.remaining === 0).toBe(g.status === 'depleted')
        }
      }),
    )
  })

  it('estimated attribution never draws a grant past what it holds, nor past its expiry', () => {
    fc.assert(
      fc.property(ledgerArbitrary(false), asOfArbitrary, (entries, asOf) => {
        const grants = creditGrants(entries, { asOf })
        const drawsAfterGrant = (g: (typeof grants)[number]) =>
          entries.some(
            (e) =>
              !e.pending &&
              (e.kind === 'usage' || e.kind === 'expiration') &&
              e.occurredAt >= g.entry.occurredAt &&
              e.occurredAt <= asOf,
          )
        for (const g of grants) {
          expect(sumExact([g.used, g.expired])).toBeLessThanOrEqual(g.granted)
          expect(g.attribution).toBe(drawsAfterGrant(g) ? 'estimated' : 'exact')
          // Usage after the expiry never drew from it, so usage alone is bounded by what was
          // used while it lived.
          const lived = entries.filter(
            (e) =>
              !e.pending &&
              e.kind === 'usage' &&
              (e.credits as number) < 0 &&
              e.occurredAt >= g.entry.occurredAt &&
              (g.expiresAt === null || e.occurredAt < g.expiresAt) &&
              e.occurredAt <= asOf,
          )
          expect(g.used).toBeLessThanOrEqual(sumExact(lived.map((e) => -(e.credits as number))))
        }
      }),
    )
  })
})

describe('ledgerStatement properties', () => {
  const optionsArbitrary = fc.record({
    period: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
    timeZone: fc.constantFrom('UTC', 'America/Los_Angeles', 'Pacific/Chatham', 'Asia/Kolkata'),
    cycleAnchor: fc.integer({ min: 1, max: 28 }),
    weekStartsOn: fc.constantFrom(0 as const, 1 as const, 6 as const),
  })

  it('periods chain (opening = the previous closing) and balance exactly, and add up', () => {
    fc.assert(
      fc.property(
        ledgerArbitrary(false),
        fc.option(amount, { nil: null }),
        optionsArbitrary,
        (rows, anchor, options) => {
          // A running balance on some entries (inconsistent ones too): the chain must still hold.
          const entries = rows.map((e, i) => (i % 3 === 0 ? { ...e, balanceAfter: anchor } : e))
          const periods = ledgerStatement(entries, options)
          const posted = entries.filter((e) => !e.pending)
          if (posted.length === 0) {
            expect(periods).toEqual([])
            return
          }
          for (let i = 0; i < periods.length; i++) {
            const p = periods[i] as (typeof periods)[number]
            expect(p.start < p.end).toBe(true)
            const older = periods[i + 1]
            if (older !== undefined) {
              expect(older.end).toBe(p.start)
              expect(p.opening).toBe(older.closing)
            }
            if (p.opening === null || p.closing === null) {
              expect(p.opening).toBe(p.closing)
              continue
            }
            expect(subtractExact(p.closing, p.opening)).toBe(subtractExact(p.granted, p.used))
          }
          const summary = summarizeLedger(entries)
          expect(sumExact(periods.map((p) => p.granted))).toBe(summary.granted)
          expect(sumExact(periods.map((p) => p.used))).toBe(summary.used)
          expect(periods.reduce((n, p) => n + p.count, 0)).toBe(posted.length)
          const known = posted.some((e) => e.balanceAfter !== null)
          expect(periods.every((p) => (p.closing === null) === !known)).toBe(true)
        },
      ),
    )
  })
})

describe('forecastRunway properties', () => {
  const holdingsArbitrary = fc.array(
    fc.record({
      expiresAt: fc.option(
        fc.integer({ min: -5 * 24, max: 200 * 24 }).map((h) => BASE + h * HOUR),
        {
          nil: null,
        },
      ),
      held: amount,
    }),
    { maxLength: 8 },
  )

  it('runsOutAt and expiresUnused never grow when the burn rate does', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.integer({ min: -1000, max: 200_000 }).map((n) => n / 100),
          { nil: null },
        ),
        holdingsArbitrary,
        fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
        fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
        (balance, holdings, slow, extra) => {
          const at = (burnPerDay: number) =>
            forecastRunway({ asOf: BASE, balance, burnPerDay, holdings })
          const a = at(slow)
          const b = at(slow + extra)
          if (balance === null) {
            expect([a.runsOutAt, b.runsOutAt]).toEqual([null, null])
            return
          }
          expect(b.runsOutAt).not.toBeNull()
          if (a.runsOutAt !== null) {
            expect(Date.parse(b.runsOutAt as string)).toBeLessThanOrEqual(Date.parse(a.runsOutAt))
          }
          expect(b.expiresUnused).toBeLessThanOrEqual(a.expiresUnused + 1e-6)
          // The path: oldest first, from (asOf, balance) to (runsOutAt, 0).
          const path = b.path
          expect(path[0]).toEqual({ at: iso(BASE), balance })
          expect(path.at(-1)?.at).toBe(b.runsOutAt)
          for (let i = 1; i < path.length; i++) {
            expect((path[i - 1] as RunwayPoint).at <= (path[i] as RunwayPoint).at).toBe(true)
            expect((path[i - 1] as RunwayPoint).balance).toBeGreaterThanOrEqual(
              (path[i] as RunwayPoint).balance,
            )
          }
        },
      ),
    )
  })
})
