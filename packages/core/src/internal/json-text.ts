/**
 * `JSON.parse` that does not block and refuses deep nesting. A provider's whole-history body is
 * tens of megabytes (100,000 Monk entries: 36 MB, 130-260 ms of `JSON.parse` in one block), so the
 * text is scanned for its structure (brackets, commas, where strings end; nothing is decoded) and
 * every container longer than `sliceChars` is parsed a slice of members at a time by the engine's
 * own `JSON.parse`, with a turn for the event loop between slices (`slicer.ts`). A body smaller
 * than a slice is one `JSON.parse`, as before.
 *
 * Why not a streaming parser from npm (`@streamparser/json`): those tokenize every character in
 * JavaScript, several times slower than the engine's parser, and the kit's core has no runtime
 * dependency. Here the engine still parses every value; JavaScript only finds where slices end.
 *
 * The scan also counts nesting: a container deeper than `maxDepth` fails with the JSON path of
 * where the limit was crossed, before anything deep is built (JSON.stringify, structuredClone and
 * any recursive walk of a 50,000-deep value overflow the stack).
 */
import { JsonChunks } from './json-chunks.js'
import { jsonPathAt } from './json-path.js'
import type { Slicer } from './slicer.js'

/** The deepest nesting of arrays and objects a provider body may have (the root is level 1). */
export const MAX_JSON_DEPTH = 64

/**
 * How many characters of one container's members one `JSON.parse` call gets. A slice is parsed as
 * `[` + members + `]`; up to about 100 KB that is as fast as one `JSON.parse` of the whole text
 * (measured on 100,000 Monk rows: 210 ms in 64 KB slices, 220 ms whole), while slices of 1 MB and
 * more took twice as long (the joined string is flattened in large-object space).
 */
export const SLICE_CHARS = 64 * 1024

/** Thrown when a body nests deeper than the limit; `path` is where the limit was crossed. */
export class JsonTooDeepError extends Error {
  override readonly name = 'JsonTooDeepError'
  constructor(
    readonly path: string,
    readonly limit: number,
  ) {
    super(`the JSON nests deeper than ${limit} levels at ${path}`)
  }
}

export interface JsonTextOptions {
  /** @default MAX_JSON_DEPTH */
  maxDepth?: number
  /** @default SLICE_CHARS */
  sliceChars?: number
  /** Gives the event loop its turns; without one the parse runs in one go. */
  slicer?: Slicer
}

const QUOTE = 34
const COMMA = 44
const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93

/** What comes right before a frame's unparsed text. */
type Before = 'open' | 'comma' | 'child'

/** An open container. Until it is `built` it is left whole to its parent's `JSON.parse`. */
interface Frame {
  array: boolean
  /** Where its bracket is. */
  open: number
  built: unknown[] | Record<string, unknown> | null
  /** Start of the member text not yet parsed into `built`. */
  from: number
  before: Before
  /** Objects: the last string read directly inside (the key, when a child container follows). */
  keyStart: number
  keyEnd: number
}

/**
 * The value of the JSON `text` (one string, or the pieces it was decoded in), like `JSON.parse`;
 * throws a SyntaxError where `JSON.parse` would, and a `JsonTooDeepError` for nesting deeper
 * than `maxDepth`.
 */
export async function parseJsonText(
  text: string | readonly string[],
  options: JsonTextOptions = {},
): Promise<unknown> {
  const { maxDepth = MAX_JSON_DEPTH, sliceChars = SLICE_CHARS, slicer } = options
  const source = new JsonChunks(text)
  const { chunks, starts } = source
  const stack: Frame[] = []
  let root: Frame | null = null
  let rootEnd = -1
  // The chunk being read, and where it starts: the scan reads it directly, not through `source`.
  let index = 0
  let chunk = chunks[0] ?? ''
  let base = 0
  let i = 0
  for (;;) {
    while (i - base >= chunk.length) {
      index += 1
      if (index >= chunks.length) break
      chunk = chunks[index] as string
      base = starts[index] as number
    }
    if (index >= chunks.length) break
    const c = chunk.charCodeAt(i - base)
    if (c === QUOTE) {
      const end = source.stringEnd(i)
      if (end < 0) throw syntaxError(i)
      const top = stack[stack.length - 1]
      if (top !== undefined && !top.array) {
        top.keyStart = i
        top.keyEnd = end
      }
      i = end
      continue
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (stack.length >= maxDepth) {
        throw new JsonTooDeepError(jsonPathAt(source.join(), i), maxDepth)
      }
      if (stack.length === 0 && root !== null) throw syntaxError(i)
      const frame: Frame = {
        array: c === OPEN_ARRAY,
        open: i,
        built: null,
        from: i + 1,
        before: 'open',
        keyStart: -1,
        keyEnd: -1,
      }
      root ??= frame
      stack.push(frame)
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      const frame = stack.pop()
      if (frame === undefined) throw syntaxError(i)
      if (frame.built !== null) {
        if (frame.array !== (c === CLOSE_ARRAY)) throw syntaxError(i)
        flush(source, frame, i, 'close')
        const parent = stack[stack.length - 1]
        if (parent !== undefined) {
          parent.from = i + 1
          parent.before = 'child'
        }
      }
      if (stack.length === 0) rootEnd = i + 1
    } else if (c === COMMA) {
      const top = stack[stack.length - 1]
      if (top !== undefined && i - top.from >= sliceChars) {
        build(source, stack, stack.length - 1)
        flush(source, top, i, 'comma')
        const pause = slicer?.pause()
        if (pause) await pause
      }
    }
    i += 1
  }
  if (root === null || root.built === null) return JSON.parse(source.join()) as unknown
  // Built in slices: what is outside the root container was never seen by JSON.parse.
  if (
    stack.length > 0 ||
    !isBlank(source, 0, root.open) ||
    !isBlank(source, rootEnd, source.length)
  ) {
    throw syntaxError(stack.length > 0 ? source.length : rootEnd)
  }
  return root.built
}

/** Makes `stack[index]` a built container, and its ancestors before it, attached to its parent. */
function build(text: JsonChunks, stack: Frame[], index: number): void {
  const frame = stack[index] as Frame
  if (frame.built !== null) return
  const parent = index > 0 ? (stack[index - 1] as Frame) : null
  if (parent !== null) build(text, stack, index - 1)
  frame.built = frame.array ? [] : {}
  if (parent === null) return
  if (Array.isArray(parent.built)) {
    flush(text, parent, frame.open, 'child')
    parent.built.push(frame.built)
    return
  }
  // An object's child: its key is the last string read in the parent, then a colon.
  if (
    parent.keyStart < parent.from ||
    !/^[ \t\n\r]*:[ \t\n\r]*$/.test(text.slice(parent.keyEnd, frame.open))
  ) {
    throw syntaxError(frame.open)
  }
  const key = JSON.parse(text.slice(parent.keyStart, parent.keyEnd)) as string
  flush(text, parent, parent.keyStart, 'child')
  assign(parent.built as Record<string, unknown>, key, frame.built)
}

/**
 * Parses a built frame's members from `frame.from` to `end` into it. `end` is a comma (`'comma'`),
 * the closing bracket (`'close'`), or where a child container (or an object child's key) starts
 * (`'child'`); the commas around a child container are checked here, as `JSON.parse` never sees
 * them.
 */
function flush(text: JsonChunks, frame: Frame, end: number, at: 'comma' | 'close' | 'child'): void {
  let from = frame.from
  let before = frame.before
  if (before === 'child') {
    const next = skipBlank(text, from, end)
    if (next === end && at === 'close') return
    if (text.charCodeAt(next) !== COMMA) throw syntaxError(next)
    from = next + 1
    before = 'comma'
  }
  let to = end
  let commaBeforeChild = false
  if (at === 'child') {
    const last = skipBlankBack(text, from, end)
    if (last > from) {
      if (text.charCodeAt(last - 1) !== COMMA) throw syntaxError(last - 1)
      to = last - 1
      commaBeforeChild = true
    }
  }
  if (isBlank(text, from, to)) {
    // Nothing to parse: right for `[]`, and before a child after `[` or `,`; not for `[,` `,,` `,]`.
    const empty = at === 'child' ? !commaBeforeChild : at === 'close' && before === 'open'
    if (!empty) throw syntaxError(to)
  } else {
    const members = text.slice(from, to)
    if (Array.isArray(frame.built)) {
      const items = JSON.parse(`[${members}]`) as unknown[]
      for (let k = 0; k < items.length; k++) frame.built.push(items[k])
    } else {
      const fields = JSON.parse(`{${members}}`) as Record<string, unknown>
      const built = frame.built as Record<string, unknown>
      for (const key of Object.keys(fields)) assign(built, key, fields[key])
    }
  }
  frame.from = at === 'comma' ? end + 1 : end
  frame.before = at === 'comma' ? 'comma' : before
}

/** Sets an own property the way JSON.parse does, `__proto__` included. */
function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    })
  } else target[key] = value
}

/** JSON whitespace: space, tab, line feed, carriage return. */
function blank(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

function skipBlank(text: JsonChunks, from: number, to: number): number {
  while (from < to && blank(text.charCodeAt(from))) from++
  return from
}

function skipBlankBack(text: JsonChunks, from: number, to: number): number {
  while (to > from && blank(text.charCodeAt(to - 1))) to--
  return to
}

function isBlank(text: JsonChunks, from: number, to: number): boolean {
  return skipBlank(text, from, to) >= to
}

function syntaxError(at: number): SyntaxError {
  return new SyntaxError(`Unexpected token in JSON at position ${at}`)
}
