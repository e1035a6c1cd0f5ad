import { errorKindForStatus, LedgerError, parseRetryAfter, toLedgerError } from './errors.js'
import { parseBody } from './internal/validate.js'
import type { ProviderId } from './model.js'
import type { SourceOptions } from './source.js'

/** A provider's error body, reduced to its code and message. */
export interface ProviderErrorDetails {
  code: string | null
  message: string | null
}

/** Query parameters; undefined values are left out. */
export type QueryParams = Record<string, string | number | undefined>

/** The LedgerError for a non-2xx response, from its status, headers and body text. */
export type HttpErrorReader = (response: Response, text: string) => LedgerError

/**
 * One GET, returning the parsed JSON body. Every failure becomes a `LedgerError`: network
 * failures, aborts, non-2xx statuses (through `toError`) and bodies that are not JSON.
 */
export async function getJson(
  provider: ProviderId | 'remote',
  url: string,
  options: SourceOptions,
  signal: AbortSignal | undefined,
  toError: HttpErrorReader,
): Promise<unknown> {
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers
  const headers = {
    Accept: 'application/json',
    ...extra,
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
  }
  let response: Response
  let text: string
  try {
    // Looked up per call, so a fetch patched after the source was made (tests, MSW) is used.
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method: 'GET',
      headers,
      signal: signal ?? null,
    })
    text = await response.text()
  } catch (error) {
    throw toLedgerError(error, provider, signal?.aborted ? 'aborted' : 'network')
  }
  if (!response.ok) throw toError(response, text)
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

/** A GET below a provider's base URL, its body checked and normalized by `parse`. */
export type ProviderGet = <T>(
  path: string,
  parse: (body: unknown) => T,
  signal: AbortSignal | undefined,
  params?: QueryParams,
) => Promise<T>

/**
 * How one provider's GETs are made: its base URL and credentials, and its documented error
 * envelope (`readError`), read into the LedgerError's code and message.
 */
export function createProviderGet(
  provider: ProviderId,
  options: SourceOptions & { baseUrl: string },
  readError: (body: unknown) => ProviderErrorDetails,
): ProviderGet {
  const toError: HttpErrorReader = (response, text) => {
    let details: ProviderErrorDetails
    try {
      details = readError(JSON.parse(text) as unknown)
    } catch {
      // Not JSON (a proxy's HTML error page, say): keep a short excerpt as the message.
      details = { code: null, message: text.slice(0, 200) || response.statusText || null }
    }
    return new LedgerError({
      kind: errorKindForStatus(response.status),
      provider,
      status: response.status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
      code: details.code,
      providerMessage: details.message,
    })
  }
  return async (path, parse, signal, params) => {
    const url = buildUrl(options.baseUrl, path, params)
    return parseBody(provider, await getJson(provider, url, options, signal, toError), parse)
  }
}

/** Joins a base URL (absolute, or a relative proxy path) with a path and query parameters. */
export function buildUrl(baseUrl: string, path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.append(key, String(value))
  }
  const query = search.toString()
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`
}

/** Reads a string property of an unknown value, or null. */
export function stringAt(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null
  const field = (value as Record<string, unknown>)[key]
  return typeof field === 'string' ? field : null
}
