import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { LedgerEntry } from '../model.js'
import { entry } from '../../test/entries.js'
import { sumExact } from '../decimal.js'
import type { UsageInterval, WeekStart } from './buckets.js'
import { usageBreakdown } from './breakdown.js'
import type { UsageGroupBy } from './options.js'

/** Zones with 30- and 45-minute offsets, DST on both hemispheres, and none. */
const ZONES = ['America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC'] as const
const INTERVALS: readonly UsageInterval[] = ['hour', 'day', 'week', 'month']
const HOUR = 3_600_000
const DAY = 24 * HOUR
/** How far entries spread per interval: a few dozen to a few hundred buckets. */
const SPAN: Record<UsageInterval, number> = {
  hour: 4 * DAY,
  day: 90 * DAY,
  week: 400 * DAY,
  month: 800 * DAY,
}
/** Days around 2026's DST changes in Los Angeles and Chatham, so the spans cross them. */
const ORIGINS = [
  Date.UTC(2026, 2, 6),
  Date.UTC(2026, 9, 30),
  Date.UTC(2026, 3, 3),
  Date.UTC(2026, 8, 25),
  Date.UTC(2025, 11, 30),
]

const formats = new Map<string, Intl.DateTimeFormat>()
/** The zone's wall clock at an instant, by Intl (the reference the kit's code is checked against). */
function wallIn(at: number, timeZone: string) {
  let format = formats.get(timeZone)
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
    formats.set(timeZone, format)
  }
  const part = (type: string) =>
    Number(format.formatToParts(at).find((p) => p.type === type)?.value)
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour') }
}

/** The local period an instant is in: its date and hour, date, week's first date, or month. */
function label(at: number, interval: UsageInterval, timeZone: string, weekStartsOn: number) {
  const { year, month, day, hour } = wallIn(at, timeZone)
  const date = Date.UTC(year, month - 1, day)
  if (interval === 'hour') return `${iso(date)}T${hour}`
  if (interval === 'day') return iso(date)
  if (interval === 'month') return iso(date).slice(0, 7)
  const weekday = new Date(date).getUTCDay()
  return iso(date - ((weekday - weekStartsOn + 7) % 7) * DAY)
}
const iso = (at: number) => new Date(at).toISOString().slice(0, 10)

const CATEGORIES = ['inference', 'storage', 'search', 'egress', 'ingest', 'training', 'ocr', 'tts']

const ledgerArbitrary = (origin: number, span: number) =>
  fc
    .array(
      fc.record({
        offset: fc.integer({ min: 0, max: span }),
        kind: fc.constantFrom('usage', 'usage', 'usage', 'grant', 'expiration'),
        pending: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
        digits: fc.integer({ min: 0, max: 1_000_000 }),
        places: fc.integer({ min: 0, max: 4 }),
        hasCredits: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
        category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
        metric: fc.option(fc.constantFrom('tokens', 'pages', 'seconds'), { nil: null }),
      }),
      { maxLength: 80 },
    )
    .map((rows) =>
      rows.map((row, i) =>
        entry({
          id: `e${i}`,
          kind: row.kind as LedgerEntry['kind'],
          pending: row.pending,
          occurredAt: new Date(origin + row.offset).toISOString(),
          credits: row.hasCredits ? -Number(`${row.digits}e-${row.places}`) : null,
          category: row.category,
          metric: row.metric,
        }),
      ),
    )

const caseArbitrary = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    interval: fc.constantFrom(...INTERVALS),
    origin: fc.constantFrom(...ORIGINS),
    weekStartsOn: fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<WeekStart>,
    groupBy: fc.constantFrom<UsageGroupBy>('category', 'metric', 'none'),
    top: fc.integer({ min: 1, max: 8 }),
    range: fc.option(
      fc.tuple(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
    ),
  })
  .chain((c) =>
    ledgerArbitrary(c.origin, SPAN[c.interval]).map((entries) => {
      const span = SPAN[c.interval]
      const [a, b] = (c.range ?? [0, 1]).slice().sort((x, y) => x - y) as [number, number]
      const range =
        c.range === null
          ? {}
          : {
              from: new Date(c.origin + Math.floor(a * span)).toISOString(),
              to: new Date(c.origin + Math.floor(b * span)).toISOString(),
            }
      return { ...c, ...range, entries }
    }),
  )

/** The usage the breakdown should count: posted usage with credits, inside the range. */
function usageOf(entries: readonly LedgerEntry[], from?: string, to?: string) {
  return entries.filter(
    (e) =>
      !e.pending &&
      e.kind === 'usage' &&
      e.credits !== null &&
      (from === undefined || e.occurredAt >= from) &&
      (to === undefined || e.occurredAt <= to),
  )
}

describe('usageBreakdown (properties, explicit zones)', () => {
  it('sums every bucket to the usage in range, exactly, and groups and values agree', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const result = usageBreakdown(c.entries, c)
        const used = usageOf(c.entries, c.from, c.to).map((e) => -(e.credits as number))
        expect(result.total).toBe(sumExact(used))
        expect(sumExact(result.buckets.map((b) => b.total))).toBe(result.total)
        expect(sumExact(result.groups.map((g) => g.total))).toBe(result.total)
        for (const bucket of result.buckets) {
          expect(bucket.values).toHaveLength(result.groups.length)
          expect(sumExact(bucket.values)).toBe(bucket.total)
        }
        result.groups.forEach((group, i) => {
          expect(sumExact(result.buckets.map((b) => b.values[i] as number))).toBe(group.total)
        })
      }),
    )
  })

  it('puts every entry in the bucket whose local period (by Intl in the zone) is its own', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { buckets } = usageBreakdown(c.entries, c)
        for (const e of usageOf(c.entries, c.from, c.to)) {
          const at = Date.parse(e.occurredAt)
          const holding = buckets.filter((b) => Date.parse(b.start) <= at && at < Date.parse(b.end))
          expect(holding).toHaveLength(1)
          const start = Date.parse((holding[0] as { start: string }).start)
          expect(label(at, c.interval, c.timeZone, c.weekStartsOn)).toBe(
            label(start, c.interval, c.timeZone, c.weekStartsOn),
          )
        }
      }),
    )
  })

  it('cuts buckets with no gap or overlap, each exactly one local period, zero-filled', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { buckets } = usageBreakdown(c.entries, c)
        const at = (iso: string) => Date.parse(iso)
        buckets.forEach((bucket, i) => {
          const start = at(bucket.start)
          const end = at(bucket.end)
          expect(start).toBeLessThan(end)
          if (i > 0) expect(bucket.start).toBe(buckets[i - 1]?.end)
          const own = label(start, c.interval, c.timeZone, c.weekStartsOn)
          // The whole bucket is one period, and the next instant starts another.
          expect(label(end - 1, c.interval, c.timeZone, c.weekStartsOn)).toBe(own)
          expect(label(end, c.interval, c.timeZone, c.weekStartsOn)).not.toBe(own)
          expect(label(start - 1, c.interval, c.timeZone, c.weekStartsOn)).not.toBe(own)
        })
        const used = usageOf(c.entries, c.from, c.to).map((e) => at(e.occurredAt))
        const first = c.from === undefined ? Math.min(...used) : at(c.from)
        const last = c.to === undefined ? Math.max(...used) : at(c.to)
        if (buckets.length > 0) {
          expect(at((buckets[0] as { start: string }).start)).toBeLessThanOrEqual(first)
          expect(at((buckets[buckets.length - 1] as { end: string }).end)).toBeGreaterThan(last)
        } else {
          expect(used).toHaveLength(0)
        }
      }),
    )
  })

  it('keeps the largest `top` groups, largest first, and merges the rest into one last group', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { groups } = usageBreakdown(c.entries, c)
        const usage = usageOf(c.entries, c.from, c.to)
        const keyOf = (e: LedgerEntry) =>
          c.groupBy === 'none' ? null : c.groupBy === 'category' ? e.category : e.metric
        const distinct = new Set(usage.map(keyOf)).size
        expect(groups).toHaveLength(Math.min(distinct, c.top + 1))
        const kept = groups.filter((g) => !g.other)
        expect(kept).toHaveLength(Math.min(distinct, c.top))
        for (let i = 1; i < kept.length; i++) {
          expect(kept[i - 1]?.total).toBeGreaterThanOrEqual(kept[i]?.total as number)
        }
        if (distinct > c.top) expect(groups[groups.length - 1]?.other).toBe(true)
        for (const group of kept) {
          const own = usage.filter((e) => keyOf(e) === group.key)
          expect(group.total).toBe(sumExact(own.map((e) => -(e.credits as number))))
        }
      }),
    )
  })
})
