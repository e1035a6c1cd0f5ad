/**
 * Profiles of the kit's side where a target is missed (or every target with --profile-all), at
 * the target size: CPU sampling (with a devtools timeline trace) or allocation sampling, through
 * CDP, summarized by ../profile.mjs. Each targets.mjs entry carries the profile that explains it.
 */
import { ensureProviderBody } from '../bodies.mjs'
import { call, usedHeap, withPage } from '../browser.mjs'
import { cpuProfile, summarizeHeapProfile } from '../profile.mjs'
import { round } from '../stats.mjs'

/**
 * One profile per wanted target; targets sharing a `profileKey` (Node and Chromium data path of
 * one provider) are profiled once, the later ones pointing at the first.
 */
export async function runProfiles(ctx, targets) {
  const { config, browser, profileAll, log } = ctx
  const profiles = []
  if (!config.profile || !browser) return profiles
  const done = new Map()
  const wanted = profileAll ? (t) => t.met !== null : (t) => t.met === false
  for (const target of targets.filter((t) => wanted(t) && t.profile)) {
    try {
      log(`profiling: ${target.name}`)
      const key = target.profileKey ?? target.name
      if (done.has(key)) {
        profiles.push({ target: target.name, sameAs: done.get(key) })
        continue
      }
      done.set(key, target.name)
      profiles.push({ target: target.name, ...(await target.profile()) })
    } catch (error) {
      profiles.push({ target: target.name, error: String(error.message ?? error) })
    }
  }
  return profiles
}

/** CPU profile of one table step: mount, a scroll mode, sort, or filter (after a sort). */
export async function profileTable(ctx, step) {
  const { browser, config, dist, targetSize } = ctx
  return withPage(ctx, `table.html?variant=kit&size=${targetSize}`, 300_000, async (page, cdp) => {
    await call(page, 'load')
    const run = (fn) => cpuProfile(cdp, dist, fn, browser, page)
    if (step === 'mount') return profileMount(page, run)
    await call(page, 'mount')
    if (step === 'steady' || step === 'drag') {
      const { result, summary, trace } = await run(() =>
        call(page, 'scroll', step, config.scrollMs),
      )
      return { kind: 'cpu', step, measured: result, summary, trace }
    }
    if (step === 'filter') await call(page, 'sort')
    const { result, summary, trace } = await run(() => call(page, step))
    return { kind: 'cpu', step, measuredMs: round(result.ms), summary, trace }
  })
}

/** The live allocations the table makes while mounting (sampled every 1 kB). */
export async function profileTableHeap(ctx) {
  const { dist, targetSize } = ctx
  return withPage(ctx, `table.html?variant=kit&size=${targetSize}`, 300_000, async (page, cdp) => {
    await call(page, 'load')
    await usedHeap(page, cdp)
    await cdp.send('HeapProfiler.enable')
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 1024 })
    await call(page, 'mount')
    await usedHeap(page, cdp)
    const { profile } = await cdp.send('HeapProfiler.stopSampling')
    return {
      kind: 'heap (live allocations made while mounting)',
      summary: summarizeHeapProfile(profile, dist),
    }
  })
}

/** CPU profile of the chart's first paint, or of four resizes in a row. */
export async function profileChart(ctx, step) {
  const { browser, dist, targetSize } = ctx
  return withPage(ctx, `chart.html?variant=kit&size=${targetSize}`, 300_000, async (page, cdp) => {
    await call(page, 'load')
    const run = (fn) => cpuProfile(cdp, dist, fn, browser, page)
    if (step === 'mount') return profileMount(page, run)
    await call(page, 'mount')
    const { result, summary, trace } = await run(async () => {
      const out = []
      for (let i = 0; i < 4; i++) out.push((await call(page, 'resize')).ms)
      return out
    })
    return {
      kind: 'cpu',
      step: 'resize x4',
      measuredMs: result.map((x) => round(x)),
      summary,
      trace,
    }
  })
}

/** Table and chart alike: the mount, under the profiler `run`. */
async function profileMount(page, run) {
  const { result, summary, trace } = await run(() => call(page, 'mount'))
  return { kind: 'cpu', step: 'mount', measuredMs: round(result.ms), summary, trace }
}

/**
 * CPU profile of one provider's validation and normalization in Chromium. The Node data path's
 * targets profile here too, so the body may not have been generated yet.
 */
export async function profileDataPath(ctx, provider) {
  const { bodies, config, dist } = ctx
  ensureProviderBody(bodies, provider, config.dataSize)
  return withPage(
    ctx,
    `datapath.html?provider=${provider}&size=${config.dataSize}`,
    120_000,
    async (page, cdp) => {
      await call(page, 'load')
      await call(page, 'prepare')
      const { result, summary } = await cpuProfile(cdp, dist, () => call(page, 'parseOnly', 10))
      return {
        kind: 'cpu',
        step: `validation + normalization of the parsed body x10 in Chromium (${config.dataSize.toLocaleString('en-US')} entries, JSON.parse outside the profile)`,
        measuredMs: result.map((x) => round(x)),
        summary,
      }
    },
  )
}
