/**
 * A fast deterministic 53-bit string hash (cyrb53: two 32-bit multiply-xor lanes), for ids derived
 * from ngrok's id-less records. Not cryptographic: it only has to be stable and, at 53 bits, make
 * an accidental collision between 100,000 different records very unlikely (a 32-bit hash would
 * collide about once per 100,000 rows). Any collision that does happen still gets a unique id from
 * the occurrence suffix (`ids.ts`).
 */

// The multipliers as signed int32: a constant above 2^31 makes every `Math.imul` convert a
// double, which made hashing several times slower than `JSON.parse` of the same rows.
const M1 = -1640531535 // 2654435761
const M2 = 1597334677
const M3 = -2048144789 // 2246822507
const M4 = -1028477387 // 3266489909
const SEPARATOR = 124 // '|'

/** 14 lowercase hex digits (53 bits) for `text`; equal texts give equal hashes. */
export function hash53(text: string): string {
  return hex53(hash53Of([text]))
}

/** The hash of `parts.join('|')` as a number below 2^53, without building the joined string. */
export function hash53Of(parts: readonly string[]): number {
  let h1 = -559038737 // 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) {
      h1 = Math.imul(h1 ^ SEPARATOR, M1)
      h2 = Math.imul(h2 ^ SEPARATOR, M2)
    }
    const text = parts[p] as string
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      h1 = Math.imul(h1 ^ code, M1)
      h2 = Math.imul(h2 ^ code, M2)
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), M3)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), M4)
  h2 = Math.imul(h2 ^ (h2 >>> 16), M3)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), M4)
  // 21 bits of h2 above the 32 of h1.
  return (h2 & 0x1fffff) * 0x100000000 + (h1 >>> 0)
}

/** A `hash53Of` value as its 14 hex digits, built as one string (it runs for every credits row). */
export function hex53(hash: number): string {
  const high = Math.floor(hash / 0x100000000)
  const low = hash % 0x100000000
  return String.fromCharCode(
    hexCode(high >>> 20),
    hexCode(high >>> 16),
    hexCode(high >>> 12),
    hexCode(high >>> 8),
    hexCode(high >>> 4),
    hexCode(high),
    hexCode(low >>> 28),
    hexCode(low >>> 24),
    hexCode(low >>> 20),
    hexCode(low >>> 16),
    hexCode(low >>> 12),
    hexCode(low >>> 8),
    hexCode(low >>> 4),
    hexCode(low),
  )
}

/** The character code of the lowest hex digit of `value` ('0'-'9', 'a'-'f'). */
function hexCode(value: number): number {
  const digit = value & 15
  return digit < 10 ? 48 + digit : 87 + digit
}
