/**
 * Where each of `entries` sits in `previous`, when `entries` is `previous` with some entries left
 * out and none added or moved (what a filter makes of it); null otherwise. One pass.
 */
export function positionsIn<T>(previous: readonly T[], entries: readonly T[]): Int32Array | null {
  const positions = new Int32Array(entries.length)
  let at = 0
  for (let i = 0; i < entries.length; i++) {
    while (at < previous.length && previous[at] !== entries[i]) at++
    if (at === previous.length) return null
    positions[i] = at++
  }
  return positions
}

/**
 * The sorted order of a filtered ledger, read off the order of the ledger it was filtered from
 * (`positions` from `positionsIn`): what a fresh sort would give, ties included (they keep the
 * entries' order, which filtering does not change), in two linear passes instead of a sort.
 */
export function narrowOrder(order: Uint32Array, positions: Int32Array): Uint32Array {
  // 1 + the filtered index of each previous position; 0 for the entries left out.
  const kept = new Uint32Array(order.length)
  for (let i = 0; i < positions.length; i++) kept[positions[i] as number] = i + 1
  const narrowed = new Uint32Array(positions.length)
  let next = 0
  for (let i = 0; i < order.length; i++) {
    const index = kept[order[i] as number] as number
    if (index > 0) narrowed[next++] = index - 1
  }
  return narrowed
}
