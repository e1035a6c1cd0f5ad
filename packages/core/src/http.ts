import { errorKindForStatus, LedgerError, parseRetryAfter, toLedgerError } from './errors.js'
import { readTimeoutMs, startDeadline, untilAborted } from './internal/deadline.js'
import { JsonTooDeepError, parseJsonText } from './internal/json-text.js'
import { readTextPieces } from './internal/read-text.js'
import { createSlicer } from './internal/slicer.js'
import { parseBodyInSlices, type BodyParser } from './internal/validate.js'
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
 * failures, aborts, non-2xx statuses (through `toError`), bodies that are not JSON and bodies
 * nested deeper than `MAX_JSON_DEPTH` (`malformed`, with the path where the limit was crossed).
 * With a `timeoutMs`, a request that has not been answered and read in full by then fails as
 * `network` (see `timeoutError`); null waits as long as the caller's signal lets it.
 */
export async function getJson(
  provider: ProviderId | 'remote',
  url: string,
  options: SourceOptions,
  signal: AbortSignal | undefined,
  toError: HttpErrorReader,
  timeoutMs: number | null = null,
): Promise<unknown> {
  return withDeadline(provider, signal, timeoutMs, (combined) =>
    readJson(provider, url, options, combined, toError),
  )
}

/**
 * Runs one request under the caller's signal and a time limit. The caller's abort stays
 * `aborted`; the limit becomes a `network` error saying the provider did not answer in time.
 */
async function withDeadline<T>(
  provider: ProviderId | 'remote',
  signal: AbortSignal | undefined,
  timeoutMs: number | null,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const deadline = startDeadline(signal, timeoutMs)
  try {
    return await run(deadline.signal)
  } catch (error) {
    if (deadline.timedOut()) throw timeoutError(provider, timeoutMs, error)
    // Stopped between slices by the caller's abort; anything else is already what it should be.
    throw signal?.aborted ? toLedgerError(error, provider, 'aborted') : error
  } finally {
    deadline.dispose()
  }
}

/** The error of a request that ran out of time: `network`, as a provider that never answers is. */
function timeoutError(
  provider: ProviderId | 'remote',
  timeoutMs: number | null,
  cause: unknown,
): LedgerError {
  return new LedgerError({
    kind: 'network',
    provider,
    providerMessage: `timed out: no complete response within ${timeoutMs} ms`,
    cause,
  })
}

async function readJson(
  provider: ProviderId | 'remote',
  url: string,
  options: SourceOptions,
  signal: AbortSignal,
  toError: HttpErrorReader,
): Promise<unknown> {
  const extra = typeof options.headers === 'function' ? await options.headers() : options.headers
  const headers = {
    Accept: 'application/json',
    ...extra,
    ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
  }
  let response: Response
  let pieces: string[]
  const slicer = createSlicer(signal)
  try {
    // Looked up per call, so a fetch patched after the source was made (tests, MSW) is used.
    // Raced with the signal: a custom fetch may not watch it.
    const fetching = (options.fetch ?? globalThis.fetch)(url, { method: 'GET', headers, signal })
    response = await untilAborted(fetching, signal)
    pieces = await untilAborted(readTextPieces(response, signal, slicer), signal)
  } catch (error) {
    throw toLedgerError(error, provider, signal.aborted ? 'aborted' : 'network')
  }
  if (!response.ok) throw toError(response, pieces.join(''))
  try {
    return await parseJsonText(pieces, { slicer })
  } catch (error) {
    if (signal.aborted) throw toLedgerError(error, provider, 'aborted')
    const deep = error instanceof JsonTooDeepError
    throw new LedgerError({
      kind: 'malformed',
      provider,
      status: response.status,
      path: deep ? error.path : '$',
      providerMessage: deep
        ? `the response nests deeper than ${error.limit} levels`
        : 'the response body is not JSON',
      cause: error,
    })
  }
}

/** A GET below a provider's base URL, its body checked and normalized by `parse`. */
export type ProviderGet = <T>(
  path: string,
  parse: BodyParser<T>,
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
  const timeoutMs = readTimeoutMs(options.timeoutMs, `${provider} source`)
  return (path, parse, signal, params) => {
    const url = buildUrl(options.baseUrl, path, params)
    // One deadline for the request, the body read and the normalizing of the rows.
    return withDeadline(provider, signal, timeoutMs, async (combined) =>
      parseBodyInSlices(
        provider,
        await readJson(provider, url, options, combined, toError),
        parse,
        combined,
      ),
    )
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
