/**
 * The endpoint side of `pnpm bench:server`: `createLedgerHandler` through the Node adapter on
 * loopback, one handler per mounted ledger (`/<mount>`), in a process of its own (run with
 * --expose-gc) so its heap and event-loop delay are the kit's alone. The driver (run.mjs) sets it
 * up and reads its figures over IPC.
 *
 * The kit is loaded from `--core <dist>` (default packages/core/dist), so the same bench runs
 * against an older build for before-and-after figures; options a build does not know are ignored.
 */
import { createServer } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const coreDir = process.argv[2]
const core = await import(pathToFileURL(`${coreDir}/index.js`).href)
const server = await import(pathToFileURL(`${coreDir}/server/index.js`).href)

const MONK_CONTRACT_ID = '5b7c1f7e-1d2a-4c3b-9e8f-0a1b2c3d4e5f'
const VAYU_CUSTOMER_ID = '65f0c0ffee0123456789abcd'
const token = 'test-token'
const mounts = new Map()
/** The first failures the handlers hid behind their error responses, for the report. */
const failures = []
const onError = (error) => {
  if (failures.length < 5) failures.push(String(error?.cause?.cause ?? error?.cause ?? error))
}
const eld = monitorEventLoopDelay({ resolution: 5 })
eld.enable()

function sourceFor(provider, baseUrl) {
  return core.createSource({
    provider,
    baseUrl,
    token,
    contractId: MONK_CONTRACT_ID,
    customerId: VAYU_CUSTOMER_ID,
  })
}

const http = createServer((req, res) => {
  const mount = req.url.split(/[/?]/)[1]
  const node = mounts.get(mount)
  if (!node) {
    res.statusCode = 404
    res.end()
    return
  }
  void node(req, res)
})

const ms = (ns) => Math.round(ns / 1e4) / 100

const commands = {
  /** Mounts one handler per `{ mount, provider, path }`, its source reading `<provider>/<path>`. */
  mount({ ledgers, providerPort }) {
    for (const { mount, provider, path } of ledgers) {
      const source = sourceFor(provider, `http://127.0.0.1:${providerPort}/${path}`)
      const handler = server.createLedgerHandler({ source, secret: 'b'.repeat(40), onError })
      mounts.set(mount, server.toNodeHandler(handler))
    }
    return { mounted: mounts.size }
  },
  unmountAll() {
    mounts.clear()
    return {}
  },
  resetDelay() {
    eld.reset()
    return {}
  },
  stats() {
    // The delay first: the forced collections below are the bench's, not the endpoint's.
    const eventLoop = {
      p50Ms: ms(eld.percentile(50)),
      p99Ms: ms(eld.percentile(99)),
      maxMs: ms(eld.max),
    }
    globalThis.gc()
    globalThis.gc()
    const cache = core.defaultSnapshotCache
    return {
      heapUsedMb: Math.round(process.memoryUsage().heapUsed / 1e5) / 10,
      eventLoop,
      failures: failures.splice(0),
      cache: cache
        ? { entries: cache.entryCount, ledgers: cache.size, budget: cache.maxEntries }
        : null,
    }
  },
}

// The driver gone (finished or failed), nothing is left to serve.
process.on('disconnect', () => process.exit(0))
process.on('message', ({ id, command, args }) => {
  try {
    process.send({ id, result: commands[command](args) })
  } catch (error) {
    process.send({ id, error: String(error?.stack ?? error) })
  }
})

http.keepAliveTimeout = 30_000
http.listen(0, '127.0.0.1', () => process.send({ port: http.address().port }))
