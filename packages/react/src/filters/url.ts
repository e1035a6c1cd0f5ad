import {
  ENTRY_KINDS,
  isQueryEmpty,
  normalizeQuery,
  toUtcIsoLoose,
  type EntryKind,
  type LedgerQuery,
} from '@usage-kit/core'

/**
 * Query-string parameter names for each part of a `LedgerQuery`. The kit owns these names and
 * leaves every other parameter of the host's URL alone.
 */
const PARAMS = ['kinds', 'from', 'to', 'categories', 'q'] as const
type Param = (typeof PARAMS)[number]

const isParam = (name: string): name is Param => (PARAMS as readonly string[]).includes(name)
const isKind = (value: string): value is EntryKind =>
  (ENTRY_KINDS as readonly string[]).includes(value)

/**
 * The filters in a query string (`location.search`, with or without the `?`). The URL is user
 * input: unknown kinds, unreadable dates and a `from` after `to` are dropped, never thrown on.
 * For a repeated parameter the first one counts, as with `URLSearchParams#get`.
 */
export function queryFromSearch(search: string): LedgerQuery {
  const raw = new Map<Param, string>()
  for (const segment of segments(search)) {
    const [name, value] = split(segment)
    if (isParam(name) && !raw.has(name)) raw.set(name, value)
  }
  const query: LedgerQuery = {}
  // Kinds never contain commas, so a comma encoded by another writer (%2C) still separates.
  const kinds = list(decode(raw.get('kinds') ?? '')).filter(isKind)
  if (kinds.length > 0) query.kinds = kinds
  const from = readDate(raw.get('from'))
  const to = readDate(raw.get('to'))
  // Neither bound can be trusted over the other when they are crossed.
  if (!(from && to && from > to)) {
    if (from) query.from = from
    if (to) query.to = to
  }
  // Commas inside a category arrive encoded, so split before decoding.
  const categories = list(raw.get('categories') ?? '').map((part) => decode(part))
  if (categories.length > 0) query.categories = categories
  const text = raw.get('q')
  if (text !== undefined) query.search = decode(text)
  return normalizeQuery(query)
}

/**
 * `search` with the filters of `query` written in: the kit's parameters are replaced where they
 * stand (and appended when new), removed where the query has no such part; every other parameter
 * keeps its text and position. Returns '' or a string starting with '?'.
 * @throws RangeError when `query` is invalid (see `normalizeQuery`).
 */
export function searchWithQuery(search: string, query: LedgerQuery): string {
  const normalized = normalizeQuery(query)
  const own = new Map<Param, string>()
  if (normalized.kinds) own.set('kinds', normalized.kinds.join(','))
  if (normalized.from) own.set('from', encode(normalized.from))
  if (normalized.to) own.set('to', encode(normalized.to))
  if (normalized.categories) own.set('categories', normalized.categories.map(encode).join(','))
  if (normalized.search) own.set('q', encode(normalized.search))
  const out: string[] = []
  for (const segment of segments(search)) {
    const [name] = split(segment)
    if (!isParam(name)) {
      out.push(segment)
      continue
    }
    const value = own.get(name)
    if (value === undefined) continue
    out.push(`${name}=${value}`)
    own.delete(name)
  }
  for (const [name, value] of own) out.push(`${name}=${value}`)
  return out.length > 0 ? `?${out.join('&')}` : ''
}

/** The filters in the page's URL, or null when it has none (and always on a server). */
export function readLocationQuery(): LedgerQuery | null {
  if (typeof window === 'undefined') return null
  const query = queryFromSearch(window.location.search)
  return isQueryEmpty(query) ? null : query
}

/**
 * Writes the filters into the page's URL, keeping the hash: in place by default (no new history
 * entry), or as a new entry with `push`, so the browser's Back returns to the one before.
 */
export function writeLocationQuery(query: LedgerQuery, { push = false } = {}): void {
  const { pathname, search, hash } = window.location
  const next = `${pathname}${searchWithQuery(search, query)}${hash}`
  // Routers keep their own data in history.state; keep it (a pushed entry starts as a copy).
  if (push) window.history.pushState(window.history.state, '', next)
  else window.history.replaceState(window.history.state, '', next)
}

function segments(search: string): string[] {
  return (search.startsWith('?') ? search.slice(1) : search).split('&').filter(Boolean)
}

/** [decoded name, still-encoded value] */
function split(segment: string): [string, string] {
  const at = segment.indexOf('=')
  return at === -1 ? [decode(segment), ''] : [decode(segment.slice(0, at)), segment.slice(at + 1)]
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

function readDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined
  // A hand-typed offset ('+01:00') is not a form-encoded space; try it as written first.
  return toUtcIsoLoose(decode(raw, false)) ?? toUtcIsoLoose(decode(raw)) ?? undefined
}

/** Form decoding ('+' is a space) that keeps a malformed escape ('100%') as typed. */
function decode(value: string, plusIsSpace = true): string {
  const text = plusIsSpace ? value.replace(/\+/g, ' ') : value
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** Percent-encoding that keeps ':' '/' '@' readable (legal in a query) and writes spaces as '+'. */
function encode(value: string): string {
  return encodeURIComponent(wellFormed(value))
    .replace(/%20/g, '+')
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/')
    .replace(/%40/g, '@')
}

/** encodeURIComponent throws on a lone surrogate (half of a pasted emoji); keep the rest. */
function wellFormed(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  )
}
