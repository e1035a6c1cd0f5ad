import { describe, expect, it } from 'vitest'
import { makeEntries } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import { applyQuery, normalizeQuery } from '../query.js'
import { sortNewestFirst } from '../order.js'
import { createLedgerReader } from './index.js'
import { readAll } from './read-all.js'

describe('readAll', () => {
  it('reads every matching entry once, newest first, and says it is complete', async () => {
    const entries = makeEntries(230, 4)
    const query = normalizeQuery({ kinds: ['usage', 'grant'] })
    const progress: number[] = []
    const result = await readAll(createLedgerReader(createMemorySource(entries, 'offset').source), {
      query,
      pageSize: 50,
      onProgress: (read) => progress.push(read),
    })
    expect(result.complete).toBe(true)
    expect(result.entries.map((e) => e.id)).toEqual(
      applyQuery(sortNewestFirst(entries), query).map((e) => e.id),
    )
    expect(progress.at(-1)).toBe(result.entries.length)
  })

  it('stops at the page budget and says it is incomplete', async () => {
    const result = await readAll(
      createLedgerReader(createMemorySource(makeEntries(230, 4), 'page').source),
      {
        pageSize: 20,
        maxPages: 3,
      },
    )
    expect(result).toMatchObject({ complete: false })
    expect(result.entries).toHaveLength(60)
  })
})
