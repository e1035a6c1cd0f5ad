import { ENTRY_KINDS, normalizeQuery, type LedgerQuery } from '@usage-kit/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { queryFromSearch, searchWithQuery } from './url.js'

const OWN = new Set(['kinds', 'from', 'to', 'categories', 'q'])

/** Every parameter that is not the kit's, as URLSearchParams reads them. */
function others(search: string): [string, string][] {
  return [...new URLSearchParams(search)].filter(([name]) => !OWN.has(name))
}

describe('queryFromSearch', () => {
  it('reads every part into a normalized query', () => {
    expect(
      queryFromSearch(
        '?kinds=usage,grant&from=2026-03-01&to=2026-03-31T23:59:59.999Z' +
          '&categories=storage,api%2Ccompute&q=top+up%20fee',
      ),
    ).toEqual({
      kinds: ['grant', 'usage'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-31T23:59:59.999Z',
      categories: ['api,compute', 'storage'],
      search: 'top up fee',
    })
  })

  it('takes a search with or without its "?" and reads nothing from an empty one', () => {
    expect(queryFromSearch('kinds=usage')).toEqual({ kinds: ['usage'] })
    expect(queryFromSearch('')).toEqual({})
    expect(queryFromSearch('?')).toEqual({})
    expect(queryFromSearch('?page=2&sort=asc')).toEqual({})
  })

  it('reads values other writers encoded differently', () => {
    expect(
      queryFromSearch(
        '?kinds=grant%2Cusage&from=2026-03-01T00%3A00%3A00.000Z&to=2026-03-02T00:00:00+01:00',
      ),
    ).toEqual({
      kinds: ['grant', 'usage'],
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-01T23:00:00.000Z',
    })
  })

  it('ignores what a hand-edited URL gets wrong', () => {
    expect(queryFromSearch('?kinds=usage,bogus,,GRANT,%E0')).toEqual({ kinds: ['usage'] })
    expect(queryFromSearch('?from=yesterday&to=2026-02-30')).toEqual({})
    expect(queryFromSearch('?from=2026-02-30&to=2026-03-01')).toEqual({
      to: '2026-03-01T00:00:00.000Z',
    })
    // Crossed bounds: neither can be trusted over the other.
    expect(queryFromSearch('?from=2026-04-01&to=2026-03-01')).toEqual({})
    expect(queryFromSearch('?q=100%&categories=%E0%A4%A,ok')).toEqual({
      search: '100%',
      categories: ['%E0%A4%A', 'ok'],
    })
    expect(queryFromSearch('?q=%20%20&categories=,,&kinds=')).toEqual({})
    // The first of a repeated parameter counts, as with URLSearchParams#get.
    expect(queryFromSearch('?q=first&q=second')).toEqual({ search: 'first' })
  })

  it('property: never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (search) => {
        queryFromSearch(search)
        queryFromSearch(`?kinds=${search}&from=${search}&categories=${search}&q=${search}`)
      }),
    )
  })
})

describe('searchWithQuery', () => {
  const query: LedgerQuery = {
    kinds: ['usage', 'grant'],
    from: '2026-03-01',
    to: '2026-03-31T23:59:59.999Z',
    categories: ['storage', 'api,compute'],
    search: 'top up & more',
  }

  it('writes every part, readable and with commas inside categories encoded', () => {
    expect(searchWithQuery('', query)).toBe(
      '?kinds=grant,usage&from=2026-03-01T00:00:00.000Z&to=2026-03-31T23:59:59.999Z' +
        '&categories=api%2Ccompute,storage&q=top+up+%26+more',
    )
    expect(searchWithQuery('?', {})).toBe('')
  })

  it('keeps other parameters as written and where they were', () => {
    expect(searchWithQuery('?utm=a%20b&kinds=expiration&x=1+2&flag', { kinds: ['usage'] })).toBe(
      '?utm=a%20b&kinds=usage&x=1+2&flag',
    )
    expect(searchWithQuery('page=2', { search: 'x' })).toBe('?page=2&q=x')
  })

  it('removes the parts the query does not have, repeated ones included', () => {
    expect(searchWithQuery('?q=old&page=2&kinds=usage&q=older', { kinds: ['grant'] })).toBe(
      '?page=2&kinds=grant',
    )
    expect(searchWithQuery('?q=old&from=2026-03-01', {})).toBe('')
  })

  it('survives half of a pasted emoji', () => {
    expect(searchWithQuery('', { search: 'a\uD83D' })).toBe('?q=a%EF%BF%BD')
  })

  it('rejects an invalid query, as normalizeQuery does', () => {
    expect(() => searchWithQuery('', { from: '2026-04-01', to: '2026-03-01' })).toThrow(RangeError)
  })

  it('property: round-trips to the normalized query and leaves other parameters alone', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 12 })
    const instant = fc
      .date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString())
    const queries = fc.record(
      {
        kinds: fc.subarray([...ENTRY_KINDS]),
        range: fc.tuple(fc.option(instant), fc.option(instant)),
        categories: fc.array(text, { maxLength: 4 }),
        search: text,
      },
      { requiredKeys: [] },
    )
    const otherParams = fc.array(
      fc.tuple(
        fc.string({ unit: 'grapheme', maxLength: 6 }).filter((n) => !OWN.has(n)),
        fc.string({ unit: 'grapheme', maxLength: 6 }),
      ),
      { maxLength: 4 },
    )
    fc.assert(
      fc.property(queries, otherParams, ({ range, ...rest }, pairs) => {
        const [a, b] = range ?? [null, null]
        const [from, to] = a && b && a > b ? [b, a] : [a, b]
        const query: LedgerQuery = { ...rest, from: from ?? undefined, to: to ?? undefined }
        const before = new URLSearchParams(pairs).toString()
        const after = searchWithQuery(before, query)
        expect(queryFromSearch(after)).toEqual(normalizeQuery(query))
        expect(others(after)).toEqual(others(before))
        // Writing the same filters again changes nothing.
        expect(searchWithQuery(after, query)).toBe(after)
      }),
      { numRuns: 500 },
    )
  })
})
