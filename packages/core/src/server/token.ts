/**
 * Page tokens: the reader's page param, sealed with HMAC-SHA256 (Web Crypto, so it runs in Node,
 * Deno, Bun and edge runtimes alike). The MAC covers the source's key, the normalized query and
 * the page size as well as the param, so a token only opens for the exact walk that produced it:
 * one edited by hand, made up, or taken from another query, page size, ledger or secret is
 * refused, never followed. The param itself is readable (base64url JSON): it holds offsets,
 * cursors and the last entry seen, nothing secret; what matters is that it cannot be chosen.
 */
import type { LedgerQuery } from '../query.js'
import type { ReaderPageParam } from '../reader/types.js'

/** What a token is bound to, besides the param it carries. */
export interface TokenBinding {
  sourceKey: readonly string[]
  /** Normalized (`normalizeQuery`), so equal filters give equal bindings. */
  query: LedgerQuery
  pageSize: number
}

export interface PageTokens {
  seal(binding: TokenBinding, param: ReaderPageParam): Promise<string>
  /** The param inside a token, or null when the token does not belong to this binding. */
  open(binding: TokenBinding, token: string): Promise<ReaderPageParam | null>
}

/** The shortest secret accepted: 32 characters, e.g. `openssl rand -base64 32` gives 44. */
export const MIN_SECRET_LENGTH = 32

// Versioned, so a future token format can never be mistaken for this one.
const DOMAIN = 'usage-kit/ledger-page/v1'
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Tokens under `secret`, or under a random key that lives as long as this object. */
export function createPageTokens(secret: string | undefined): PageTokens {
  if (secret !== undefined && (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH)) {
    throw new TypeError(
      `createLedgerHandler: \`secret\` must be a string of at least ${MIN_SECRET_LENGTH} characters`,
    )
  }
  let key: Promise<CryptoKey> | undefined
  const hmacKey = (): Promise<CryptoKey> => {
    const algorithm = { name: 'HMAC', hash: 'SHA-256' }
    key ??=
      secret === undefined
        ? subtle().generateKey({ ...algorithm, length: 256 }, false, ['sign', 'verify'])
        : subtle().importKey('raw', encoder.encode(secret), algorithm, false, ['sign', 'verify'])
    return key
  }
  const message = (binding: TokenBinding, payload: string): Uint8Array<ArrayBuffer> =>
    encoder.encode(
      JSON.stringify([DOMAIN, binding.sourceKey, binding.query, binding.pageSize, payload]),
    )

  return {
    async seal(binding, param) {
      const payload = toBase64Url(encoder.encode(JSON.stringify(param)))
      const mac = await subtle().sign('HMAC', await hmacKey(), message(binding, payload))
      return `${payload}.${toBase64Url(new Uint8Array(mac))}`
    },

    async open(binding, token) {
      const [payload, mac, extra] = token.split('.')
      if (payload === undefined || mac === undefined || extra !== undefined) return null
      const signature = fromBase64Url(mac)
      if (signature === null || signature.length !== 32) return null
      // verify() compares in constant time, unlike comparing strings.
      const valid = await subtle().verify(
        'HMAC',
        await hmacKey(),
        signature,
        message(binding, payload),
      )
      if (!valid) return null
      const bytes = fromBase64Url(payload)
      if (bytes === null) return null
      try {
        const param = JSON.parse(decoder.decode(bytes)) as unknown
        return typeof param === 'object' && param !== null ? (param as ReaderPageParam) : null
      } catch {
        return null
      }
    },
  }
}

function subtle(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) throw new Error('createLedgerHandler needs Web Crypto (globalThis.crypto.subtle)')
  return subtle
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  let binary: string
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
