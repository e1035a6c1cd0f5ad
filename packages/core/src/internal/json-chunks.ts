/**
 * A JSON text held as the pieces it was decoded in, addressed by position in the whole. Joining a
 * 36 MB body into one string is a single copy of about 100 ms (flattening a rope costs the same),
 * so the scan in `json-text.ts` reads the pieces where they are and only the slices it hands to
 * `JSON.parse` are joined.
 */
export class JsonChunks {
  readonly chunks: readonly string[]
  /** Where each chunk starts in the whole text. */
  readonly starts: readonly number[]
  readonly length: number
  /** The chunk the last `charCodeAt` found, since reads are mostly near each other. */
  private last = 0

  constructor(pieces: string | readonly string[]) {
    this.chunks = (typeof pieces === 'string' ? [pieces] : pieces).filter((piece) => piece !== '')
    const starts: number[] = []
    let length = 0
    for (const chunk of this.chunks) {
      starts.push(length)
      length += chunk.length
    }
    this.starts = starts
    this.length = length
  }

  /** The chunk that holds `position` (the last chunk for the end of the text). */
  chunkAt(position: number): number {
    const { starts } = this
    const last = this.last
    if (position >= (starts[last] ?? 0) && position < (starts[last + 1] ?? Infinity)) return last
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= position) low = middle
      else high = middle - 1
    }
    this.last = Math.max(0, low)
    return this.last
  }

  /** The character code at `position`, or NaN outside the text. */
  charCodeAt(position: number): number {
    const index = this.chunkAt(position)
    return (this.chunks[index] ?? '').charCodeAt(position - (this.starts[index] ?? 0))
  }

  /** The text from `from` to `to`; one chunk's `slice` unless it crosses chunks. */
  slice(from: number, to: number): string {
    let index = this.chunkAt(from)
    const start = this.starts[index] ?? 0
    const chunk = this.chunks[index] ?? ''
    if (to - start <= chunk.length) return chunk.slice(from - start, to - start)
    const parts = [chunk.slice(from - start)]
    while (++index < this.chunks.length && (this.starts[index] as number) < to) {
      parts.push((this.chunks[index] as string).slice(0, to - (this.starts[index] as number)))
    }
    return parts.join('')
  }

  /** The whole text as one string (for a body parsed in one go, or a path on failure). */
  join(): string {
    return this.chunks.length === 1 ? (this.chunks[0] as string) : this.chunks.join('')
  }

  /**
   * The position just after the string whose opening quote is at `start`, which may end in a later
   * chunk; -1 when it never ends.
   */
  stringEnd(start: number): number {
    let index = this.chunkAt(start)
    let from = start + 1
    while (index < this.chunks.length) {
      const chunkStart = this.starts[index] as number
      const quote = (this.chunks[index] as string).indexOf('"', from - chunkStart)
      if (quote < 0) {
        index += 1
        from = this.starts[index] ?? this.length
        continue
      }
      const at = chunkStart + quote
      // A quote after an odd run of backslashes is part of the string.
      let backslashes = 0
      while (this.charCodeAt(at - 1 - backslashes) === 92) backslashes++
      if (backslashes % 2 === 0) return at + 1
      from = at + 1
      index = this.chunkAt(from)
    }
    return -1
  }
}
