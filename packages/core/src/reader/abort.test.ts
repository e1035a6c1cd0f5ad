import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeEntries } from '../../test/entries.js'
import { createMemorySource } from '../../test/memory-source.js'
import { LedgerError, type LedgerErrorKind } from '../errors.js'
import type { LedgerSource } from '../source.js'
import { createLedgerReader } from './index.js'

/** Rejects as a source does when its request is aborted. */
function abortedBy(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new LedgerError({ kind: 'aborted', provider: 'synap' }))
    if (signal?.aborted) fail()
    else signal?.addEventListener('abort', fail, { once: true })
  })
}

/** A paged source with a balance endpoint whose requests hang until they are aborted. */
function hangingSource(): LedgerSource {
  const { source } = createMemorySource(makeEntries(30, 1), 'page')
  return {
    ...source,
    fetchPage: ({ signal }) => abortedBy(signal),
    fetchBalance: ({ signal } = {}) => abortedBy(signal),
  }
}

describe('an aborted read', () => {
  const unhandled: unknown[] = []
  const record = (reason: unknown) => unhandled.push(reason)
  beforeEach(() => {
    unhandled.length = 0
    process.on('unhandledRejection', record)
  })
  afterEach(() => {
    process.off('unhandledRejection', record)
  })

  it('rejects with kind aborted and leaves no rejection unhandled (the balance read beside it)', async () => {
    const controller = new AbortController()
    const reader = createLedgerReader(hangingSource())
    const read = reader.readPage({
      query: {},
      pageSize: 10,
      pageParam: null,
      signal: controller.signal,
    })
    controller.abort()
    const error = await read.catch((e: unknown) => e)
    expect((error as LedgerError).kind).toBe<LedgerErrorKind>('aborted')
    // Node reports unhandled rejections after the microtask queue drains.
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(unhandled).toEqual([])
  })
})
