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

/** 14 lowercase hex digits (53 bits) for `text`; equal texts give equal hashes. */
export function hash53(text: string): string {
  let h1 = -559038737 // 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, M1)
    h2 = Math.imul(h2 ^ code, M2)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), M3)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), M4)
  h2 = Math.imul(h2 ^ (h2 >>> 16), M3)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), M4)
  // 21 bits of h2 above the 32 of h1, written in small pieces: `toString(16)` of a number past
  // the small-integer range takes V8's slow path, several times the cost of the whole hash.
  return hex(h2 & 0x1fffff, 6) + hex(h1 >>> 16, 4) + hex(h1 & 0xffff, 4)
}

/** `value` in `digits` lowercase hex digits, zero-padded. */
function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0')
}
