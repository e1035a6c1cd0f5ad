/** Empty values (NaN keys) sort last in both directions. */
const EMPTY = 0xffffffff
/** Which 32-bit word of a 64-bit element is its low half on this platform. */
const LOW = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1

const single = new Float32Array(1)
const singleBits = new Uint32Array(single.buffer)

/**
 * A 32-bit unsigned integer that orders like `key` (rounded to single precision: rounding keeps
 * order but may make two different keys equal, which the caller settles afterwards).
 */
function orderedBits(key: number): number {
  single[0] = key + 0 // -0 and 0 are one key
  const bits = singleBits[0] as number
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0
}

/**
 * Positions 0..n-1 ordered by numeric `keys` (NaN = empty, last), ties in position order. The
 * comparator sort this replaces called a closure n log n times; here every position is packed
 * with its key into one 64-bit integer (key's order bits high, position low) and the whole array
 * goes through the engine's native typed-array sort, with no comparator at all. Keys that only
 * single precision made equal are then re-sorted exactly, run by run (such runs are rare and short).
 */
export function numericOrder(keys: Float64Array, desc: boolean): Uint32Array {
  const count = keys.length
  const packed = new BigUint64Array(count)
  const words = new Uint32Array(packed.buffer)
  for (let i = 0; i < count; i++) {
    const key = keys[i] as number
    const high = key !== key ? EMPTY : desc ? ~orderedBits(key) >>> 0 : orderedBits(key)
    words[2 * i + LOW] = i
    words[2 * i + 1 - LOW] = high
  }
  packed.sort()
  const order = new Uint32Array(count)
  for (let i = 0; i < count; i++) order[i] = words[2 * i + LOW] as number

  let start = 0
  while (start < count) {
    const high = words[2 * start + 1 - LOW]
    let end = start + 1
    while (end < count && words[2 * end + 1 - LOW] === high) end++
    if (end - start > 1 && high !== EMPTY) settleRun(order.subarray(start, end), keys, desc)
    start = end
  }
  return order
}

/** Exact order within a run that single precision could not tell apart. */
function settleRun(run: Uint32Array, keys: Float64Array, desc: boolean): void {
  const first = keys[run[0] as number]
  if (run.every((position) => keys[position] === first)) return
  run.sort((a, b) => {
    const ka = keys[a] as number
    const kb = keys[b] as number
    return ka === kb ? a - b : ka < kb !== desc ? -1 : 1
  })
}
