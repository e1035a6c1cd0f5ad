import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createTimeline } from './timeline.js'

describe('createTimeline', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(createTimeline({ size: 300, seed: 9 }).events).toEqual(
      createTimeline({ size: 300, seed: 9 }).events,
    )
    expect(createTimeline({ size: 300, seed: 9 }).events).not.toEqual(
      createTimeline({ size: 300, seed: 10 }).events,
    )
  })

  it('has the requested size, time order, a consistent running balance and every kind (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer(), (size, seed) => {
        const timeline = createTimeline({ size, seed })
        const { events } = timeline
        expect(events).toHaveLength(size)
        let balance = 0
        events.forEach((event, i) => {
          expect(event.seq).toBe(i)
          expect(Number.isInteger(event.centi)).toBe(true)
          if (i > 0) expect(event.at).toBeGreaterThanOrEqual((events[i - 1] as { at: number }).at)
          expect(event.at).toBeLessThan(Date.UTC(2026, 10, 1))
          balance += event.centi
          expect(event.balanceAfterCenti).toBe(balance)
        })
        expect(timeline.balanceCenti()).toBe(balance)
      }),
      { numRuns: 40 },
    )
    const kinds = new Set(createTimeline({ size: 3000, seed: 1 }).events.map((e) => e.kind))
    expect([...kinds].sort()).toEqual(['adjustment', 'expiration', 'grant', 'reversal', 'usage'])
  })

  it('links usage and expirations to earlier grants', () => {
    const { events } = createTimeline({ size: 2000, seed: 4 })
    for (const event of events.filter((e) => e.grantSeq !== null)) {
      const grant = events[event.grantSeq as number]
      expect(grant?.kind).toBe('grant')
      expect(grant?.at).toBeLessThanOrEqual(event.at)
    }
  })

  it('appends newer usage that keeps the balance consistent', () => {
    const timeline = createTimeline({ size: 50, seed: 2 })
    const newest = timeline.events.at(-1)?.at ?? 0
    const added = timeline.append(5)
    expect(added.length).toBeGreaterThanOrEqual(5)
    expect(added.every((e) => e.at > newest)).toBe(true)
    expect(timeline.balanceCenti()).toBe(timeline.events.reduce((sum, e) => sum + e.centi, 0))
  })

  it('generates 100,000 events', () => {
    expect(createTimeline({ size: 100_000, seed: 1 }).events).toHaveLength(100_000)
  })
})
