/** Small statistics over repetition samples: medians, spreads and paired ratios. */

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return null
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

export const round = (x, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? null
    : Math.round(x * 10 ** digits) / 10 ** digits

/** Median with its spread (min and max) over the repetitions. */
export function summarize(xs, digits = 1) {
  const finite = xs.filter((x) => Number.isFinite(x))
  if (finite.length === 0) return null
  return {
    median: round(median(finite), digits),
    min: round(Math.min(...finite), digits),
    max: round(Math.max(...finite), digits),
    n: finite.length,
  }
}

/**
 * The kit's value over the peer's: the ratio of the medians, plus the spread of the ratios of
 * paired repetitions (rep i of the kit with rep i of the peer, measured back to back).
 */
export function ratio(kit, peer, digits = 3) {
  const a = median(kit)
  const b = median(peer)
  if (a === null || b === null || b === 0) return null
  const pairs = []
  for (let i = 0; i < Math.min(kit.length, peer.length); i++) {
    if (Number.isFinite(kit[i]) && Number.isFinite(peer[i]) && peer[i] !== 0) {
      pairs.push(kit[i] / peer[i])
    }
  }
  return {
    value: round(a / b, digits),
    min: pairs.length ? round(Math.min(...pairs), digits) : null,
    max: pairs.length ? round(Math.max(...pairs), digits) : null,
  }
}

/**
 * One size's runs by variant, the kit against `peer`: `pick` reads a metric off each run of a
 * variant; `metric` gives the kit's and the peer's summaries and their paired ratio.
 */
export function kitAgainst(peer, runs) {
  const pick = (variant, get) => (runs[variant] ?? []).map(get)
  const metric = (get, digits = 1) => ({
    kit: summarize(pick('kit', get), digits),
    [peer]: summarize(pick(peer, get), digits),
    ratio: ratio(pick('kit', get), pick(peer, get)),
  })
  return { pick, metric }
}

export const fmtStat = (s, unit = ' ms') =>
  s === null || s === undefined ? 'n/a' : `${s.median}${unit} [${s.min}–${s.max}]`

export const fmtRatio = (r) =>
  r === null || r === undefined
    ? 'n/a'
    : `${r.value}x${r.min !== null ? ` [${r.min}–${r.max}]` : ''}`
