/**
 * The UTC day of a canonical timestamp ('2026-03-31T23:59:59.000Z' -> 20260331), for the ngrok
 * hot loop to tell whether two timestamps fall on the same day without slicing or comparing
 * strings per row. Only for strings that passed `read.timestamp`, whose first ten characters are
 * 'YYYY-MM-DD' digits.
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
