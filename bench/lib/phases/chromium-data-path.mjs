/**
 * The data path in Chromium (`--only datapath`): per provider, the kit's validation and
 * normalization of a parsed body against JSON.parse of it, in bench/pages/datapath.html (served
 * under a CSP without 'unsafe-eval', so the page also tells whether eval was blocked).
 */
import { PROVIDERS } from '../bodies.mjs'
import { call, withPage } from '../browser.mjs'
import { median, round, summarize } from '../stats.mjs'

/** `{ size, reps, rows }`: one row per provider, or its error when it did not run. */
export async function runChromiumDataPath(ctx) {
  const { config, log } = ctx
  const rows = []
  for (const provider of PROVIDERS) {
    try {
      const row = await dataPathRun(ctx, provider)
      rows.push(row)
      log(
        `datapath ${provider}: JSON.parse ${row.jsonParseMs.median} ms, kit ${row.kitMs.median} ms = ${row.ratio.value}x`,
      )
    } catch (error) {
      rows.push({ provider, error: String(error.message ?? error) })
      log(`datapath ${provider}: did not run (${error.message})`)
    }
  }
  return { size: config.dataSize, reps: config.dataReps, rows }
}

async function dataPathRun(ctx, provider) {
  const { dataSize, dataReps } = ctx.config
  return withPage(
    ctx,
    `datapath.html?provider=${provider}&size=${dataSize}`,
    120_000,
    async (page) => {
      const { evalBlocked } = await call(page, 'load')
      const run = await call(page, 'run', dataReps)
      const ratios = run.kit.map((k, i) => k / run.jsonParse[i])
      return {
        provider,
        entries: run.entries,
        bodyMB: round(run.bytes / 1e6, 1),
        evalBlocked,
        jsonParseMs: summarize(run.jsonParse),
        kitMs: summarize(run.kit),
        ratio: {
          value: round(median(ratios), 3),
          min: round(Math.min(...ratios), 3),
          max: round(Math.max(...ratios), 3),
        },
      }
    },
  )
}
