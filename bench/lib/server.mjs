/**
 * A tiny static server on 127.0.0.1 for the built pages (bench/dist) and the generated response
 * bodies (`/data/<name>.json`, held in memory by the driver). The data-path page is served under
 * a Content-Security-Policy without 'unsafe-eval', so a parser using eval would fail there.
 */
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'"

/** @param {string} root @param {Map<string, Buffer>} data */
export function startServer(root, data) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (path.startsWith('/data/')) {
      const body = data.get(path.slice('/data/'.length))
      if (!body) {
        response.writeHead(404).end(`no data ${path}`)
        return
      }
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
      response.end(body)
      return
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }
      if (path === '/datapath.html') headers['content-security-policy'] = STRICT_CSP
      response.writeHead(200, headers)
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() })
    })
  })
}
