/**
 * A Map kept to a fixed number of keys by first-in, first-out eviction: the key set longest ago
 * goes first. For small per-reader memos (offset walks, filtered views of a snapshot) whose
 * entries cost little to rebuild, so order of insertion is a good enough guess at what is stale;
 * the snapshot store itself (`reader/cache.ts`) is an LRU with a budget in entries instead.
 */
export function boundedMapSet<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value)
  // A Map iterates in insertion order, so its first key is the oldest.
  while (map.size > max) {
    const oldest = map.keys().next()
    if (oldest.done) return
    map.delete(oldest.value)
  }
}
