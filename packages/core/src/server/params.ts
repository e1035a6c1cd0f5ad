/**
 * The ledger route's query string, read strictly: every parameter known, given at most once,
 * well encoded and within bounds. Whatever is wrong is refused with the parameter's name; nothing
 * here is ever sent to the provider as text, only the normalized query the reader builds on.
 */
import { ENTRY_KINDS, type EntryKind } from '../model.js'
import { normalizeQuery, type LedgerQuery } from '../query.js'
import { LEDGER_PARAMETERS, type LedgerParameter } from '../remote/protocol.js'
import { EARLIEST_UTC, LATEST_UTC, toUtcIsoLoose } from '../time.js'

/** The bounds on each parameter. */
export const PARAMETER_LIMITS = {
  /** Characters of `q`. */
  search: 200,
  /** Values in `categories`. */
  categories: 50,
  /** Characters of one category. */
  categoryLength: 100,
  /** Characters of `from` or `to`. */
  date: 40,
  /** Characters of `pageParam` (a signed token; real ones are a few hundred). */
  pageParam: 4096,
} as const

/** The page size when the request names none. */
export const DEFAULT_PAGE_SIZE = 50

/** A request parameter that is refused, with the name the 400 reports. */
export class InvalidParameterError extends Error {
  override readonly name = 'InvalidParameterError'
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

/** One ledger request, validated; `query` is normalized. */
export interface LedgerRequestParams {
  query: LedgerQuery
  pageSize: number
  /** The still-sealed page token, checked against the query and page size by the caller. */
  pageParam: string | null
}

const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/
const PAGE_SIZE = /^[1-9]\d{0,8}$/

/** Reads `?pageSize=&pageParam=&kinds=&from=&to=&categories=&q=` (the `search` of a URL). */
export function readLedgerParams(search: string, maxPageSize: number): LedgerRequestParams {
  const raw = rawParameters(search, LEDGER_PARAMETERS)
  const query: LedgerQuery = {}

  const kinds = list(decode('kinds', raw.get('kinds') ?? ''))
  for (const kind of kinds) {
    if (!(ENTRY_KINDS as readonly string[]).includes(kind)) {
      refuse('kinds', `kinds holds "${clip(kind)}"; expected ${ENTRY_KINDS.join(', ')}`)
    }
  }
  if (kinds.length > 0) query.kinds = kinds as EntryKind[]

  const from = readDate('from', raw.get('from'))
  const to = readDate('to', raw.get('to'))
  if (from !== undefined) query.from = from
  if (to !== undefined) query.to = to
  if (from !== undefined && to !== undefined && from > to) {
    refuse('from', `from (${from}) is after to (${to})`)
  }

  // Split before decoding: a comma inside a category arrives as %2C.
  const categories = list(raw.get('categories') ?? '').map((part) => decode('categories', part))
  if (categories.length > PARAMETER_LIMITS.categories) {
    refuse('categories', `categories holds more than ${PARAMETER_LIMITS.categories} values`)
  }
  for (const category of categories) {
    if (category.length > PARAMETER_LIMITS.categoryLength) {
      refuse(
        'categories',
        `a value in categories is longer than ${PARAMETER_LIMITS.categoryLength} characters`,
      )
    }
  }
  if (categories.length > 0) query.categories = categories

  const text = raw.get('q')
  if (text !== undefined) {
    const decoded = decode('q', text)
    if (decoded.length > PARAMETER_LIMITS.search) {
      refuse('q', `q is longer than ${PARAMETER_LIMITS.search} characters`)
    }
    query.search = decoded
  }

  const size = raw.get('pageSize')
  let pageSize = Math.min(DEFAULT_PAGE_SIZE, maxPageSize)
  if (size !== undefined) {
    const decoded = decode('pageSize', size)
    if (!PAGE_SIZE.test(decoded) || Number(decoded) > maxPageSize) {
      refuse('pageSize', `pageSize must be a whole number from 1 to ${maxPageSize}`)
    }
    pageSize = Number(decoded)
  }

  const token = raw.get('pageParam')
  let pageParam: string | null = null
  if (token !== undefined && token !== '') {
    const decoded = decode('pageParam', token)
    if (decoded.length > PARAMETER_LIMITS.pageParam || !TOKEN.test(decoded)) {
      refuse('pageParam', 'pageParam is not a page token from this endpoint')
    }
    pageParam = decoded
  }

  return { query: normalizeQuery(query), pageSize, pageParam }
}

/** Refuses every query parameter: for routes that take none (`/balance`). */
export function readNoParams(search: string): void {
  rawParameters(search, [])
}

/** Each parameter's still-encoded value, after checking names and repeats. */
function rawParameters(
  search: string,
  allowed: readonly LedgerParameter[],
): Map<LedgerParameter, string> {
  const out = new Map<LedgerParameter, string>()
  const text = search.startsWith('?') ? search.slice(1) : search
  for (const segment of text.split('&')) {
    if (segment === '') continue
    const at = segment.indexOf('=')
    const rawName = at === -1 ? segment : segment.slice(0, at)
    const name = decode(clip(rawName), rawName)
    if (!(allowed as readonly string[]).includes(name)) {
      refuse(clip(name), `unknown parameter "${clip(name)}"`)
    }
    const known = name as LedgerParameter
    if (out.has(known)) refuse(known, `${known} is given more than once`)
    out.set(known, at === -1 ? '' : segment.slice(at + 1))
  }
  return out
}

function readDate(parameter: 'from' | 'to', raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined
  if (raw.length > PARAMETER_LIMITS.date * 3) refuse(parameter, `${parameter} is too long`)
  // An offset typed as '+01:00' is not a form-encoded space: try it as written first.
  const iso =
    toUtcIsoLoose(decode(parameter, raw, false)) ?? toUtcIsoLoose(decode(parameter, raw, true))
  // Null also for a valid date whose UTC form leaves years 0000-9999 (time.ts's range rule).
  if (iso === null) {
    refuse(
      parameter,
      `${parameter} must be an ISO-8601 date or date-time (2026-03-01) from ${EARLIEST_UTC} to ${LATEST_UTC}`,
    )
  }
  return iso
}

/** Form decoding ('+' is a space); a broken escape is refused, never guessed at. */
function decode(parameter: string, value: string, plusIsSpace = true): string {
  try {
    return decodeURIComponent(plusIsSpace ? value.replace(/\+/g, ' ') : value)
  } catch {
    refuse(parameter, `${parameter} is not valid percent-encoding`)
  }
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

/** Names and values echoed in an error stay short. */
function clip(value: string): string {
  return value.length > 64 ? `${value.slice(0, 64)}...` : value
}

function refuse(parameter: string, message: string): never {
  throw new InvalidParameterError(parameter, message)
}
