import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { JsonTooDeepError, MAX_JSON_DEPTH, parseJsonText } from './json-text.js'
import { createSlicer } from './slicer.js'

/** The outcome of parsing, comparable across the two parsers: a value as JSON text, or 'throws'. */
async function outcome(parse: () => unknown): Promise<string> {
  try {
    return JSON.stringify(await parse())
  } catch (error) {
    expect(error).toBeInstanceOf(SyntaxError)
    return 'throws'
  }
}

const sliceChars = fc.integer({ min: 1, max: 64 })
/** Where to cut a text into the pieces a body stream might decode it in. */
const cuts = fc.array(fc.nat(), { maxLength: 6 })

/** `text` cut at `at` (positions taken modulo its length), as the pieces a stream would give. */
function piecesOf(text: string, at: readonly number[]): string[] {
  const ends = [...new Set(at.map((n) => n % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let from = 0
  for (const end of [...ends, text.length]) {
    pieces.push(text.slice(from, end))
    from = end
  }
  return pieces
}

describe('parseJsonText', () => {
  it('gives what JSON.parse gives, key order included, however small the slices and pieces (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue(),
        fc.constantFrom(0, 1, 2),
        sliceChars,
        cuts,
        async (value, indent, size, at) => {
          const text = JSON.stringify(value, null, indent)
          const pieces = piecesOf(text, at)
          expect(await outcome(() => parseJsonText(pieces, { sliceChars: size }))).toBe(
            await outcome(() => JSON.parse(text)),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('refuses exactly the texts JSON.parse refuses, damaged ones included (property)', async () => {
    const piece = fc.constantFrom(
      ',',
      '[',
      ']',
      '{',
      '}',
      ':',
      '"',
      ' ',
      '1',
      'x',
      '\\',
      ',,',
      '[]',
    )
    await fc.assert(
      fc.asyncProperty(
        // Containers of containers, so that slices and the commas around built children are hit.
        fc.array(
          fc.oneof(
            fc.jsonValue(),
            fc.array(fc.jsonValue()),
            fc.dictionary(fc.string(), fc.array(fc.integer())),
          ),
        ),
        fc.nat(),
        fc.nat(3),
        piece,
        sliceChars,
        cuts,
        async (value, at, cut, insert, size, pieceCuts) => {
          const valid = JSON.stringify(value)
          const i = at % (valid.length + 1)
          const text = valid.slice(0, i) + insert + valid.slice(i + cut)
          const pieces = piecesOf(text, pieceCuts)
          expect(await outcome(() => parseJsonText(pieces, { sliceChars: size }))).toBe(
            await outcome(() => JSON.parse(text)),
          )
        },
      ),
      { numRuns: 1000 },
    )
  })

  it.each([
    '[[1,2,3] [4]]',
    '[[1,2,3],,[4]]',
    '[[1,2,3],[4],]',
    '[,[1,2,3]]',
    '{"a":[1,2,3] "b":[4]}',
    '{"a":[1,2,3],"b" [4]}',
    '{"a":[1,2,3],[4]}',
    '{"a":[1,2,3],"b":[4,5,6]}x',
    'x{"a":[1,2,3]}',
    '[[1,2,3],[4,5,6]][]',
    '{"a":[1,2,3}',
    '[1,2,3,4,5,6,7,8',
    '{"a"\u00a0:[1,2,3,4]}',
    '["a\\"]',
  ])('refuses %s as JSON.parse does, however it is sliced', async (text) => {
    for (const size of [1, 2, 3, 5, 8]) {
      await expect(parseJsonText(text, { sliceChars: size })).rejects.toBeInstanceOf(SyntaxError)
      const pieces = [...text]
      await expect(parseJsonText(pieces, { sliceChars: size })).rejects.toBeInstanceOf(SyntaxError)
    }
  })

  it('keeps __proto__ as an own key, as JSON.parse does, in a container built in slices', async () => {
    const text = `{"__proto__":{"polluted":1},"rows":[${'1,'.repeat(50)}1]}`
    const value = (await parseJsonText(text, { sliceChars: 4 })) as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.keys(value)).toEqual(['__proto__', 'rows'])
    expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(text)))
  })

  it(`accepts ${MAX_JSON_DEPTH} levels and refuses one more, naming the path where it crossed`, async () => {
    const nest = (depth: number) =>
      `{"a":[1,{"b":${'['.repeat(depth - 3)}${']'.repeat(depth - 3)}}]}`
    await expect(parseJsonText(nest(MAX_JSON_DEPTH))).resolves.toBeDefined()
    const error = await parseJsonText(nest(MAX_JSON_DEPTH + 1)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(JsonTooDeepError)
    expect((error as JsonTooDeepError).path).toBe(`$.a[1].b${'[0]'.repeat(MAX_JSON_DEPTH - 3)}`)
    // 50,000 levels: refused by the scan, before anything recursive can overflow the stack.
    const deep = `[${'['.repeat(50_000)}${']'.repeat(50_000)}]`
    await expect(parseJsonText(deep)).rejects.toBeInstanceOf(JsonTooDeepError)
  })

  // Speed is measured outside the tests. 100,000 Monk entries (36 MB) over loopback HTTP, Node 20,
  // monitorEventLoopDelay: the longest block fell from 450 ms (text(), JSON.parse, normalize, each
  // in one go) to 110 ms (the normalize pass, still one block until the provider parsers yield);
  // with a yielding Monk parser, 45 ms (p99 33 ms). ngrok: 599 ms to 191 ms.
  it('gives the event loop a turn between slices of a big array', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ id: `row-${i}`, amount: i }))
    const text = JSON.stringify({ data: { entries: rows } })
    // A slicer whose slices are 0 ms long pauses at every slice boundary.
    const slicer = createSlicer(undefined, 0)
    let ranBetween = false
    setImmediate(() => (ranBetween = true))
    const parsing = parseJsonText(text, { sliceChars: 1024, slicer })
    expect(ranBetween).toBe(false)
    expect(await parsing).toEqual({ data: { entries: rows } })
    expect(ranBetween).toBe(true)
    // One turn per slice of about 1 KiB: the rows were parsed in many pieces, not one.
    expect(slicer.yields).toBeGreaterThan(text.length / 1024 / 2)
  })

  it('stops at the next pause once the signal aborts', async () => {
    const controller = new AbortController()
    const text = JSON.stringify(Array.from({ length: 1_000 }, (_, i) => i))
    const parsing = parseJsonText(text, {
      sliceChars: 16,
      slicer: createSlicer(controller.signal, 0),
    })
    controller.abort()
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' })
  })
})
