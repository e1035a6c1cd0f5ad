import { errorKindForStatus, LedgerError, parseRetryAfter } from './errors.js'
import type { ProviderId } from './model.js'
import type { SourceOptions } from './source.js'

/** A provider's error body, reduced to its code and message. */
export interface ProviderErrorDetails {
  code: string | null
  message: string | null
}

/** How one provider's GET is made and its error bodies read. */
export interface ProviderRequest {
  provider: ProviderId
  options: SourceOptions & { baseUrl: string }
  /** Path below the base URL, already encoded. */
  path: string
  /** Query parameters; undefined values are left out. */
  params?: Record<string, string | number | undefined>
  signal?: AbortSignal | undefined
  /** Reads the provider's documented error envelope. */
  readError: (body: unknown) => ProviderErrorDetails
}

/**
 * One GET to a provider, returning the parsed JSON body. Every failure becomes a `LedgerError`:
 * network failures, aborts, non-2xx statuses (with the provider's code, message and `Retry-After`)
 * and bodies that are not JSON.
 */
export async function getJson(request: ProviderRequest): Promise<unknown> {
  const { provider, options, signal } = request
  const url = buildUrl(options.baseUrl, request.path, request.params)
  const headers = await buildHeaders(options)
  const fetchImpl = options.fetch ?? globalThis.fetch
  let response: Response
  try {
    response = await fetchImpl(url, { method: 'GET', headers, signal: signal ?? null })
  } catch (error) {
    throw transportError(provider, error, signal)
  }
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw transportError(provider, error, signal)
  }
  if (!response.ok) throw httpError(request, response, text)
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new LedgerError({
      kind: 'malformed',
      provider,
      status: response.status,
      path: '$',
      providerMessage: 'the response body is not JSON',
      cause: error,
    })
  }
}

/** Joins a base URL (absolute, or a relative proxy path) with a path and query parameters. */
export function buildUrl(
  baseUrl: string,
  path: string,
  params: Record<string, string | number | undefined> = {},
): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.append(key, String(value))
  }
  const query = search.toString()
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`
}

async function buildHeaders(options: SourceOptions): Promise<Record<string, string>> {
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers
  return {
    Accept: 'application/json',
    ...extra,
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
  }
}

function transportError(provider: ProviderId, error: unknown, signal?: AbortSignal): LedgerError {
  const aborted =
    signal?.aborted === true || (error instanceof Error && error.name === 'AbortError')
  return new LedgerError({
    kind: aborted ? 'aborted' : 'network',
    provider,
    providerMessage: error instanceof Error ? error.message : String(error),
    cause: error,
  })
}

function httpError(request: ProviderRequest, response: Response, text: string): LedgerError {
  let details: ProviderErrorDetails = { code: null, message: null }
  try {
    details = request.readError(JSON.parse(text) as unknown)
  } catch {
    // Not JSON (a proxy's HTML error page, say): keep a short excerpt as the message.
    details = { code: null, message: text.slice(0, 200) || response.statusText || null }
  }
  return new LedgerError({
    kind: errorKindForStatus(response.status),
    provider: request.provider,
    status: response.status,
    retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    code: details.code,
    providerMessage: details.message,
  })
}

/** Reads a string property of an unknown value, or null. */
export function stringAt(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null
  const field = (value as Record<string, unknown>)[key]
  return typeof field === 'string' ? field : null
}
