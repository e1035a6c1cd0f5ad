/**
 * Load generation for `pnpm bench:server`: clients that walk pages of the endpoint over real
 * HTTP, and the latency statistics of what they saw.
 */
import { performance } from 'node:perf_hooks'

/** Filters a user would pick, as endpoint query strings (mixed: kinds, dates, text, none). */
export const FILTERS = [
  '',
  'kinds=usage',
  'kinds=grant,adjustment',
  'from=2026-06-01T00:00:00Z',
  'from=2026-03-01T00:00:00Z&to=2026-09-01T00:00:00Z',
  'q=inv',
  'kinds=usage&from=2026-01-01T00:00:00Z',
]

/** A recorder of request outcomes. */
export function createRecorder() {
  const latencies = []
  let errors = 0
  const errorSamples = []
  return {
    latencies,
    get errors() {
      return errors
    },
    errorSamples,
    async get(url) {
      const started = performance.now()
      try {
        const response = await fetch(url)
        const body = await response.json()
        latencies.push(performance.now() - started)
        if (response.status !== 200) {
          errors++
          if (errorSamples.length < 5)
            errorSamples.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`)
          return null
        }
        return body
      } catch (error) {
        latencies.push(performance.now() - started)
        errors++
        if (errorSamples.length < 5) errorSamples.push(String(error))
        return null
      }
    },
  }
}

/** A deterministic PRNG, so runs pick the same walks. */
export function createRandom(seed) {
  let state = seed >>> 0
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % n
  }
}

/**
 * `clients` concurrent clients, each walking 1-4 pages of a random ledger under a random filter,
 * again and again until `seconds` have passed.
 */
export async function walkFor({ base, mounts, clients, seconds, pageSize = 50 }) {
  const recorder = createRecorder()
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      const random = createRandom(client + 1)
      while (performance.now() < deadline) {
        const mount = mounts[random(mounts.length)]
        const filter = FILTERS[random(FILTERS.length)]
        const pages = 1 + random(4)
        let token = null
        for (let page = 0; page < pages && performance.now() < deadline; page++) {
          const params = new URLSearchParams(filter)
          params.set('pageSize', String(pageSize))
          if (token) params.set('pageParam', token)
          const body = await recorder.get(`${base}/${mount}?${params}`)
          token = body?.nextPageParam ?? null
          if (!token) break
        }
      }
    }),
  )
  return summarize(recorder, performance.now() - started)
}

/** Runs `work` over `items` with `concurrency` workers. */
export async function pool(items, concurrency, work) {
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

const round = (x) => (x === null ? null : Math.round(x * 10) / 10)

export function summarize(recorder, elapsedMs) {
  const sorted = recorder.latencies.slice().sort((a, b) => a - b)
  return {
    requests: sorted.length,
    requestsPerSecond: round(sorted.length / (elapsedMs / 1000)),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? null),
    errors: recorder.errors,
    ...(recorder.errorSamples.length ? { errorSamples: recorder.errorSamples } : {}),
  }
}
