/**
 * The credentials a source was made with, kept beside the source (never on it) so the ledger
 * endpoint can bind its page tokens to the customer they were issued for. A source's `key` names
 * the provider and base URL (and, where the request carries one, the customer or contract), but
 * Synap, Lasso and ngrok serve "the caller's own ledger": the only thing that tells two customers
 * apart is the token or header they send. The endpoint MACs this material with its secret, so a
 * page token from customer A's handler never opens on customer B's; the material itself never
 * leaves the server (it is in the MAC'd message, never in the token payload).
 */
import type { LedgerSource, SourceOptions } from '../source.js'

type Resolve = () => Promise<string>

// A WeakMap, so a source and its credentials are collected together, and nothing enumerable on
// the source object ever holds a secret (`JSON.stringify(source)`, logs, devtools).
const registry = new WeakMap<object, Resolve>()

/**
 * Records how to resolve `source`'s credential material from the factory's `options`, and
 * returns `source` unchanged. Every provider factory calls it on the object it returns.
 */
export function registerCredentials<S extends LedgerSource>(source: S, options: SourceOptions): S {
  const { token, headers } = options
  registry.set(source, async () => {
    // Resolved like a request's headers: a function is called, so a per-customer header
    // produced by the host (`headers: () => ({ 'x-api-key': keyFor(customer) })`) binds too.
    const extra = typeof headers === 'function' ? await headers() : headers
    // An array, so the layout is fixed by this code and never by the input's key order.
    return JSON.stringify([token ?? null, canonicalHeaders(extra ?? {})])
  })
  return source
}

/**
 * The canonical JSON of `source`'s token and resolved headers, or null for a source made
 * without `registerCredentials` (a custom source: its `key` is all there is to bind to).
 */
export async function credentialMaterial(source: LedgerSource): Promise<string | null> {
  const resolve = registry.get(source)
  return resolve ? resolve() : null
}

/** Header names are case-insensitive: lowercased, sorted, so equal credentials compare equal. */
function canonicalHeaders(headers: Record<string, string>): [string, string][] {
  return Object.entries(headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), String(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
