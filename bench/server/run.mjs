#!/usr/bin/env node
/**
 * The ledger endpoint under load (`pnpm bench:server`, issue 14; not part of `pnpm test`).
 *
 * Three processes on loopback: the provider mocks (provider.mjs, @usage-kit/mocks over real
 * HTTP, counting provider requests), the endpoint (endpoint.mjs: createLedgerHandler through
 * toNodeHandler, with --expose-gc for heap after GC and monitorEventLoopDelay for the event loop)
 * and this driver, whose clients make real HTTP requests. Separate processes rather than MSW in
 * the endpoint's process: MSW would intercept the clients' loopback requests too (each would need
 * a pass-through), its interception would sit on every provider request the figures time, and
 * the mocks' 100,000-entry bodies would count in the endpoint's heap and event loop.
 *
 * Runs:
 * - walk-50, walk-200: 50 and 200 concurrent clients walking 1-4 pages of five ledgers (Monk,
 *   Vayu, Synap, Lasso, ngrok) under mixed filters for --seconds each;
 * - customers: --customers handlers (one per customer, Monk, 2,000 entries each), each customer
 *   reading a first page, the next page and a filtered first page, 50 at a time; heap after GC;
 * - big: a 100,000-entry Monk ledger's first page, then four more filters of it, while another
 *   customer's small ledger is read every 20 ms (its worst latency shows a blocked event loop).
 *
 * Reports requests/s, p50/p95/p99 latency, errors, provider requests per client request,
 * event-loop delay (p99, max) and heap after GC, into <out>/server-<date>.{json,md}.
 *
 * Usage: pnpm bench:server       (builds core and mocks first)
 *        node bench/server/run.mjs [--core packages/core/dist] [--seconds 10] [--customers 1000]
 *                                  [--big 100000] [--label after] [--out bench/results]
 */
import { fork } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRecorder, pool, summarize, walkFor, FILTERS } from './clients.mjs'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])),
)
const here = new URL('.', import.meta.url).pathname
const CORE = resolve(args.core ?? resolve(here, '../../packages/core/dist'))
const SECONDS = Number(args.seconds ?? 10)
const CUSTOMERS = Number(args.customers ?? 1000)
const BIG = Number(args.big ?? 100_000)
const LABEL = args.label ?? 'current'
const OUT = args.out ?? resolve(here, '../results')
const started = Date.now()
const log = (...parts) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...parts)

const WALK = [
  { provider: 'monk', size: 5000 },
  { provider: 'vayu', size: 5000 },
  { provider: 'synap', size: 2000 },
  { provider: 'lasso', size: 2000 },
  { provider: 'ngrok', size: 2000 },
]
const providerLedgers = [
  ...WALK.map(({ provider, size }) => ({ provider, prefix: provider, size, seed: 1 })),
  { provider: 'monk', prefix: 'customer', size: 2000, seed: 2 },
  { provider: 'monk', prefix: 'big', size: BIG, seed: 3 },
  { provider: 'ngrok', prefix: 'probe', size: 200, seed: 4 },
]

/** A child process that reports its port first, then answers `{ id, command }` messages. */
function start(script, argv, execArgv = []) {
  const child = fork(resolve(here, script), argv, {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  let next = 0
  const waiting = new Map()
  const ready = new Promise((done) => child.once('message', (m) => done(m.port)))
  child.on('message', (m) => {
    const call = waiting.get(m.id)
    if (!call) return
    waiting.delete(m.id)
    if (m.error) call.reject(new Error(m.error))
    else call.resolve(m.result)
  })
  return {
    child,
    ready,
    call(command, callArgs) {
      const id = ++next
      return new Promise((res, rej) => {
        waiting.set(id, { resolve: res, reject: rej })
        child.send({ id, command, args: callArgs })
      })
    },
  }
}

const provider = start('provider.mjs', [JSON.stringify(providerLedgers)])
const endpoint = start('endpoint.mjs', [CORE], ['--expose-gc'])
const [providerPort, endpointPort] = await Promise.all([provider.ready, endpoint.ready])
const base = `http://127.0.0.1:${endpointPort}`
/** Provider requests so far, to the given mock prefixes (all when none are given). */
async function providerRequests(prefixes) {
  const counts = await (await fetch(`http://127.0.0.1:${providerPort}/__stats`)).json()
  return prefixes ? prefixes.reduce((sum, p) => sum + (counts.byPrefix[p] ?? 0), 0) : counts.total
}

/** Runs `work`, returning its result with the provider requests it caused and the endpoint's stats. */
async function measured(work, prefixes) {
  await endpoint.call('resetDelay')
  const before = await providerRequests(prefixes)
  const result = await work()
  const providerCount = (await providerRequests(prefixes)) - before
  const stats = await endpoint.call('stats')
  return {
    ...result,
    providerRequests: providerCount,
    providerRequestsPerClientRequest:
      Math.round((providerCount / Math.max(1, result.requests)) * 1000) / 1000,
    eventLoop: stats.eventLoop,
    heapAfterGcMb: stats.heapUsedMb,
    cache: stats.cache,
    ...(stats.failures.length ? { endpointFailures: stats.failures } : {}),
  }
}

const results = {
  label: LABEL,
  core: CORE,
  date: new Date().toISOString(),
  node: process.version,
  runs: {},
}
log(`core ${CORE}`)
const baseline = await endpoint.call('stats')
results.baselineHeapMb = baseline.heapUsedMb

// Walks: five ledgers, mixed filters.
await endpoint.call('mount', {
  providerPort,
  ledgers: WALK.map(({ provider: p }) => ({ mount: p, provider: p, path: p })),
})
for (const clients of [50, 200]) {
  log(`walk: ${clients} clients for ${SECONDS} s`)
  results.runs[`walk-${clients}`] = await measured(() =>
    walkFor({ base, mounts: WALK.map((w) => w.provider), clients, seconds: SECONDS }),
  )
  log(JSON.stringify(results.runs[`walk-${clients}`]))
}
await endpoint.call('unmountAll')

// Many customers: one handler per customer.
const before = (await endpoint.call('stats')).heapUsedMb
await endpoint.call('mount', {
  providerPort,
  ledgers: Array.from({ length: CUSTOMERS }, (_, i) => ({
    mount: `c${i}`,
    provider: 'monk',
    path: `customer/c/${i}`,
  })),
})
log(`customers: ${CUSTOMERS} handlers, Monk 2,000 entries each`)
results.runs.customers = await measured(async () => {
  const recorder = createRecorder()
  const t0 = performance.now()
  await pool(
    Array.from({ length: CUSTOMERS }, (_, i) => i),
    50,
    async (i) => {
      const first = await recorder.get(`${base}/c${i}?pageSize=50`)
      if (first?.nextPageParam) {
        await recorder.get(
          `${base}/c${i}?pageSize=50&pageParam=${encodeURIComponent(first.nextPageParam)}`,
        )
      }
      await recorder.get(`${base}/c${i}?pageSize=50&${FILTERS[1 + (i % (FILTERS.length - 1))]}`)
    },
  )
  return summarize(recorder, performance.now() - t0)
})
results.runs.customers.heapBeforeMb = before
results.runs.customers.heapGrowthMb =
  Math.round((results.runs.customers.heapAfterGcMb - before) * 10) / 10
log(JSON.stringify(results.runs.customers))
await endpoint.call('unmountAll')

// One big ledger, with another customer's small ledger read meanwhile.
await endpoint.call('mount', {
  providerPort,
  ledgers: [
    { mount: 'big', provider: 'monk', path: 'big' },
    { mount: 'probe', provider: 'ngrok', path: 'probe' },
  ],
})
await fetch(
  `http://127.0.0.1:${providerPort}/big/v1/contracts/5b7c1f7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f/credits/ledger`,
  {
    headers: { authorization: 'Bearer test-token' },
  },
).then((r) => r.arrayBuffer()) // the mock generates the body once, outside the timing
await fetch(`${base}/probe?pageSize=10`)
log(`big: a ${BIG}-entry Monk ledger, first page then four more filters`)
results.runs.big = await measured(async () => {
  const probe = createRecorder()
  const reads = []
  let running = true
  const probing = (async () => {
    while (running) {
      await probe.get(`${base}/probe?pageSize=10`)
      await new Promise((r) => setTimeout(r, 20))
    }
  })()
  const recorder = createRecorder()
  const t0 = performance.now()
  for (const filter of FILTERS.slice(0, 5)) {
    const t = performance.now()
    await recorder.get(`${base}/big?pageSize=50&${filter}`)
    reads.push({ filter: filter || '(none)', ms: Math.round(performance.now() - t) })
  }
  running = false
  await probing
  const probeSummary = summarize(probe, performance.now() - t0)
  return {
    ...summarize(recorder, performance.now() - t0),
    reads,
    otherCustomer: {
      requests: probeSummary.requests,
      p99Ms: probeSummary.p99Ms,
      maxMs: probeSummary.maxMs,
      errors: probeSummary.errors,
    },
  }
}, ['big'])
log(JSON.stringify(results.runs.big))

provider.child.kill()
endpoint.child.kill()
results.totalSeconds = Math.round((Date.now() - started) / 1000)

mkdirSync(OUT, { recursive: true })
const stamp = results.date.slice(0, 10)
const file = resolve(OUT, `server-${stamp}${LABEL === 'current' ? '' : `-${LABEL}`}`)
writeFileSync(`${file}.json`, `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(`${file}.md`, markdown(results))
log(`wrote ${file}.json and .md`)

function markdown(r) {
  const row = (name, x) =>
    `| ${name} | ${x.requests} | ${x.requestsPerSecond} | ${x.p50Ms} / ${x.p95Ms} / ${x.p99Ms} | ${x.errors} | ${x.providerRequestsPerClientRequest} | ${x.eventLoop.p99Ms} / ${x.eventLoop.maxMs} | ${x.heapAfterGcMb} |`
  const c = r.runs.customers
  const b = r.runs.big
  return [
    `# Ledger endpoint under load (${r.label}, ${r.date.slice(0, 10)})`,
    '',
    `Node ${r.node}; core from \`${r.core}\`; ${r.totalSeconds} s in all. Generated by \`pnpm bench:server\` (bench/server/run.mjs).`,
    '',
    '| run | requests | req/s | p50 / p95 / p99 ms | errors | provider req per request | event loop p99 / max ms | heap after GC MB |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- | ---: |',
    ...Object.entries(r.runs).map(([name, x]) => row(name, x)),
    '',
    `Customers: ${CUSTOMERS} handlers; heap after GC ${c.heapBeforeMb} MB before, ${c.heapAfterGcMb} MB after (growth ${c.heapGrowthMb} MB)` +
      (c.cache
        ? `; snapshot cache ${c.cache.entries} entries in ${c.cache.ledgers} ledgers (budget ${c.cache.budget}).`
        : '; no process-wide snapshot cache.'),
    '',
    `Big ledger (${BIG} entries): ${b.reads.map((x) => `${x.filter} ${x.ms} ms`).join('; ')}. ` +
      `Another customer's small ledger meanwhile: p99 ${b.otherCustomer.p99Ms} ms, max ${b.otherCustomer.maxMs} ms over ${b.otherCustomer.requests} requests.`,
    '',
  ].join('\n')
}
