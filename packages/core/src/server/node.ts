/**
 * The one adapter the handler needs: Node's `http` server and Express speak `(req, res)`, not
 * Fetch. Typed structurally, so this entry needs neither `@types/node` nor Express types and
 * loads in runtimes without `node:http`.
 */
import type { LedgerHandler } from './handler.js'
import { errorResponse } from './responses.js'

/** The parts of Node's `IncomingMessage` (and Express's `Request`) the adapter reads. */
export interface NodeRequestLike {
  method?: string | undefined
  url?: string | undefined
  /** Express keeps the full path here when the route is mounted with `app.use(path, ...)`. */
  originalUrl?: string | undefined
  headers: Record<string, string | string[] | undefined>
  /** A TLS socket says `encrypted: true`; read loosely, since a plain socket has no such field. */
  socket?: unknown
}

/** The parts of Node's `ServerResponse` (and Express's `Response`) the adapter writes. */
export interface NodeResponseLike {
  statusCode: number
  readonly headersSent: boolean
  readonly writableEnded: boolean
  setHeader(name: string, value: string | string[]): unknown
  end(chunk?: Uint8Array): unknown
  once(event: 'close', listener: () => void): unknown
}

export type NodeHandler = (request: NodeRequestLike, response: NodeResponseLike) => Promise<void>

/**
 * Adapts a Fetch handler to `(req, res)`: `http.createServer(toNodeHandler(handler))`, or
 * `app.use('/api/ledger', toNodeHandler(handler))` in Express. The request is never read as a
 * body (the handler takes GET only) and is aborted when the client goes away, which aborts the
 * provider requests too.
 */
export function toNodeHandler(handler: LedgerHandler): NodeHandler {
  return async (req, res) => {
    const controller = new AbortController()
    res.once('close', () => {
      if (!res.writableEnded) controller.abort()
    })
    let request: Request
    try {
      request = toRequest(req, controller.signal)
    } catch {
      // A method the Fetch API will not build (CONNECT, TRACE) or a header value it refuses.
      await send(
        errorResponse(
          405,
          { kind: 'invalid_request', message: 'Only GET is allowed.' },
          { Allow: 'GET' },
        ),
        res,
      )
      return
    }
    let response: Response
    try {
      response = await handler(request)
    } catch {
      // The kit's handler answers every failure itself; this is for a host's own wrapper.
      response = errorResponse(500, { kind: 'server', message: 'The ledger endpoint failed.' })
    }
    await send(response, res)
  }
}

function toRequest(req: NodeRequestLike, signal: AbortSignal): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (':path') are not headers to the Fetch API.
    if (value === undefined || name.startsWith(':')) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = req.method ?? 'GET'
  return new Request(requestUrl(req), { method, headers, signal })
}

/** An absolute URL for the request; the handler reads only its path and query. */
function requestUrl(req: NodeRequestLike): string {
  const path = req.originalUrl ?? req.url ?? '/'
  const socket = req.socket as { encrypted?: unknown } | null | undefined
  const scheme = socket?.encrypted === true ? 'https' : 'http'
  const host = typeof req.headers.host === 'string' ? req.headers.host : ''
  try {
    return new URL(path, `${scheme}://${host}`).href
  } catch {
    // A missing or malformed Host header must not cost the request.
    return new URL(path, `${scheme}://localhost`).href
  }
}

/** Writes the response; never rejects, since nobody awaits a Node request listener. */
async function send(response: Response, res: NodeResponseLike): Promise<void> {
  if (res.headersSent) return
  let body: Uint8Array | undefined
  try {
    body = response.body === null ? undefined : new Uint8Array(await response.arrayBuffer())
  } catch {
    // A host's streamed Response that failed half-way: nothing sensible is left to send.
    response = errorResponse(500, { kind: 'server', message: 'The ledger endpoint failed.' })
    body = new TextEncoder().encode(await response.text())
  }
  res.statusCode = response.status
  const cookies = response.headers.getSetCookie()
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  res.end(body)
}
