import { describe, expect, it } from 'vitest'
import { entry } from '../../test/entries.js'
import { usageBreakdown } from './breakdown.js'

const HOUR = 3_600_000
const use = (occurredAt: string, credits: number, category: string | null = 'inference') =>
  entry({ id: occurredAt + credits, kind: 'usage', occurredAt, credits, category })
const hours = (b: { start: string; end: string }) =>
  (Date.parse(b.end) - Date.parse(b.start)) / HOUR

describe('usageBreakdown', () => {
  it('counts posted usage with credits as positive numbers, exactly, and nothing else', () => {
    const entries = [
      ...Array.from({ length: 1000 }, (_, i) => use(`2026-03-0${1 + (i % 3)}T12:00:00.000Z`, -0.1)),
      entry({ id: 'g', kind: 'grant', occurredAt: '2026-03-01T12:00:00.000Z', credits: 500 }),
      entry({ id: 'p', pending: true, occurredAt: '2026-03-01T12:00:00.000Z', credits: -7 }),
      entry({ id: 'n', kind: 'usage', occurredAt: '2026-03-01T12:00:00.000Z', credits: null }),
    ]
    const result = usageBreakdown(entries, { interval: 'day', timeZone: 'UTC' })
    expect(result.total).toBe(100)
    expect(result.buckets.map((b) => b.total)).toEqual([33.4, 33.3, 33.3])
    expect(result.groups).toEqual([{ key: 'inference', total: 100 }])
  })

  it('makes a DST day 23 or 25 hours long (Los Angeles, Chatham)', () => {
    const la = usageBreakdown([use('2026-03-07T20:00:00.000Z', -1)], {
      interval: 'day',
      timeZone: 'America/Los_Angeles',
      to: '2026-11-02T20:00:00.000Z',
    })
    const byDate = new Map(la.buckets.map((b) => [b.start, hours(b)]))
    expect(byDate.get('2026-03-08T08:00:00.000Z')).toBe(23)
    expect(byDate.get('2026-11-01T07:00:00.000Z')).toBe(25)
    expect(la.buckets.filter((b) => hours(b) !== 24)).toHaveLength(2)

    const chatham = usageBreakdown([], {
      interval: 'day',
      timeZone: 'Pacific/Chatham',
      from: '2026-04-04T00:00:00.000Z',
      to: '2026-04-05T00:00:00.000Z',
    })
    // 2026-04-05 in Chatham: clocks go back from 3:45 to 2:45, so the day is 25 hours.
    expect(chatham.buckets.map(hours)).toEqual([24, 25])
    expect(chatham.buckets[0]?.start).toBe('2026-04-03T10:15:00.000Z')
  })

  it('gives the hour repeated in autumn one two-hour bucket and the skipped spring hour none', () => {
    const spring = usageBreakdown([], {
      interval: 'hour',
      timeZone: 'America/Los_Angeles',
      from: '2026-03-08T08:00:00.000Z', // 0:00 PST
      to: '2026-03-08T10:30:00.000Z', // 3:30 PDT
    })
    expect(spring.buckets.map((b) => [b.start.slice(11, 16), hours(b)])).toEqual([
      ['08:00', 1],
      ['09:00', 1],
      ['10:00', 1],
    ])
    const autumn = usageBreakdown([], {
      interval: 'hour',
      timeZone: 'America/Los_Angeles',
      from: '2026-11-01T08:00:00.000Z', // 1:00 PDT
      to: '2026-11-01T10:00:00.000Z', // 2:00 PST
    })
    expect(autumn.buckets.map(hours)).toEqual([2, 1])
  })

  it("splits Chatham's 2:45 to 3:45 jump into a 45-minute hour 2 and a 15-minute hour 3", () => {
    // Found by the property test: hour 3 once started at 4:00, so 3:45 to 4:00 was counted as hour 2.
    const chatham = usageBreakdown([use('2026-09-26T14:05:00.000Z', -1)], {
      interval: 'hour',
      timeZone: 'Pacific/Chatham',
      from: '2026-09-26T13:15:00.000Z', // 2:00 +12:45
      to: '2026-09-26T14:20:00.000Z', // 4:05 +13:45
    })
    expect(chatham.buckets.map((b) => [b.start.slice(11, 16), hours(b) * 60, b.total])).toEqual([
      ['13:15', 45, 0],
      ['14:00', 15, 1],
      ['14:15', 60, 0],
    ])
  })

  it('cuts hours on the half hour in Kolkata, weeks from weekStartsOn, months from the 1st', () => {
    const entries = [use('2026-05-13T06:10:00.000Z', -2)] // 11:40 in Kolkata, a Wednesday
    const hour = usageBreakdown(entries, { interval: 'hour', timeZone: 'Asia/Kolkata' })
    expect(hour.buckets[0]).toMatchObject({ start: '2026-05-13T05:30:00.000Z', total: 2 })
    const monday = usageBreakdown(entries, { interval: 'week', timeZone: 'Asia/Kolkata' })
    expect(monday.buckets[0]?.start).toBe('2026-05-10T18:30:00.000Z') // Monday 11 May, 0:00
    const sunday = usageBreakdown(entries, {
      interval: 'week',
      timeZone: 'Asia/Kolkata',
      weekStartsOn: 0,
    })
    expect(sunday.buckets[0]?.start).toBe('2026-05-09T18:30:00.000Z')
    const month = usageBreakdown(entries, { interval: 'month', timeZone: 'America/Los_Angeles' })
    expect(month.buckets[0]).toMatchObject({
      start: '2026-05-01T07:00:00.000Z',
      end: '2026-06-01T07:00:00.000Z',
    })
  })

  it('zero-fills every bucket between the first and the last usage', () => {
    const result = usageBreakdown(
      [use('2026-01-01T10:00:00.000Z', -1), use('2026-01-04T10:00:00.000Z', -2)],
      { interval: 'day', timeZone: 'UTC' },
    )
    expect(result.buckets.map((b) => [b.start.slice(0, 10), b.total, b.values])).toEqual([
      ['2026-01-01', 1, [1]],
      ['2026-01-02', 0, [0]],
      ['2026-01-03', 0, [0]],
      ['2026-01-04', 2, [2]],
    ])
  })

  it('orders groups by total, merges those beyond top into `other` last, keys null without one', () => {
    const entries = [
      use('2026-01-01T10:00:00.000Z', -1, 'a'),
      use('2026-01-01T11:00:00.000Z', -5, 'b'),
      use('2026-01-02T10:00:00.000Z', -3, null),
      use('2026-01-02T11:00:00.000Z', -2, 'c'),
    ]
    const result = usageBreakdown(entries, { interval: 'day', timeZone: 'UTC', top: 2 })
    expect(result.groups).toEqual([
      { key: 'b', total: 5 },
      { key: null, total: 3 },
      { key: null, total: 3, other: true },
    ])
    expect(result.buckets.map((b) => b.values)).toEqual([
      [5, 0, 1],
      [0, 3, 2],
    ])
  })

  it('groups by metric, or into one group with groupBy none', () => {
    const entries = [
      entry({ id: '1', occurredAt: '2026-01-01T10:00:00.000Z', credits: -1, metric: 'tokens' }),
      entry({ id: '2', occurredAt: '2026-01-01T11:00:00.000Z', credits: -2, metric: 'pages' }),
    ]
    const metric = usageBreakdown(entries, { interval: 'day', timeZone: 'UTC', groupBy: 'metric' })
    expect(metric.groups.map((g) => g.key)).toEqual(['pages', 'tokens'])
    const none = usageBreakdown(entries, { interval: 'day', timeZone: 'UTC', groupBy: 'none' })
    expect(none.groups).toEqual([{ key: null, total: 3 }])
  })

  it('covers an explicit range, leaving out entries outside it, and is empty without usage', () => {
    const entries = [use('2026-01-01T10:00:00.000Z', -1), use('2026-01-05T10:00:00.000Z', -2)]
    const result = usageBreakdown(entries, {
      interval: 'day',
      timeZone: 'UTC',
      from: '2026-01-02T00:00:00.000Z',
      to: '2026-01-05T10:00:00.000Z',
    })
    expect(result.buckets).toHaveLength(4)
    expect(result.total).toBe(2)
    expect(usageBreakdown([], { interval: 'day', timeZone: 'UTC' })).toEqual({
      groups: [],
      buckets: [],
      total: 0,
    })
  })

  it('rejects a bad zone, interval, grouping, range or top with a message naming it', () => {
    const bad = (options: object) => () =>
      usageBreakdown([], { interval: 'day', timeZone: 'UTC', ...options })
    expect(bad({ timeZone: 'Mars/Olympus' })).toThrow(/unknown time zone "Mars\/Olympus"/)
    expect(bad({ interval: 'fortnight' })).toThrow(/interval must be/)
    expect(bad({ groupBy: 'model' })).toThrow(/groupBy must be/)
    expect(bad({ top: 0 })).toThrow(/top must be a whole number of at least 1/)
    expect(bad({ weekStartsOn: 7 })).toThrow(/weekStartsOn/)
    expect(bad({ from: 'yesterday' })).toThrow(/from must be an ISO instant/)
    expect(bad({ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' })).toThrow(
      /from .* is after to/,
    )
    expect(
      bad({ interval: 'hour', from: '2000-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }),
    ).toThrow(/more than 100000 hour buckets/)
  })

  it('stays exact past the integer range, through BigInt', () => {
    const result = usageBreakdown(
      [use('2026-01-01T10:00:00.000Z', -1e300), use('2026-01-01T11:00:00.000Z', -1e-300)],
      { interval: 'day', timeZone: 'UTC' },
    )
    expect(result.total).toBe(1e300)
    expect(result.groups[0]?.total).toBe(1e300)
  })
})
