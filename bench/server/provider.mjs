/**
 * The provider side of `pnpm bench:server`: the @usage-kit/mocks handlers served over real HTTP
 * on loopback, in a process of their own. The endpoint under test then makes real provider
 * requests, counted here, and the mocks' own memory and CPU (generating and serializing a
 * 100,000-entry body) stay out of the endpoint's heap and event-loop figures.
 *
 * Paths are `/<provider>[/c/<customer>]/<documented path>`: the customer segment only makes each
 * customer's source (and its key) distinct; every customer of a provider reads the same mock.
 * Successful bodies are kept per URL after the first answer, so the mocks are not the bottleneck.
 */
import { createServer } from 'node:http'
import { getResponse } from 'msw'
import { createMock } from '../../packages/mocks/dist/index.js'

const ledgers = JSON.parse(process.argv[2] ?? '[]')
const counts = { total: 0, byPrefix: {} }
const bodies = new Map()
let handlers = []

const server = createServer(async (req, res) => {
  if (req.url === '/__stats') {
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(counts))
    return
  }
  counts.total++
  const prefix = req.url.split('/')[1]
  counts.byPrefix[prefix] = (counts.byPrefix[prefix] ?? 0) + 1
  const path = req.url.replace(/^(\/[^/]+)\/c\/\d+/, '$1')
  const url = `http://127.0.0.1:${server.address().port}${path}`
  let cached = bodies.get(url)
  if (!cached) {
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const response = await getResponse(handlers, new Request(url, { headers }))
    if (!response) {
      res.statusCode = 404
      res.end()
      return
    }
    cached = {
      status: response.status,
      type: response.headers.get('content-type') ?? 'application/json',
      body: Buffer.from(await response.arrayBuffer()),
    }
    if (cached.status === 200) bodies.set(url, cached)
  }
  res.statusCode = cached.status
  res.setHeader('content-type', cached.type)
  res.end(cached.body)
})

// Longer than any pause of the endpoint's: a socket closed while the endpoint reuses it would be
// a failure of the bench's making (real providers keep connections alive for a minute or more).
server.keepAliveTimeout = 65_000
process.on('disconnect', () => process.exit(0))
server.listen(0, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`
  handlers = ledgers.flatMap(
    ({ provider, prefix, size, seed }) =>
      createMock(provider, { baseUrl: `${base}/${prefix}`, size, seed }).handlers,
  )
  process.send({ port: server.address().port })
})
