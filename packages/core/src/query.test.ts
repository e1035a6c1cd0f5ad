import { describe, expect, it } from 'vitest'
import { entry } from '../test/entries.js'
import { applyQuery, isQueryEmpty, normalizeQuery } from './query.js'

describe('LedgerQuery', () => {
  it('normalizes to one canonical form', () => {
    expect(
      normalizeQuery({
        kinds: ['usage', 'grant', 'usage'],
        from: '2026-03-01',
        to: '2026-03-31T23:59:59+02:00',
        categories: [' retrieval', 'ingestion', 'retrieval', ''],
        search: '  tokens ',
      }),
    ).toEqual({
      kinds: ['grant', 'usage'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T21:59:59.000Z',
      categories: ['ingestion', 'retrieval'],
      search: 'tokens',
    })
    expect(normalizeQuery({ kinds: [], categories: [], search: ' ' })).toEqual({})
    expect(isQueryEmpty(normalizeQuery({ search: '' }))).toBe(true)
  })

  it('says clearly what is wrong with bad input', () => {
    expect(() => normalizeQuery({ from: 'yesterday' })).toThrow(
      'LedgerQuery.from "yesterday" is not an ISO-8601 date',
    )
    expect(() => normalizeQuery({ from: '2026-03-02', to: '2026-03-01' })).toThrow(/is after/)
    expect(() => normalizeQuery({ kinds: ['refund' as never] })).toThrow(
      'Unknown entry kind "refund"',
    )
  })

  it('filters by kind, inclusive range, category and text over description, category, metric and id', () => {
    const rows = [
      entry({
        id: 'a',
        kind: 'grant',
        occurredAt: '2026-03-01T00:00:00.000Z',
        category: 'purchase',
      }),
      entry({ id: 'b', occurredAt: '2026-03-02T00:00:00.000Z', metric: 'llm_input_tokens' }),
      entry({ id: 'c', occurredAt: '2026-03-03T00:00:00.000Z', description: 'Enhanced 6 rows' }),
      entry({ id: 'tx_9', occurredAt: '2026-03-04T00:00:00.000Z', category: 'retrieval' }),
    ]
    const ids = (q: Parameters<typeof normalizeQuery>[0]) =>
      applyQuery(rows, normalizeQuery(q)).map((e) => e.id)
    expect(ids({ kinds: ['grant'] })).toEqual(['a'])
    expect(ids({ from: '2026-03-02T00:00:00Z', to: '2026-03-03T00:00:00Z' })).toEqual(['b', 'c'])
    expect(ids({ categories: ['retrieval', 'purchase'] })).toEqual(['a', 'tx_9'])
    expect(ids({ search: 'INPUT' })).toEqual(['b'])
    expect(ids({ search: 'enhanced' })).toEqual(['c'])
    expect(ids({ search: 'TX_' })).toEqual(['tx_9'])
    expect(ids({})).toEqual(['a', 'b', 'c', 'tx_9'])
  })

  it('finds the entries drawn from a grant by searching its id', () => {
    const rows = [
      entry({ id: 'grant-7f3a', kind: 'grant', credits: 100 }),
      entry({ id: 'use-1', kind: 'usage', credits: -5, grantId: 'grant-7f3a' }),
      entry({ id: 'use-2', kind: 'usage', credits: -5, grantId: 'grant-0b12' }),
      entry({ id: 'exp-1', kind: 'expiration', credits: -95, grantId: 'grant-7f3a' }),
    ]
    const found = applyQuery(rows, normalizeQuery({ search: 'grant-7f3a' })).map((e) => e.id)
    expect(found).toEqual(['grant-7f3a', 'use-1', 'exp-1'])
  })
})
