/**
 * The targets of issue 6, each stated at the target size and judged met, missed or (smoke, or
 * not measured) null, with the measurement in words. A target the kit can be profiled for
 * carries that profile (run by phases/profiles.mjs, stripped before writing).
 */
import { PROVIDERS } from './bodies.mjs'
import {
  profileChart,
  profileDataPath,
  profileTable,
  profileTableHeap,
} from './phases/profiles.mjs'
import { round } from './stats.mjs'

/** Every target, in the order SUMMARY.md and the log list them. */
export function evaluateTargets(ctx, { results, nodeDataPath, hostCost }) {
  const out = []
  const add = (name, target, measured, met, profile, profileKey) =>
    out.push({ name, target, measured, met: ctx.smoke ? null : met, profile, profileKey })
  const at = (value) => value?.sizes.find((s) => s.size === ctx.targetSize)
  const table = at(results.table)
  if (table) addTableTargets(ctx, add, table, results.table.sizes)
  const chart = at(results.chart)
  if (chart) addChartTargets(ctx, add, chart)
  if (nodeDataPath) addNodeDataPathTargets(ctx, add, nodeDataPath)
  if (results.datapath) addChromiumDataPathTargets(ctx, add, results.datapath)
  if (hostCost) {
    for (const row of hostCost) {
      // Judged against the issue's budget, which a CI limit may still be ratcheting down to.
      const limit = ISSUE_HOST_BUDGETS[row.name] ?? row.sizeLimit
      add(
        `host cost: ${row.name}`,
        `<= ${round(limit / 1000, 1)} kB gzip`,
        `${round(row.size / 1000, 2)} kB gzip`,
        row.size <= limit,
      )
    }
  }
  return out
}

/**
 * Issue 6's host-cost budgets (bytes, gzip) by size-limit row name, where .size-limit.cjs does not
 * enforce the issue's number yet (see the comment there).
 */
const ISSUE_HOST_BUDGETS = {
  "the kit's own JS (core + react + ui; dependencies and peers excluded)": 30_000,
}

/** Ratios to AG Grid at the target size; DOM nodes at every size (`sizes`); scrolling. */
function addTableTargets(ctx, add, table, sizes) {
  const { targetSize } = ctx
  const versusAgGrid = (key, limit, label, profile) => {
    const m = table[key]
    const value = m.ratio?.value ?? null
    add(
      `${label} <= ${limit}x AG Grid (${targetSize.toLocaleString('en-US')} entries)`,
      `<= ${limit}x`,
      value === null
        ? 'did not run'
        : `${value}x (kit ${m.kit.median}, AG Grid ${m.aggrid.median}; paired ${m.ratio.min}–${m.ratio.max})`,
      value === null ? null : value <= limit,
      profile,
    )
  }
  versusAgGrid('firstPaintMs', 0.2, 'data ready -> first rows painted', () =>
    profileTable(ctx, 'mount'),
  )
  versusAgGrid('sortMs', 0.25, 'sort by amount -> painted', () => profileTable(ctx, 'sort'))
  versusAgGrid('filterMs', 0.15, 'filter to one kind -> painted', () => profileTable(ctx, 'filter'))
  versusAgGrid('heapMB', 0.2, 'heap used by the table beyond the data', () => profileTableHeap(ctx))
  const kitNodes = sizes.flatMap((s) => (s.maxNodes.kit ? [s.maxNodes.kit.max] : []))
  add(
    'DOM nodes bounded (<= ~300 at every size, scrolling included)',
    '<= 300',
    `max ${Math.max(...kitNodes)} (${sizes.map((s) => `${s.size.toLocaleString('en-US')}: ${s.maxNodes.kit?.max ?? 'n/a'}`).join(', ')}); AG Grid ${sizes.map((s) => s.maxNodes.aggrid?.max ?? 'n/a').join(', ')}`,
    kitNodes.length ? Math.max(...kitNodes) <= 300 : null,
  )
  for (const mode of ['steady', 'drag']) {
    const label = mode === 'steady' ? 'steady scrolling' : 'scrollbar-drag scrolling'
    const blank = table[`${mode}BlankFrames`]
    const frames = table[`${mode}Frames`]
    const met =
      blank.kit && frames.kit && frames.aggrid
        ? blank.kit.max === 0 && frames.kit.median >= frames.aggrid.median
        : null
    add(
      `${label}: no blank-viewport frames, frames >= AG Grid's`,
      '0 blank, frames >= AG Grid',
      blank.kit
        ? `kit ${frames.kit.median} frames [${frames.kit.min}–${frames.kit.max}], blank ${blank.kit.median} (max ${blank.kit.max}); AG Grid ${frames.aggrid?.median} frames, blank ${blank.aggrid?.median} (max ${blank.aggrid?.max}); frames ratio ${frames.ratio?.value}x`
        : 'did not run',
      met,
      () => profileTable(ctx, mode),
    )
  }
}

/** First paint against uPlot's, and resize against one frame's budget. */
function addChartTargets(ctx, add, chart) {
  const { targetSize } = ctx
  const fp = chart.firstPaintMs
  add(
    `BalanceChart first paint (with downsampling) <= 0.5x uPlot (${targetSize.toLocaleString('en-US')} points)`,
    '<= 0.5x',
    fp.ratio
      ? `${fp.ratio.value}x (kit ${fp.kit.median} ms, uPlot ${fp.uplot.median} ms incl. ${chart.uplotPrepMs?.median} ms building its arrays; vs uPlot drawing only ${chart.firstPaintVsUplotDrawOnly?.value}x)`
      : 'did not run',
    fp.ratio ? fp.ratio.value <= 0.5 : null,
    () => profileChart(ctx, 'mount'),
  )
  const rs = chart.resizeMs
  add(
    `BalanceChart resize <= 16 ms (${targetSize.toLocaleString('en-US')} points)`,
    '<= 16 ms',
    rs.kit
      ? `${rs.kit.median} ms [${rs.kit.min}–${rs.kit.max}] (uPlot ${rs.uplot?.median} ms; ${rs.ratio?.value}x)`
      : 'did not run',
    rs.kit ? rs.kit.median <= 16 : null,
    () => profileChart(ctx, 'resize'),
  )
}

/** Per provider; profiled in Chromium, one profile shared with the Chromium target. */
function addNodeDataPathTargets(ctx, add, nodeDataPath) {
  for (const row of nodeDataPath.rows) {
    add(
      `Node: ${row.provider} validation + normalization <= 0.5x JSON.parse`,
      '<= 0.5x',
      `${row.kitRatio}x [${row.kitRatioSpread.join('–')}] (${row.kitMs} ms vs ${row.jsonParseMs} ms, ${row.bodyMB} MB)`,
      row.kitRatio <= 0.5,
      () => profileDataPath(ctx, row.provider),
      `datapath-${row.provider}`,
    )
  }
  const { breakdown } = nodeDataPath
  if (breakdown) {
    add(
      'Node: usageBreakdown daily over a year <= 0.25x JSON.parse (issue 16)',
      '<= 0.25x',
      `${breakdown.ratio}x [${breakdown.ratioSpread.join('–')}] (${breakdown.breakdownMs} ms vs ${breakdown.jsonParseMs} ms, ` +
        `${breakdown.entries.toLocaleString('en-US')} entries, ${breakdown.buckets} buckets)`,
      breakdown.ratio <= 0.25,
    )
  }
}

/** Per provider, and the page's CSP proving no parser needs eval. */
function addChromiumDataPathTargets(ctx, add, datapath) {
  for (const row of datapath.rows) {
    add(
      `Chromium: ${row.provider} validation + normalization <= 0.5x JSON.parse`,
      '<= 0.5x',
      row.error
        ? `did not run (${row.error})`
        : `${row.ratio.value}x [${row.ratio.min}–${row.ratio.max}] (${row.kitMs.median} ms vs ${row.jsonParseMs.median} ms, ${row.bodyMB} MB)`,
      row.error ? null : row.ratio.value <= 0.5,
      () => profileDataPath(ctx, row.provider),
      `datapath-${row.provider}`,
    )
  }
  const ran = datapath.rows.filter((row) => !row.error && row.evalBlocked).length
  add(
    'no eval: the parsers run under a CSP without unsafe-eval',
    "script-src 'self'",
    `${ran} of ${PROVIDERS.length} providers parsed in a page where eval throws (script-src 'self')`,
    ran === PROVIDERS.length,
  )
}
