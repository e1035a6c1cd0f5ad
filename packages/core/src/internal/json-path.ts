/**
 * The JSON path (`$.data.entries[0].extra[0]`) of the container that opens at `position` in a JSON
 * text, in the notation of `firstBadPath`. A second, slower scan that reads keys and counts
 * members, run only when a body is refused, so the fast scan keeps no path.
 */
export function jsonPathAt(text: string, position: number): string {
  const frames: { array: boolean; index: number; key: string; last: string }[] = []
  for (let i = 0; i < position; i++) {
    const c = text[i]
    const top = frames[frames.length - 1]
    if (c === '"') {
      let end = i + 1
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1
      if (top !== undefined && !top.array) top.last = JSON.parse(text.slice(i, end + 1)) as string
      i = end
    } else if (c === '{' || c === '[') {
      frames.push({ array: c === '[', index: 0, key: '', last: '' })
    } else if (c === '}' || c === ']') {
      frames.pop()
    } else if (c === ',' && top?.array) {
      top.index += 1
    } else if (c === ':' && top !== undefined) {
      top.key = top.last
    }
  }
  return `$${frames.map((frame) => (frame.array ? `[${frame.index}]` : `.${frame.key}`)).join('')}`
}
