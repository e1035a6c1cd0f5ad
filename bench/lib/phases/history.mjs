/**
 * The UsageHistory phase (`--only history`): first paint from mount, through a source reading
 * the whole body, in bench/pages/history.html. One variant, no peer: the run counts the requests
 * the composed component makes, too.
 */
import { call, pageLimitMs, withPage } from '../browser.mjs'
import { interleaved } from '../interleaved.mjs'
import { summarize } from '../stats.mjs'

/** `{ raw, sizes }`: every run as measured, and per size the medians and spreads. */
export async function runHistory(ctx) {
  const raw = await interleaved(ctx, 'history', ['history'], ctx.config.sizes, (_v, size) =>
    historyRun(ctx, size),
  )
  return { raw, sizes: raw.map(aggregateHistory) }
}

async function historyRun(ctx, size) {
  return withPage(ctx, `history.html?size=${size}`, pageLimitMs(size), async (page) => {
    await call(page, 'load')
    const mount = await call(page, 'mount')
    return {
      size,
      firstPaintMs: mount.ms,
      tableMs: mount.tableMs,
      chartMs: mount.chartMs,
      requests: mount.requests.length,
      requestPaths: Object.entries(
        mount.requests.reduce(
          (counts, path) => ({ ...counts, [path]: (counts[path] ?? 0) + 1 }),
          {},
        ),
      ).map(([path, count]) => `${path} x${count}`),
      nodes: mount.nodes,
    }
  })
}

function aggregateHistory(entry) {
  const runs = entry.runs.history ?? []
  return {
    size: entry.size,
    errors: entry.errors,
    reps: runs.length,
    firstPaintMs: summarize(runs.map((r) => r.firstPaintMs)),
    tableMs: summarize(runs.map((r) => r.tableMs)),
    chartMs: summarize(runs.map((r) => r.chartMs)),
    requests: runs[0]?.requests ?? null,
    requestPaths: runs[0]?.requestPaths ?? null,
    nodes: summarize(
      runs.map((r) => r.nodes),
      0,
    ),
  }
}
