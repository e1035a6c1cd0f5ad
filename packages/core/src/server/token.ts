/**
 * Page tokens: what the next page needs (the reader's page param, or a long-id position, see
 * `position.ts`) and the time the token was issued, sealed with HMAC-SHA256 (Web Crypto, so it
 * runs in Node, Deno, Bun and edge runtimes alike). The MAC also covers the source's key, the
 * source's credentials, the normalized query and the page size, so a token only opens for the
 * exact walk that produced it: one edited by hand, made up, or taken from another query, page
 * size, ledger, customer or secret is refused, never followed, and one older than its lifetime
 * is refused as expired. The content itself is readable (base64url JSON): offsets, cursors and
 * the last entry seen, nothing secret; the credentials are only in the MAC'd message, so a token
 * never reveals them. What matters is that the content cannot be chosen.
 */
import type { LedgerQuery } from '../query.js'
import type { TokenContent } from './position.js'

/** What a token is bound to, besides what it carries. */
export interface TokenBinding {
  sourceKey: readonly string[]
  /**
   * The source's token and headers (`credentialMaterial`), null for a source that registered
   * none: two customers behind one provider URL differ only here.
   */
  credentials: string | null
  /** Normalized (`normalizeQuery`), so equal filters give equal bindings. */
  query: LedgerQuery
  pageSize: number
}

/** A token opened: its content, or why it was refused. */
export type OpenedToken =
  { status: 'valid'; content: TokenContent } | { status: 'invalid' } | { status: 'expired' }

export interface PageTokens {
  seal(binding: TokenBinding, content: TokenContent): Promise<string>
  /** The content inside a token, or why it does not open for this binding now. */
  open(binding: TokenBinding, token: string): Promise<OpenedToken>
}

export interface PageTokenOptions {
  /** How long a token opens after it was issued, in milliseconds. */
  ttlMs: number
  /** The clock, in epoch milliseconds. @default Date.now */
  now?: () => number
}

/** The shortest secret accepted: 32 characters, e.g. `openssl rand -base64 32` gives 44. */
export const MIN_SECRET_LENGTH = 32

/** How long a page token opens by default: one hour. */
export const DEFAULT_PAGE_TOKEN_TTL_MS = 3_600_000

// Versioned, so a token of another format (v1 carried no issue time) can never be mistaken for
// this one: it is refused and the browser starts again from the first page.
const DOMAIN = 'usage-kit/ledger-page/v2'
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** Tokens under `secret`, or under a random key that lives as long as this object. */
export function createPageTokens(
  secret: string | undefined,
  { ttlMs, now = Date.now }: PageTokenOptions,
): PageTokens {
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
      JSON.stringify([
        DOMAIN,
        binding.sourceKey,
        binding.credentials,
        binding.query,
        binding.pageSize,
        payload,
      ]),
    )

  return {
    async seal(binding, content) {
      const sealed: SealedContent = { ...content, issuedAt: now() }
      const payload = toBase64Url(encoder.encode(JSON.stringify(sealed)))
      const mac = await subtle().sign('HMAC', await hmacKey(), message(binding, payload))
      return `${payload}.${toBase64Url(new Uint8Array(mac))}`
    },

    async open(binding, token) {
      const invalid = { status: 'invalid' } as const
      const [payload, mac, extra] = token.split('.')
      if (payload === undefined || mac === undefined || extra !== undefined) return invalid
      const signature = fromBase64Url(mac)
      if (signature === null || signature.length !== 32) return invalid
      // verify() compares in constant time, unlike comparing strings.
      const valid = await subtle().verify(
        'HMAC',
        await hmacKey(),
        signature,
        message(binding, payload),
      )
      if (!valid) return invalid
      const sealed = readSealed(fromBase64Url(payload))
      if (sealed === null) return invalid
      // Checked only once the MAC holds, so a forger learns nothing from the answer.
      if (!(now() - sealed.issuedAt <= ttlMs)) return { status: 'expired' }
      const content: TokenContent =
        'param' in sealed ? { param: sealed.param } : { position: sealed.position }
      return { status: 'valid', content }
    },
  }
}

type SealedContent = TokenContent & { issuedAt: number }

function readSealed(bytes: Uint8Array | null): SealedContent | null {
  if (bytes === null) return null
  try {
    const sealed = JSON.parse(decoder.decode(bytes)) as Partial<Record<string, unknown>>
    const valid =
      typeof sealed?.issuedAt === 'number' &&
      ((typeof sealed.param === 'object' && sealed.param !== null) ||
        (typeof sealed.position === 'object' && sealed.position !== null))
    return valid ? (sealed as SealedContent) : null
  } catch {
    return null
  }
}

/** Web Crypto's SubtleCrypto, or a clear error where the runtime has none. */
export function subtle(): SubtleCrypto {
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
