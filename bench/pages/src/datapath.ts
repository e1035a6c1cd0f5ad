/**
 * Data path in Chromium: one provider's whole-history body (from the mocks' generator, served by
 * the driver as text), `JSON.parse` of it next to the kit's validation + normalization of the
 * parsed body, interleaved, as bench/data-path.mjs does in Node. The page is served with a
 * Content-Security-Policy without 'unsafe-eval', so a parser that used eval would throw here.
 */
import { expose, now, params } from './harness.js'
// The parse functions are what is being timed, and no package exports them: import their source.
// eslint-disable-next-line no-restricted-imports
import { parseLassoLedger } from '../../../packages/core/src/providers/lasso/parse.js'
// eslint-disable-next-line no-restricted-imports
import { parseMonkLedger } from '../../../packages/core/src/providers/monk/parse.js'
// eslint-disable-next-line no-restricted-imports
import { parseNgrokLedger } from '../../../packages/core/src/providers/ngrok/parse.js'
// eslint-disable-next-line no-restricted-imports
import { parseSynapLedger } from '../../../packages/core/src/providers/synap/parse.js'
// eslint-disable-next-line no-restricted-imports
import { parseVayuLedger } from '../../../packages/core/src/providers/vayu/parse.js'

const parsers: Record<string, (body: unknown) => unknown> = {
  synap: parseSynapLedger,
  vayu: parseVayuLedger,
  monk: parseMonkLedger,
  ngrok: parseNgrokLedger,
  lasso: parseLassoLedger,
}

const provider = params.get('provider') ?? 'monk'
const size = Number(params.get('size') ?? 100_000)
let text = ''
let parsed: unknown = null

/** Whether the page's Content-Security-Policy forbids eval (so the parsers ran without it). */
function evalBlocked(): boolean {
  try {
    // eslint-disable-next-line no-new-func
    new Function('return 1')()
    return false
  } catch {
    return true
  }
}

const count = (out: unknown) =>
  Array.isArray(out) ? out.length : (out as { entries: unknown[] }).entries.length

expose({
  async load() {
    text = await (await fetch(`/data/${provider}-${size}.json`)).text()
    return { bytes: text.length, evalBlocked: evalBlocked() }
  },

  /** For profiling the kit's side alone: the body parsed once, then `parseOnly`. */
  prepare() {
    parsed = JSON.parse(text)
    return { bytes: text.length }
  },

  parseOnly(reps: number) {
    const parse = parsers[provider]
    if (!parse) throw new Error(`unknown provider ${provider}`)
    const times: number[] = []
    for (let rep = 0; rep < reps; rep++) {
      const t0 = now()
      parse(parsed)
      times.push(now() - t0)
    }
    return times
  },

  /** Interleaved repetitions after two warm-up rounds; raw samples in ms. */
  run(reps: number) {
    const parse = parsers[provider]
    if (!parse) throw new Error(`unknown provider ${provider}`)
    for (let i = 0; i < 2; i++) parse(JSON.parse(text))
    const jsonParse: number[] = []
    const kit: number[] = []
    let entries = 0
    for (let rep = 0; rep < reps; rep++) {
      const t0 = now()
      const body: unknown = JSON.parse(text)
      const t1 = now()
      const out = parse(body)
      const t2 = now()
      entries = count(out)
      jsonParse.push(t1 - t0)
      kit.push(t2 - t1)
    }
    if (entries === 0) throw new Error(`${provider}: no entries parsed`)
    return { provider, size, bytes: text.length, entries, jsonParse, kit }
  },
})
