#!/usr/bin/env node
/**
 * Data-path benchmark: for each provider's 100,000-entry ledger response, how long validation plus
 * normalization takes next to `JSON.parse` of the same body, measured in the same run and
 * interleaved, so the machine's noise cancels in the ratio. The reference library row is valibot
 * checking the same body against the provider's full schema (validation only, no normalization).
 *
 * Each provider runs in a fresh Node process, so one provider's heap does not tax the next.
 *
 * Usage: pnpm bench            (builds first)
 *        node bench/data-path.mjs [--size 100000] [--reps 15] [--out bench/results]
 * Writes data-path.json and data-path.md into --out (bench/results by default).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import * as v from 'valibot'
import { createServer } from 'vite'
import { createLedgerBody } from '../packages/mocks/dist/index.js'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .reduce(
      (pairs, arg, i, all) =>
        arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs,
      [],
    ),
)
const SIZE = Number(args.size ?? 100_000)
const REPS = Number(args.reps ?? 15)
const ONLY = args.only
const OUT = args.out ?? 'bench/results'
const TARGET = 0.5
/** Issue 16: usageBreakdown over a whole parsed ledger within this share of its JSON.parse. */
const BREAKDOWN_TARGET = 0.25

const core = (path) => import(`../packages/core/dist/providers/${path}`)
// The valibot schemas are core's test reference now (packages/core/test/schemas, TypeScript):
// Vite loads them, since Node 20 runs no TypeScript.
async function referenceSchema(provider, name) {
  const vite = await createServer({
    root: fileURLToPath(new URL('..', import.meta.url)),
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return (await vite.ssrLoadModule(`/packages/core/test/schemas/${provider}.ts`))[name]
  } finally {
    await vite.close()
  }
}
const providers = [
  ['synap', 'parseSynapLedger', 'synapLedgerSchema'],
  ['vayu', 'parseVayuLedger', 'vayuLedgerSchema'],
  ['monk', 'parseMonkLedger', 'monkLedgerSchema'],
  ['ngrok', 'parseNgrokLedger', 'ngrokLedgerSchema'],
  ['lasso', 'parseLassoLedger', 'lassoLedgerSchema'],
]

// No forced GC between steps: in an app the body is parsed and normalized back to back, so a
// collection that JSON.parse's garbage triggers during normalization is part of the real cost.
// Medians over interleaved repetitions keep one unlucky collection from deciding the result.
const time = (fn) => {
  const start = performance.now()
  const result = fn()
  return [performance.now() - start, result]
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d

async function measure(provider, parseName, schemaName) {
  const parse = (await core(`${provider}/parse.js`))[parseName]
  const schema = await referenceSchema(provider, schemaName)
  const text = JSON.stringify(createLedgerBody(provider, { size: SIZE, seed: 42 }))
  // Warm up the JIT on every path before measuring.
  for (let i = 0; i < 2; i++) {
    const body = JSON.parse(text)
    parse(body)
    v.safeParse(schema, body)
  }
  const samples = { jsonParse: [], kit: [], valibot: [], kitRatio: [], valibotRatio: [] }
  for (let rep = 0; rep < REPS; rep++) {
    const [parseMs, body] = time(() => JSON.parse(text))
    const [kitMs, out] = time(() => parse(body))
    const [valibotMs, result] = time(() => v.safeParse(schema, body))
    if (!result.success) throw new Error(`${provider}: the generated body failed its own schema`)
    const count = Array.isArray(out) ? out.length : out.entries.length
    if (count === 0) throw new Error(`${provider}: no entries parsed`)
    samples.jsonParse.push(parseMs)
    samples.kit.push(kitMs)
    samples.valibot.push(valibotMs)
    samples.kitRatio.push(kitMs / parseMs)
    samples.valibotRatio.push(valibotMs / parseMs)
  }
  return {
    provider,
    entries: SIZE,
    bodyMB: round(text.length / 1e6, 1),
    jsonParseMs: round(median(samples.jsonParse), 1),
    kitMs: round(median(samples.kit), 1),
    kitRatio: round(median(samples.kitRatio)),
    kitRatioSpread: [round(Math.min(...samples.kitRatio)), round(Math.max(...samples.kitRatio))],
    valibotMs: round(median(samples.valibot), 1),
    valibotRatio: round(median(samples.valibotRatio)),
    withinTarget: median(samples.kitRatio) <= TARGET,
  }
}

/**
 * usageBreakdown into daily buckets over a year (America/Los_Angeles, so two DST days), for the
 * 100,000 entries of Synap's body (categories and metrics), next to JSON.parse of that body. The
 * entries are spread evenly over 2025 first (the generator's span is shorter), outside the timing.
 */
async function measureBreakdown() {
  const { parseSynapLedger } = await core('synap/parse.js')
  const { usageBreakdown } = await import('../packages/core/dist/index.js')
  const text = JSON.stringify(createLedgerBody('synap', { size: SIZE, seed: 42 }))
  const parsed = parseSynapLedger(JSON.parse(text))
  const list = Array.isArray(parsed) ? parsed : parsed.entries
  const start = Date.UTC(2025, 0, 1)
  const step = (365 * 86_400_000) / list.length
  const entries = list.map((entry, i) => ({
    ...entry,
    occurredAt: new Date(start + (list.length - 1 - i) * step).toISOString(),
  }))
  const options = { interval: 'day', timeZone: 'America/Los_Angeles' }
  for (let i = 0; i < 2; i++) usageBreakdown(entries, options)
  const samples = { jsonParse: [], breakdown: [], ratio: [] }
  let buckets = 0
  for (let rep = 0; rep < REPS; rep++) {
    const [parseMs] = time(() => JSON.parse(text))
    const [breakdownMs, result] = time(() => usageBreakdown(entries, options))
    buckets = result.buckets.length
    samples.jsonParse.push(parseMs)
    samples.breakdown.push(breakdownMs)
    samples.ratio.push(breakdownMs / parseMs)
  }
  return {
    entries: entries.length,
    usage: entries.filter((e) => e.kind === 'usage' && !e.pending && e.credits !== null).length,
    buckets,
    bodyMB: round(text.length / 1e6, 1),
    jsonParseMs: round(median(samples.jsonParse), 1),
    breakdownMs: round(median(samples.breakdown), 1),
    ratio: round(median(samples.ratio)),
    ratioSpread: [round(Math.min(...samples.ratio)), round(Math.max(...samples.ratio))],
    withinTarget: median(samples.ratio) <= BREAKDOWN_TARGET,
  }
}

if (ONLY === 'breakdown') {
  process.stdout.write(JSON.stringify(await measureBreakdown()))
  process.exit(0)
}

if (ONLY) {
  const [provider, parseName, schemaName] = providers.find(([name]) => name === ONLY)
  process.stdout.write(JSON.stringify(await measure(provider, parseName, schemaName)))
  process.exit(0)
}

/** One measurement in a fresh Node process (`--only name`), its JSON row back. */
function inChild(name) {
  const child = spawnSync(
    process.execPath,
    [
      fileURLToPath(import.meta.url),
      '--only',
      name,
      '--size',
      String(SIZE),
      '--reps',
      String(REPS),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  )
  if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`)
  return JSON.parse(child.stdout)
}

const rows = []
for (const [provider] of providers) {
  const row = inChild(provider)
  rows.push(row)
  console.log(
    `${provider.padEnd(6)} ${String(row.bodyMB).padStart(5)} MB  JSON.parse ${String(row.jsonParseMs).padStart(6)} ms` +
      `  kit ${String(row.kitMs).padStart(6)} ms = ${row.kitRatio.toFixed(2)}x [${row.kitRatioSpread.join('-')}]` +
      `  valibot ${String(row.valibotMs).padStart(6)} ms = ${row.valibotRatio.toFixed(2)}x  ${row.withinTarget ? 'ok' : 'OVER TARGET'}`,
  )
}

const breakdown = inChild('breakdown')
console.log(
  `usageBreakdown daily over a year, ${breakdown.entries.toLocaleString('en-US')} entries (${breakdown.buckets} buckets):` +
    ` ${breakdown.breakdownMs} ms = ${breakdown.ratio.toFixed(2)}x JSON.parse [${breakdown.ratioSpread.join('-')}]` +
    `  ${breakdown.withinTarget ? 'ok' : 'OVER TARGET'} (target ${BREAKDOWN_TARGET}x)`,
)

mkdirSync(OUT, { recursive: true })
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  size: SIZE,
  reps: REPS,
  target: TARGET,
}
writeFileSync(`${OUT}/data-path.json`, JSON.stringify({ ...meta, rows, breakdown }, null, 2) + '\n')
const md = [
  `# Data path: validation + normalization vs JSON.parse (${SIZE.toLocaleString('en-US')} entries, median of ${REPS}, Node ${process.version})`,
  '',
  '| provider | body | JSON.parse | kit (validate + normalize) | ratio [min-max] | valibot full schema (validate only) | ratio |',
  '|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.provider} | ${r.bodyMB} MB | ${r.jsonParseMs} ms | ${r.kitMs} ms | ${r.kitRatio}x [${r.kitRatioSpread.join('-')}] | ${r.valibotMs} ms | ${r.valibotRatio}x |`,
  ),
  '',
  `Target: kit <= ${TARGET}x JSON.parse. ${rows.every((r) => r.withinTarget) ? 'All within target.' : 'Some OVER target.'}`,
  '',
  `usageBreakdown daily over a year (America/Los_Angeles), ${breakdown.entries.toLocaleString('en-US')} Synap entries ` +
    `(${breakdown.usage.toLocaleString('en-US')} usage, ${breakdown.buckets} buckets): ${breakdown.breakdownMs} ms = ` +
    `${breakdown.ratio}x [${breakdown.ratioSpread.join('-')}] JSON.parse of the ${breakdown.bodyMB} MB body ` +
    `(${breakdown.jsonParseMs} ms); target <= ${BREAKDOWN_TARGET}x: ${breakdown.withinTarget ? 'within' : 'OVER'}.`,
]
writeFileSync(`${OUT}/data-path.md`, md.join('\n') + '\n')
console.log(`\nwrote ${OUT}/data-path.json and ${OUT}/data-path.md`)
if (!rows.every((r) => r.withinTarget) || !breakdown.withinTarget) process.exitCode = 1
