/**
 * The chart phase (`--only chart`): BalanceChart vs uPlot over the same points, in
 * bench/pages/chart.html: first paint (the kit downsampling, uPlot drawing every point), then
 * `config.resizes` resizes.
 */
import { call, pageLimitMs, withPage } from '../browser.mjs'
import { interleaved } from '../interleaved.mjs'
import { kitAgainst, median, ratio, summarize } from '../stats.mjs'

/** `{ raw, sizes }`: every run as measured, and per size the medians, spreads and ratios. */
export async function runChart(ctx) {
  const raw = await interleaved(ctx, 'chart', ['kit', 'uplot'], ctx.config.sizes, (v, size) =>
    chartRun(ctx, v, size),
  )
  return { raw, sizes: raw.map(aggregateChart) }
}

async function chartRun(ctx, variant, size) {
  const path = `chart.html?variant=${variant}&size=${size}`
  return withPage(ctx, path, pageLimitMs(size), async (page) => {
    await call(page, 'load')
    const mount = await call(page, 'mount')
    const resizes = []
    for (let i = 0; i < ctx.config.resizes; i++) resizes.push((await call(page, 'resize')).ms)
    return {
      variant,
      size,
      firstPaintMs: mount.ms,
      firstPaintDomMs: mount.domMs,
      prepMs: mount.prepMs ?? null,
      resizeMs: median(resizes),
      resizes,
      nodes: mount.nodes,
    }
  })
}

function aggregateChart(entry) {
  const { size, runs, errors } = entry
  const { pick, metric } = kitAgainst('uplot', runs)
  return {
    size,
    errors,
    reps: { kit: runs.kit.length, uplot: runs.uplot.length },
    firstPaintMs: metric((r) => r.firstPaintMs),
    resizeMs: metric((r) => r.resizeMs),
    uplotPrepMs: summarize(pick('uplot', (r) => r.prepMs)),
    // uPlot drawing only, its arrays already built from the entries.
    firstPaintVsUplotDrawOnly: ratio(
      pick('kit', (r) => r.firstPaintMs),
      pick('uplot', (r) => r.firstPaintMs - r.prepMs),
    ),
  }
}
