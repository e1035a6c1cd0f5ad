import { delay, http, HttpResponse } from 'msw'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { failure, setupMockServer } from '../test/mock-server.js'
import { createProviderGet } from './http.js'
import { reject } from './internal/read-checked.js'
import { createSlicer } from './internal/slicer.js'
import { parseBodyInSlices } from './internal/validate.js'
import { createMonkSource } from './providers/monk/source.js'

const use = setupMockServer()
const ledgerUrl = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`
const source = (timeoutMs?: number) =>
  createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token', timeoutMs })
const serve = (handler: Parameters<typeof http.get>[1]) =>
  use({ handlers: [http.get(ledgerUrl, handler)] } as never)

describe('timeoutMs', () => {
  it('fails a provider that never answers as network, saying it timed out', async () => {
    serve(async () => {
      await delay('infinite')
      return HttpResponse.json({})
    })
    const error = await failure(source(50).fetchPage({ pageSize: 50, query: {} }))
    expect(error.kind).toBe('network')
    expect(error.providerMessage).toBe('timed out: no complete response within 50 ms')
  })

  it('covers the body read: headers on time, then a body that stalls', async () => {
    serve(() => {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"data":{"entries":['))
          // ...and nothing more, ever.
        },
      })
      return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } })
    })
    const error = await failure(source(50).fetchPage({ pageSize: 50, query: {} }))
    expect(error.kind).toBe('network')
    expect(error.providerMessage).toMatch(/^timed out/)
  })

  it("keeps the caller's abort as aborted, not a timeout", async () => {
    serve(async () => {
      await delay('infinite')
      return HttpResponse.json({})
    })
    const controller = new AbortController()
    const page = source(10_000).fetchPage({ pageSize: 50, query: {}, signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect((await failure(page)).kind).toBe('aborted')
  })

  it('waits past the default with 0 or Infinity, and reads a normal ledger within it', async () => {
    use(createMonkMock({ size: 20, scenario: 'slow', delayMs: 80 }))
    for (const none of [0, Infinity]) {
      expect((await source(none).fetchPage({ pageSize: 50, query: {} })).entries).toHaveLength(20)
    }
    expect((await source().fetchPage({ pageSize: 50, query: {} })).entries).toHaveLength(20)
  })

  it('refuses a negative or NaN timeoutMs when the source is made', () => {
    for (const bad of [-1, Number.NaN]) expect(() => source(bad)).toThrow(RangeError)
  })
})

describe('generator parsers', () => {
  const rows = Array.from({ length: 50 }, (_, i) => i)
  function* sum(body: unknown) {
    let total = 0
    for (const row of (body as { rows: unknown[] }).rows) {
      if (typeof row !== 'number') reject()
      total += row
      yield
    }
    return total
  }

  it('gives the event loop a turn between slices of rows, keeping state across them', async () => {
    let ranBetween = false
    setImmediate(() => (ranBetween = true))
    const slicer = createSlicer(undefined, 0)
    const parsing = parseBodyInSlices('monk', { rows }, sum, undefined, slicer)
    expect(ranBetween).toBe(false)
    expect(await parsing).toBe(1225)
    expect(ranBetween).toBe(true)
    expect(slicer.yields).toBe(rows.length)
  })

  it('names the path of the bad row, as a plain parser does', async () => {
    const error = await failure(parseBodyInSlices('monk', { rows: [1, 2, 'x'] }, sum))
    expect(error).toMatchObject({ kind: 'malformed', path: '$.rows[2]' })
  })

  it('is what a provider GET runs', async () => {
    serve(() => HttpResponse.json({ rows }))
    const get = createProviderGet('monk', { baseUrl: 'https://api.monk.com' }, () => ({
      code: null,
      message: null,
    }))
    await expect(
      get(`/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`, sum, undefined),
    ).resolves.toBe(1225)
  })
})
