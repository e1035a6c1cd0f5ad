/**
 * Character-code readers for the ngrok hot loop. Each replaces a builtin call or a regex run per
 * row (`startsWith` twice a row, the link regex) with a few `charCodeAt` reads, which the JIT
 * compiles to plain loads: measured on a 100,000-row body, a regex call or a `startsWith` costs
 * two to three times as much as the reads that answer the same question. `chars.test.ts` holds
 * each to the general form it stands for.
 */

/**
 * The UTC day of a canonical timestamp ('2026-03-31T23:59:59.000Z' -> 20260331), for telling
 * whether two timestamps fall on the same day without slicing either. Only for strings that
 * passed `is.timestamp`, whose first ten characters are 'YYYY-MM-DD' digits. (A hand-written
 * validator returning the day as well was tried: it cost as much as the regex it replaced.)
 */
export function dayKey(iso: string): number {
  return (
    (((iso.charCodeAt(0) * 10 + iso.charCodeAt(1)) * 10 + iso.charCodeAt(2)) * 10 +
      iso.charCodeAt(3) -
      53328) * // the four '0's of the year: 48 * 1111
      10000 +
    (iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528) * 100 + // 48 * 11
    (iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528)
  )
}

/**
 * `is.safeHttpUrl` without the regex: the link when it starts with `http://` or `https://` (any
 * case) followed by a character that is not whitespace, '/', '?' or '#', and is longer than 8
 * characters; else null.
 */
export function httpLink(value: string): string | null {
  // `| 32` lowercases ASCII letters and maps no other character onto 'h', 't', 'p' or 's'.
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
  const host = value.charCodeAt(at + 3)
  if (host === 47 || host === 63 || host === 35 || isSpace(host)) return null
  // A missing host character reads as NaN and passes the checks above; the length rules it out.
  return value.length > 8 ? value : null
}

/** Whether `code` is one of the characters JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13)
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
