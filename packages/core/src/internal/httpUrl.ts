/**
 * The kit's one rule for a link it keeps (an invoice URL from a provider or from a usage-kit
 * endpoint): an absolute `http:` or `https:` URL with a host. Used by the provider parsers and by
 * the remote source's validator, so the two can never disagree.
 */

/**
 * `value` when it is an absolute http(s) link, else null. The link is kept as sent (callers render
 * and export it verbatim; the browser's `href` parsing is the same WHATWG parser used here), and
 * it must be:
 * - written in the plain form: `http://` or `https://` (scheme in any case) at the very start,
 *   followed at once by the host, so no other reader can take it for another scheme or for a
 *   path (no leading spaces or control characters, no `https:host`, `https:///host` or `\`);
 * - read by the WHATWG URL parser (`new URL`) with a non-empty host (`https://` alone, a bad
 *   port, an invalid IPv4 or IPv6 host, or spaces in the host are refused).
 */
export function httpUrl(value: string): string | null {
  // The prefix by character codes first: everything else (javascript:, data:, relative links)
  // fails here without a parse. `| 32` lowercases ASCII letters and maps no other character onto
  // 'h', 't', 'p' or 's'.
  if (
    (value.charCodeAt(0) | 32) !== 104 ||
    (value.charCodeAt(1) | 32) !== 116 ||
    (value.charCodeAt(2) | 32) !== 116 ||
    (value.charCodeAt(3) | 32) !== 112
  ) {
    return null
  }
  const at = (value.charCodeAt(4) | 32) === 115 ? 5 : 4
  if (value.charCodeAt(at) !== 58 || value.charCodeAt(at + 1) !== 47) return null
  if (value.charCodeAt(at + 2) !== 47) return null
  // The first character of the host: not '/', '\', '?', '#', whitespace or a control character.
  const host = value.charCodeAt(at + 3)
  if (Number.isNaN(host) || host === 47 || host === 92 || host === 63 || host === 35) return null
  if (host <= 32 || isSpace(host)) return null
  try {
    // With that prefix the parsed scheme is the one written; an http(s) URL the parser accepts
    // always has a host, checked anyway.
    return new URL(value).hostname === '' ? null : value
  } catch {
    return null
  }
}

/** Whether `code` is one of the characters JavaScript's `\s` matches (above 32). */
function isSpace(code: number): boolean {
  if (code < 160) return false
  return (
    code === 160 ||
    code === 5760 ||
    (code >= 8192 && code <= 8202) ||
    code === 8232 ||
    code === 8233 ||
    code === 8239 ||
    code === 8287 ||
    code === 12288 ||
    code === 65279
  )
}
