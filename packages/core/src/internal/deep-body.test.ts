import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { failure, setupMockServer } from '../../test/mock-server.js'
import { VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { PROVIDERS } from '../../test/providers.js'
import { MAX_JSON_DEPTH } from './json-text.js'

const use = setupMockServer()
const DEEP = 50_000

/** A valid body of the provider's mock with `extra` nested `depth` arrays deep in its first row. */
async function deepBody(ledgerUrl: string, depth: number): Promise<string> {
  // Vayu needs its customer; the other mocks ignore the parameter.
  const response = await fetch(`${ledgerUrl}?customerId=${VAYU_CUSTOMER_ID}`, {
    headers: { Authorization: 'Bearer test-token' },
  })
  const text = await response.text()
  // The first row is the first object after the rows array opens: add the field at its start.
  const at = text.search(/\[\s*\{/) + 1
  const extra = `"extra":${'['.repeat(depth)}${']'.repeat(depth)},`
  return `${text.slice(0, at + 1)}${extra}${text.slice(at + 1)}`
}

describe('a provider row with a field nested 50,000 levels deep', () => {
  for (const c of PROVIDERS) {
    it(`${c.provider}: fails as malformed with the path where the depth limit is crossed`, async () => {
      use(c.mock({ size: 3 }))
      const text = await deepBody(c.ledgerUrl, DEEP)
      use({
        handlers: [
          http.get(
            c.ledgerUrl,
            () => new HttpResponse(text, { headers: { 'Content-Type': 'application/json' } }),
          ),
        ],
      } as never)
      const error = await failure(c.source().fetchPage({ pageSize: 50, query: {} }))
      expect(error.kind).toBe('malformed')
      expect(error.providerMessage).toBe(`the response nests deeper than ${MAX_JSON_DEPTH} levels`)
      // The first row's `extra`, then [0] for every level below it until the limit.
      const rowPath = /^\$(?:\.\w+)+\[0\]\.extra/.exec(error.path ?? '')?.[0] ?? ''
      expect(rowPath).not.toBe('')
      const levels = rowPath.split(/\.|\[/).length - 1
      expect(error.path).toBe(`${rowPath}${'[0]'.repeat(MAX_JSON_DEPTH - levels)}`)
    })
  }
})
