/**
 * The documented-shape walk through the ledger endpoint over real HTTP (issue 20 §2): a Vayu
 * ledger past a full page is read to its end, and where the end cannot be established the
 * endpoint's response and a remote source over it say `complete: false`.
 */
import { createVayuMock, VAYU_CUSTOMER_ID, type VayuMockOptions } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { setupLoopback } from '../../../test/loopback.js'
import { createLedgerReader } from '../../reader/index.js'
import { readAll } from '../../reader/read-all.js'
import { createRemoteSource } from '../../remote/source.js'
import { createLedgerHandler, type LedgerResponseBody } from '../../server/index.js'
import { createVayuSource } from './source.js'

const loop = setupLoopback()

async function firstPage(options: VayuMockOptions) {
  const mock = loop.use(createVayuMock({ size: 2500, ...options }))
  const source = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: 'test-token' })
  const url = await loop.serve(createLedgerHandler({ source }))
  const response = await fetch(`${url}?pageSize=50`)
  expect(response.status).toBe(200)
  return { url, mock, body: (await response.json()) as LedgerResponseBody }
}

describe('Vayu through the ledger endpoint', () => {
  it('reads a 2,500-entry documented-shape ledger to its end: total 2,500, newest first', async () => {
    const { body, mock } = await firstPage({})
    expect(body.total).toBe(2500)
    expect(body.complete).toBeUndefined()
    const newest = Math.max(...mock.timeline.events.map((event) => event.at))
    expect(body.entries[0]?.occurredAt).toBe(new Date(newest).toISOString())
    expect(mock.requests).toHaveLength(3)
  })

  it('says complete: false where the provider ignores the cursor, and the remote source passes it on', async () => {
    const { body, url } = await firstPage({ pagination: 'first-page-only' })
    expect(body.complete).toBe(false)
    expect(body.total).toBe(1000)
    const remote = createRemoteSource({ url, balance: false })
    expect((await readAll(createLedgerReader(remote), { pageSize: 500 })).complete).toBe(false)
  })
})
