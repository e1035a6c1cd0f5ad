import { http, HttpResponse } from 'msw'
import {
  createMonkMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
} from '@usage-kit/mocks'
import { describe, expect, it, vi } from 'vitest'
import { rawText, setupLoopback } from '../../test/loopback.js'
import { LedgerError } from '../errors.js'
import { createMonkSource } from '../providers/monk/source.js'
import { createSynapSource } from '../providers/synap/source.js'
import { createVayuSource } from '../providers/vayu/source.js'
import type { LedgerSource } from '../source.js'
import { createLedgerHandler, type LedgerHandlerOptions } from './index.js'

const loop = setupLoopback()
// Distinctive, so a leak anywhere in a response is found by a plain substring search.
const TOKEN = 'sk_live_7Hc2QpZr9XvLmN4s'
const SECRET = 'a-shared-secret-of-at-least-32-characters'

const monk = (contractId = MONK_CONTRACT_ID) => createMonkSource({ contractId, token: TOKEN })
const useMonk = (options: MockOptions = {}) =>
  loop.use(createMonkMock({ token: TOKEN, size: 60, ...options }))

async function serve(options: Partial<LedgerHandlerOptions> = {}) {
  return loop.serve(createLedgerHandler({ source: monk(), ...options }))
}

async function getJson(url: string, init?: RequestInit) {
  const response = await fetch(url, init)
  return { response, body: (await response.json()) as unknown }
}

/** The first page's token, for the tests that tamper with it. */
async function firstToken(url: string, search = 'pageSize=10'): Promise<string> {
  const { body } = await getJson(`${url}?${search}`)
  const token = (body as { nextPageParam: unknown }).nextPageParam
  expect(token).toMatch(/^[\w-]+\.[\w-]+$/)
  return token as string
}

describe('createLedgerHandler: routes', () => {
  it('serves one reader page as JSON, never cached, with a signed token for the next', async () => {
    const mock = useMonk()
    const url = await serve()
    const { response, body } = await getJson(`${url}?pageSize=10&kinds=usage,grant`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    const page = body as { entries: { kind: string }[]; nextPageParam: string; total: number }
    expect(page.entries).toHaveLength(10)
    expect(page.entries.every((e) => e.kind === 'usage' || e.kind === 'grant')).toBe(true)
    expect(page.nextPageParam).toMatch(/^[\w-]+\.[\w-]+$/)
    expect(page.total).toBeGreaterThan(10)
    // The provider got the configured URL and credentials, nothing of the browser's.
    const sent = mock.requests[0] as Request
    expect(sent.url.startsWith(`https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/`)).toBe(true)
  })

  it('serves the balance at <mount>/balance, and 404 where the source has none', async () => {
    const mock = useMonk()
    const { response, body } = await getJson(`${await serve()}/balance`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(body).toEqual(await monk().fetchBalance?.({}))
    expect(body).toMatchObject({ credits: mock.timeline.balanceCenti() / 100 })

    loop.use(createVayuMock({ token: TOKEN, size: 10 }))
    const vayu = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: TOKEN })
    const missing = await getJson(
      `${await loop.serve(createLedgerHandler({ source: vayu }))}/balance`,
    )
    expect(missing.response.status).toBe(404)
    expect(missing.body).toEqual({
      error: {
        kind: 'not_found',
        message: 'This ledger has no balance endpoint.',
        parameter: null,
        retryAfterMs: null,
      },
    })
  })

  it('answers every method but GET with 405 and Allow: GET', async () => {
    const mock = useMonk()
    const url = await serve()
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']) {
      const response = await fetch(url, { method })
      expect(response.status, method).toBe(405)
      expect(response.headers.get('allow')).toBe('GET')
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      if (method !== 'HEAD') {
        expect(await response.json()).toMatchObject({ error: { kind: 'invalid_request' } })
      }
    }
    expect(mock.requests).toHaveLength(0)
  })

  it('passes nothing from the request to the provider: no URL, path or header (no SSRF)', async () => {
    const mock = useMonk()
    const url = await serve()
    const evil = `${url}/..%2F..%2Fhttps%3A%2F%2Fevil.example%2F?pageSize=5`
    const response = await fetch(evil, {
      headers: {
        'X-Forwarded-Host': 'evil.example',
        Authorization: 'Bearer browser-token',
        Cookie: 'session=abc',
        'X-Target': 'https://evil.example/',
      },
    })
    expect(response.status).toBe(200)
    // The ledger and its balance anchor, both at the configured contract.
    expect(mock.requests.map((r) => new URL(r.url).pathname).sort()).toEqual([
      `/v1/contracts/${MONK_CONTRACT_ID}/credits/balance`,
      `/v1/contracts/${MONK_CONTRACT_ID}/credits/ledger`,
    ])
    for (const sent of mock.requests) {
      expect(new URL(sent.url).origin).toBe('https://api.monk.com')
      expect(new URL(sent.url).search).toBe('')
      expect(sent.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
      for (const name of ['cookie', 'x-forwarded-host', 'x-target']) {
        expect(sent.headers.get(name)).toBeNull()
      }
    }
  })

  it('checks its options', () => {
    expect(() => createLedgerHandler({ source: monk(), maxPageSize: 0 })).toThrow(/maxPageSize/)
    expect(() => createLedgerHandler({ source: monk(), secret: 'short' })).toThrow(/secret/)
    expect(() => createLedgerHandler({ source: {} as LedgerSource })).toThrow(/source/)
  })
})

describe('createLedgerHandler: bad input', () => {
  const long = (n: number) => 'x'.repeat(n)
  const cases: [search: string, parameter: string][] = [
    ['pageSize=0', 'pageSize'],
    ['pageSize=201', 'pageSize'],
    ['pageSize=1.5', 'pageSize'],
    ['pageSize=-3', 'pageSize'],
    ['pageSize=ten', 'pageSize'],
    ['pageSize=10&pageSize=20', 'pageSize'],
    ['kinds=usage,refund', 'kinds'],
    ['kinds=%3Cscript%3E', 'kinds'],
    ['from=yesterday', 'from'],
    ['to=2026-02-30', 'to'],
    [`to=${long(200)}`, 'to'],
    ['from=2026-03-01&to=2026-02-01', 'from'],
    [`categories=${Array.from({ length: 51 }, (_, i) => `c${i}`).join(',')}`, 'categories'],
    [`categories=ok,${long(101)}`, 'categories'],
    [`q=${long(201)}`, 'q'],
    ['q=%E0%A4%A', 'q'],
    ['pageParam=not-a-token', 'pageParam'],
    [`pageParam=${long(5000)}.${long(10)}`, 'pageParam'],
    ['limit=10', 'limit'],
    ['baseUrl=https%3A%2F%2Fevil.example', 'baseUrl'],
    ['pageSize=10&callback=x', 'callback'],
  ]

  it.each(cases)(
    'refuses ?%s with a 400 naming %s, before any provider request',
    async (search, parameter) => {
      const mock = useMonk()
      const { response, body } = await getJson(`${await serve()}?${search}`)
      expect(response.status).toBe(400)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(body).toMatchObject({
        error: { kind: 'invalid_request', parameter, retryAfterMs: null },
      })
      expect((body as { error: { message: string } }).error.message).toContain(parameter)
      expect(mock.requests).toHaveLength(0)
    },
  )

  it('honours maxPageSize and accepts everything valid at the bounds', async () => {
    useMonk()
    const url = await loop.serve(createLedgerHandler({ source: monk(), maxPageSize: 20 }))
    expect((await fetch(`${url}?pageSize=21`)).status).toBe(400)
    const categories = Array.from({ length: 50 }, (_, i) => `c${i}`).join(',')
    const ok = await fetch(
      `${url}?pageSize=20&kinds=usage&from=2026-01-01&to=2026-12-31T23%3A59%3A59%2B01%3A00` +
        `&categories=${categories}&q=${'y'.repeat(200)}`,
    )
    expect(ok.status).toBe(200)
  })

  it('refuses any parameter on the balance route', async () => {
    const mock = useMonk()
    const { response, body } = await getJson(`${await serve()}/balance?pageSize=5`)
    expect(response.status).toBe(400)
    expect(body).toMatchObject({ error: { parameter: 'pageSize' } })
    expect(mock.requests).toHaveLength(0)
  })
})

describe('createLedgerHandler: page tokens', () => {
  const refused = async (url: string, token: string, search = 'pageSize=10') => {
    const { response, body } = await getJson(
      `${url}?${search}&pageParam=${encodeURIComponent(token)}`,
    )
    expect(response.status).toBe(400)
    expect(body).toMatchObject({ error: { kind: 'invalid_request', parameter: 'pageParam' } })
  }

  it('follows its own token, and refuses one edited anywhere', async () => {
    const mock = useMonk()
    const url = await serve()
    const token = await firstToken(url)
    const next = await fetch(`${url}?pageSize=10&pageParam=${token}`)
    expect(next.status).toBe(200)
    const requests = mock.requests.length
    const [payload = '', mac = ''] = token.split('.')
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1)
    for (let at = 0; at < payload.length; at += 7) await refused(url, `${flip(payload, at)}.${mac}`)
    await refused(url, `${payload}.${flip(mac, 5)}`)
    await refused(url, `${payload}.${mac}.${mac}`)
    await refused(url, `${payload}.${mac.slice(0, -2)}`)
    expect(mock.requests).toHaveLength(requests)
  })

  it('refuses a forged token: any param with a made-up signature', async () => {
    const mock = useMonk()
    const url = await serve()
    const param = Buffer.from(JSON.stringify({ source: 9999, limit: 10 })).toString('base64url')
    const mac = Buffer.alloc(32, 7).toString('base64url')
    await refused(url, `${param}.${mac}`)
    expect(mock.requests).toHaveLength(0)
  })

  it('refuses a token from another query, page size, ledger or secret', async () => {
    useMonk()
    const url = await serve({ secret: SECRET })
    const token = await firstToken(url, 'pageSize=10&kinds=usage')
    await refused(url, token, 'pageSize=10')
    await refused(url, token, 'pageSize=10&kinds=usage,grant')
    await refused(url, token, 'pageSize=11&kinds=usage')
    await refused(url, token, 'pageSize=10&kinds=usage&q=a')

    const otherLedger = await loop.serve(
      createLedgerHandler({
        source: monk('c0ffee00-0000-4000-8000-000000000000'),
        secret: SECRET,
      }),
    )
    await refused(otherLedger, token, 'pageSize=10&kinds=usage')
    const otherSecret = await serve({ secret: `${SECRET}-rotated` })
    await refused(otherSecret, token, 'pageSize=10&kinds=usage')
    const randomSecret = await serve()
    await refused(randomSecret, token, 'pageSize=10&kinds=usage')

    // Instances that share the secret share tokens (a deployment behind a load balancer).
    const sibling = await serve({ secret: SECRET })
    const next = await fetch(`${sibling}?pageSize=10&kinds=usage&pageParam=${token}`)
    expect(next.status).toBe(200)
  })

  it('binds the normalized query: the same filters written differently share tokens', async () => {
    useMonk()
    const url = await serve()
    const token = await firstToken(url, 'pageSize=10&kinds=usage,grant&from=2025-01-01')
    const next = await fetch(
      `${url}?from=2025-01-01T00%3A00%3A00Z&kinds=grant,usage,grant&pageSize=10&pageParam=${token}`,
    )
    expect(next.status).toBe(200)
  })
})

describe('createLedgerHandler: provider failures', () => {
  const errorOf = async (url: string) => {
    const response = await fetch(url)
    const text = await rawText(response.clone())
    return { response, text, body: (await response.json()) as { error: Record<string, unknown> } }
  }

  it.each([
    ['unauthorized', 502, 'auth'],
    ['forbidden', 502, 'forbidden'],
    ['server-error', 502, 'server'],
    ['network-error', 502, 'network'],
  ] as const)('maps %s to %i %s, without the provider text', async (scenario, status, kind) => {
    useMonk({ scenario })
    const onError = vi.fn()
    const url = await serve({ onError })
    for (const target of [`${url}?pageSize=5`, `${url}/balance`]) {
      const { response, body, text } = await errorOf(target)
      expect(response.status).toBe(status)
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(body.error).toMatchObject({ kind, parameter: null, retryAfterMs: null })
      for (const leak of ['Invalid API key', 'contracts:read', 'INTERNAL_ERROR', 'amountCents']) {
        expect(text).not.toContain(leak)
      }
    }
    // The host's log hears the whole story.
    expect(onError).toHaveBeenCalledWith(expect.any(LedgerError), expect.any(Request))
    expect((onError.mock.calls[0]?.[0] as LedgerError).kind).toBe(kind)
  })

  it('maps a malformed provider body to 502 malformed, without the bad field', async () => {
    const base = `https://api.monk.com/v1/contracts/${MONK_CONTRACT_ID}/credits`
    loop.useHandlers(
      http.get(`${base}/ledger`, () =>
        HttpResponse.json({ data: { entries: [{ id: 'x', amountCents: 'secret-ish' }] } }),
      ),
      http.get(`${base}/balance`, () => HttpResponse.json({ data: 'secret-ish' })),
    )
    const url = await serve()
    for (const target of [`${url}?pageSize=5`, `${url}/balance`]) {
      const { response, body, text } = await errorOf(target)
      expect(response.status).toBe(502)
      expect(body.error).toMatchObject({ kind: 'malformed', parameter: null })
      expect(text).not.toContain('secret-ish')
      expect(text).not.toContain('amountCents')
    }
  })

  it('maps a rate limit to 429 with Retry-After and retryAfterMs', async () => {
    useMonk({ scenario: 'rate-limited', retryAfterSeconds: 7 })
    const { response, body } = await errorOf(`${await serve()}?pageSize=5`)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(body.error).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 })
  })

  it('maps an unknown ledger to 404 not_found', async () => {
    useMonk()
    const source = monk('c0ffee00-0000-4000-8000-000000000000')
    const { response, body } = await errorOf(
      `${await loop.serve(createLedgerHandler({ source }))}?pageSize=5`,
    )
    expect(response.status).toBe(404)
    expect(body.error).toMatchObject({ kind: 'not_found' })
  })

  it('maps a provider 400 to 400 invalid_request without a parameter', async () => {
    loop.useHandlers(
      http.get('https://synap-cloud-prod.maximem.ai/v1/credits/ledger', () =>
        HttpResponse.json({ detail: 'limit is out of range' }, { status: 400 }),
      ),
      http.get('https://synap-cloud-prod.maximem.ai/v1/credits/balance', () =>
        HttpResponse.json({ detail: 'limit is out of range' }, { status: 400 }),
      ),
    )
    const source = createSynapSource({ token: TOKEN })
    const { response, body, text } = await errorOf(
      `${await loop.serve(createLedgerHandler({ source }))}?pageSize=5`,
    )
    expect(response.status).toBe(400)
    expect(body.error).toMatchObject({ kind: 'invalid_request', parameter: null })
    expect(text).not.toContain('out of range')
  })

  it('answers 500 without details when something unexpected throws', async () => {
    const onError = vi.fn()
    const source: LedgerSource = {
      provider: 'synap',
      capabilities: { pagination: 'offset', filters: [], maxPageSize: 50 },
      fetchPage: () => Promise.reject(new Error(`db password ${TOKEN}`)),
    }
    const { response, text } = await errorOf(
      `${await loop.serve(createLedgerHandler({ source, onError }))}?pageSize=5`,
    )
    // The reader turns any stray exception into a LedgerError (network); it is never echoed.
    expect(response.status).toBe(502)
    expect(text).not.toContain(TOKEN)
    expect(onError).toHaveBeenCalledOnce()
  })
})

describe('createLedgerHandler: the token never leaves the server', () => {
  it('appears in no status line, header or body, whatever happens', async () => {
    // A provider that echoes the credentials it got into its error body and headers.
    const echo = ({ request }: { request: Request }) =>
      HttpResponse.json(
        { detail: `bad key ${request.headers.get('authorization')}` },
        { status: 500, headers: { 'X-Echo': request.headers.get('authorization') ?? '' } },
      )
    loop.useHandlers(
      http.get('https://synap-cloud-prod.maximem.ai/v1/credits/ledger', echo),
      http.get('https://synap-cloud-prod.maximem.ai/v1/credits/balance', echo),
    )
    useMonk()
    const leaky = await loop.serve(
      createLedgerHandler({ source: createSynapSource({ token: TOKEN }) }),
      '/leaky',
    )
    const url = await serve()
    const token = await firstToken(url)
    const targets = [
      `${url}?pageSize=10`,
      `${url}?pageSize=10&pageParam=${token}`,
      `${url}/balance`,
      `${url}?pageSize=999`,
      `${url}?pageParam=${token.replace(/.$/, 'x')}&pageSize=10`,
      `${leaky}?pageSize=10`,
      `${leaky}/balance`,
    ]
    const texts = await Promise.all(targets.map(async (target) => rawText(await fetch(target))))
    texts.push(await rawText(await fetch(url, { method: 'POST' })))
    for (const text of texts) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain('bad key')
    }
    expect(texts[0]).toMatch(/^200/)
    expect(texts[5]).toMatch(/^502/)
  })
})

describe('createLedgerHandler: authorize', () => {
  it('runs first: false is a 403, a Response is sent as is (returned or thrown), true serves', async () => {
    const mock = useMonk()
    const seen: string[] = []
    const url = await serve({
      authorize(request) {
        seen.push(request.headers.get('cookie') ?? '')
        const session = request.headers.get('cookie')
        if (session === 'session=ok') return true
        if (session === 'session=expired') {
          return new Response('sign in again', {
            status: 401,
            headers: { 'WWW-Authenticate': 'Cookie' },
          })
        }
        if (session === 'session=thrown') throw new Response(null, { status: 401 })
        return false
      },
    })
    const as = (cookie: string) => fetch(`${url}?pageSize=5`, { headers: { Cookie: cookie } })

    const forbidden = await as('session=stranger')
    expect(forbidden.status).toBe(403)
    expect(forbidden.headers.get('cache-control')).toBe('private, no-store')
    expect(await forbidden.json()).toMatchObject({ error: { kind: 'forbidden' } })

    const expired = await as('session=expired')
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toBe('Cookie')
    expect(await expired.text()).toBe('sign in again')
    expect((await as('session=thrown')).status).toBe(401)
    // Refused before the method check, the parameters or the provider.
    expect((await fetch(`${url}?bogus=1`, { method: 'POST' })).status).toBe(403)
    expect(mock.requests).toHaveLength(0)

    expect((await as('session=ok')).status).toBe(200)
    expect(seen).toContain('session=ok')
  })

  it('fails closed: a check that returns nothing refuses, one that throws is a 500', async () => {
    const mock = useMonk()
    const onError = vi.fn()
    const nothing = await serve({ authorize: (() => undefined) as never })
    expect((await fetch(`${nothing}?pageSize=5`)).status).toBe(403)
    const throwing = await serve({
      onError,
      authorize: () => {
        throw new Error('session store down')
      },
    })
    const response = await fetch(`${throwing}?pageSize=5`)
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('session store')
    expect(onError).toHaveBeenCalledOnce()
    expect(mock.requests).toHaveLength(0)
  })
})

describe('toNodeHandler', () => {
  it('aborts the provider request when the client goes away', async () => {
    let aborted: () => void = () => {}
    const gone = new Promise<void>((resolve) => (aborted = resolve))
    const source: LedgerSource = {
      provider: 'synap',
      capabilities: { pagination: 'offset', filters: [], maxPageSize: 50 },
      fetchPage: ({ signal }) =>
        new Promise((_, reject) => {
          signal?.addEventListener('abort', () => {
            aborted()
            reject(new LedgerError({ kind: 'aborted', provider: 'synap' }))
          })
        }),
    }
    const onError = vi.fn()
    const url = await loop.serve(createLedgerHandler({ source, onError }))
    const controller = new AbortController()
    const request = fetch(`${url}?pageSize=5`, { signal: controller.signal }).catch(() => null)
    await vi.waitFor(() => expect(loop.hits).toHaveLength(1))
    controller.abort()
    await gone
    await request
    // An abort is not a failure worth logging.
    expect(onError).not.toHaveBeenCalled()
  })

  it('works under a mount that rewrites req.url (Express app.use)', async () => {
    useMonk()
    const handler = createLedgerHandler({ source: monk() })
    const { toNodeHandler } = await import('./index.js')
    const node = toNodeHandler(handler)
    const written: { status?: number; headers: Record<string, unknown>; body?: string } = {
      headers: {},
    }
    await new Promise<void>((resolve) => {
      void node(
        {
          method: 'GET',
          url: '/balance',
          originalUrl: '/api/ledger/balance',
          headers: { host: 'app.example' },
        },
        {
          statusCode: 0,
          headersSent: false,
          writableEnded: false,
          setHeader: (name, value) => (written.headers[name] = value),
          end(chunk) {
            written.status = this.statusCode
            written.body = new TextDecoder().decode(chunk)
            resolve()
          },
          once: () => undefined,
        },
      )
    })
    expect(written.status).toBe(200)
    expect(written.headers['cache-control']).toBe('private, no-store')
    expect(JSON.parse(written.body ?? '')).toHaveProperty('credits')
  })
})
