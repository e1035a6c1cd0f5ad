/**
 * For every provider: whatever JSON arrives, the source answers with entries or a `malformed`
 * LedgerError naming a JSON path, never another exception; the fast hot-path check accepts
 * exactly what the provider's reference schema accepts; and a rejection names the damaged place.
 */
import fc from 'fast-check'
import { http, HttpResponse } from 'msw'
import { createLedgerBody } from '@usage-kit/mocks'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { isLedgerError } from '@usage-kit/core'
import { REJECTED } from '../src/internal/read-checked.js'
import { firstBadPath } from '../src/internal/validate.js'
import { mutatedBody, mutation } from './json-mutation.js'
import { setupMockServer } from './mock-server.js'
import { PROVIDERS } from './providers.js'

const use = setupMockServer()

function fastAccepts(parse: (body: unknown) => unknown, body: unknown): boolean {
  try {
    parse(body)
    return true
  } catch (error) {
    if (error === REJECTED) return false
    throw error
  }
}

describe.each(PROVIDERS)(
  '$provider response validation',
  ({ provider, source, ledgerUrl, parse, schema }) => {
    const valid = createLedgerBody(provider, { size: 6, seed: 3 })

    it('accepts its own documented shape', () => {
      expect(fastAccepts(parse, valid)).toBe(true)
      expect(v.safeParse(schema, valid).success).toBe(true)
    })

    it('the fast check and the schema agree on bodies one mutation away from valid (property)', () => {
      fc.assert(
        fc.property(mutatedBody(valid), (body) => {
          expect(fastAccepts(parse, body)).toBe(v.safeParse(schema, body).success)
        }),
        { numRuns: 400 },
      )
    })

    it('names the damaged place, or a field of the record it sits in (property)', () => {
      fc.assert(
        fc.property(mutation(valid), ({ body, path }) => {
          if (fastAccepts(parse, body)) return
          // Damage can make a record invalid elsewhere (a changed `type` asks for other fields),
          // so the named path lies in the record that holds the damaged place.
          const record = path.replace(/(\.[^.[]+|\[\d+\])$/, '')
          expect(firstBadPath(body, parse).startsWith(record)).toBe(true)
        }),
        { numRuns: 400 },
      )
    })

    it('answers random JSON with a malformed LedgerError naming a path, never another error (property)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), mutatedBody(valid)), async (body) => {
          use({ handlers: [http.get(ledgerUrl, () => HttpResponse.json(body as never))] } as never)
          const outcome = await source()
            .fetchPage({ pageSize: 10, query: {} })
            .then(
              () => 'ok' as const,
              (error: unknown) => error,
            )
          if (outcome === 'ok') return
          expect(isLedgerError(outcome)).toBe(true)
          expect(outcome).toMatchObject({ kind: 'malformed', provider })
          expect((outcome as { path: string }).path).toMatch(/^\$/)
        }),
        { numRuns: 150 },
      )
    }, 30_000)
  },
)
