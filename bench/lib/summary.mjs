/** The markdown summary of a benchmark run (bench/results/SUMMARY.md). */
import { writeFileSync } from 'node:fs'
import { fmtRatio, fmtStat } from './stats.mjs'

const n = (x) => x.toLocaleString('en-US')

const describeMeasured = (m) =>
  m.frames !== undefined
    ? `${m.frames} frames in ${Math.round(m.durationMs)} ms, ${m.blankFrames} blank, longest frame ${Math.round(m.longestFrameMs)} ms`
    : JSON.stringify(m)

export function writeSummary(
  path,
  { machine, config, results, nodeDataPath, hostCost, targets, profiles, failures },
) {
  const md = []
  const line = (s = '') => md.push(s)
  line(`# usage-kit benchmarks${machine.smoke ? ' (smoke: no timing conclusions)' : ''}`)
  line()
  line(
    `Run ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB memory, ` +
      `${machine.os}; Chromium ${machine.chromium} (headless, Debian), Node ${machine.node}; ` +
      `${machine.reps} repetition${machine.reps === 1 ? '' : 's'} per variant and size` +
      (machine.repsLarge !== machine.reps ? ` (${machine.repsLarge} at 1,000,000 entries)` : '') +
      `, variants interleaved (A B A B), each in a fresh page; the run took ${machine.durationS} s. ` +
      `Load average (1/5/15 min) ${machine.loadAverage.atStart.join(' / ')} at the start, ` +
      `${machine.loadAverage.atEnd.join(' / ')} at the end (other work on the machine shows here).`,
  )
  line()
  line(
    `Peers: AG Grid Community ${machine.versions['ag-grid-community']} (ag-grid-react ${machine.versions['ag-grid-react']}), ` +
      `uPlot ${machine.versions.uplot}; React ${machine.versions.react}, Vite ${machine.versions.vite}, Playwright ${machine.versions.playwright}.`,
  )
  line()
  line(
    'Cells read `median [min–max]` over the repetitions; ratios are kit ÷ peer of the medians, with ' +
      'the spread of the paired (back-to-back) repetitions in brackets. Reproduce with `pnpm bench` ' +
      '(it builds the packages first); method notes at the end.',
  )
  line()

  line('## Targets (issue 6)')
  line()
  line('| target | measured | met |')
  line('|---|---|---|')
  for (const t of targets) {
    line(
      `| ${t.name} | ${t.measured} | ${t.met === true ? 'met' : t.met === false ? '**missed**' : 'n/a'} |`,
    )
  }
  line()

  const findings = []
  for (const s of results.table?.sizes ?? []) {
    const kit = s.lastRowReached.kit
    if (kit && kit.min < s.size) {
      findings.push(
        `LedgerTable at ${n(s.size)} entries: scrolling to the very end reaches row ${n(kit.min)} of ${n(s.size)}; ` +
          `the rows after it cannot be scrolled to (its scroll height saturates at Chromium's largest element ` +
          `height, 33,554,432 px = 838,860 rows of 40 px). AG Grid reaches row ${s.lastRowReached.aggrid ? n(s.lastRowReached.aggrid.min) : 'n/a'}.`,
      )
    }
  }
  for (const s of results.history?.sizes ?? []) {
    const ledger = (s.requestPaths ?? []).find((p) => /\/ledger x\d+$/.test(p))
    if (ledger && !ledger.endsWith(' x1')) {
      findings.push(
        `UsageHistory at ${n(s.size)} entries made ${s.requests} provider requests per mount ` +
          `(${(s.requestPaths ?? []).join(', ')}): Monk's whole-history body is fetched and parsed more than once.`,
      )
    }
  }
  if (findings.length) {
    line('## Other findings')
    line()
    for (const f of findings) line(`- ${f}`)
    line()
  }

  if (results.table) {
    line('## Table: LedgerTable vs AG Grid Community')
    line()
    for (const s of results.table.sizes) {
      line(`### ${n(s.size)} entries`)
      line()
      const notRun = Object.entries(s.errors)
      for (const [variant, error] of notRun)
        line(`- ${variant === 'kit' ? 'LedgerTable' : 'AG Grid'} did not run: ${error}`)
      if (notRun.length) line()
      if (!s.reps.kit && !s.reps.aggrid) continue
      line(`| metric | LedgerTable | AG Grid | ratio |`)
      line('|---|---|---|---|')
      const row = (label, m, unit = ' ms') =>
        line(
          `| ${label} | ${fmtStat(m.kit, unit)} | ${fmtStat(m.aggrid, unit)} | ${fmtRatio(m.ratio)} |`,
        )
      row('data ready -> first rows painted', s.firstPaintMs)
      row('sort by amount -> painted', s.sortMs)
      row('filter to one kind (usage) -> painted', s.filterMs)
      row('heap beyond the data (after GC)', s.heapMB, ' MB')
      row('DOM nodes after first paint', s.nodes, '')
      row('DOM nodes, most while scrolling', s.maxNodes, '')
      row('rows in the DOM after first paint', s.rowsInDom, '')
      row('elements in the top row', s.nodesPerRow, '')
      row(`last row reachable by scrolling to the end (of ${n(s.size)})`, s.lastRowReached, '')
      row(`steady scroll (2,400 px/s, ${config.scrollMs / 1000} s): frames`, s.steadyFrames, '')
      row('steady scroll: blank-viewport frames', s.steadyBlankFrames, '')
      row('steady scroll: longest frame', s.steadyLongestFrameMs)
      row(`scrollbar drag (whole list in ${config.scrollMs / 1000} s): frames`, s.dragFrames, '')
      row('scrollbar drag: blank-viewport frames', s.dragBlankFrames, '')
      row('scrollbar drag: longest frame', s.dragLongestFrameMs)
      line(
        `| (the data itself: JS heap with the entries loaded) | ${fmtStat(s.dataHeapMB.kit, ' MB')} | ${fmtStat(s.dataHeapMB.aggrid, ' MB')} | |`,
      )
      line()
    }
  }

  if (results.chart) {
    line('## Chart: BalanceChart vs uPlot')
    line()
    line(
      '| points | first paint: BalanceChart | uPlot | ratio | uPlot building its arrays | resize: BalanceChart | uPlot | ratio |',
    )
    line('|---|---|---|---|---|---|---|---|')
    for (const s of results.chart.sizes) {
      const errors = Object.entries(s.errors)
      if (!s.reps.kit && !s.reps.uplot) {
        line(
          `| ${n(s.size)} | did not run: ${errors.map(([v, e]) => `${v}: ${e}`).join('; ')} | | | | | | |`,
        )
        continue
      }
      line(
        `| ${n(s.size)} | ${fmtStat(s.firstPaintMs.kit)} | ${fmtStat(s.firstPaintMs.uplot)} | ${fmtRatio(s.firstPaintMs.ratio)} | ` +
          `${fmtStat(s.uplotPrepMs)} | ${fmtStat(s.resizeMs.kit)} | ${fmtStat(s.resizeMs.uplot)} | ${fmtRatio(s.resizeMs.ratio)} |`,
      )
      for (const [variant, error] of errors)
        line(`| | ${variant} did not run: ${error} | | | | | | |`)
    }
    line()
  }

  if (results.history) {
    line('## UsageHistory: first paint from mount')
    line()
    line('| entries | table rows painted | chart painted | both | provider requests | DOM nodes |')
    line('|---|---|---|---|---|---|')
    for (const s of results.history.sizes) {
      if (!s.reps) {
        line(`| ${n(s.size)} | did not run: ${Object.values(s.errors).join('; ')} | | | | |`)
        continue
      }
      line(
        `| ${n(s.size)} | ${fmtStat(s.tableMs)} | ${fmtStat(s.chartMs)} | ${fmtStat(s.firstPaintMs)} | ${s.requests} (${(s.requestPaths ?? []).join(', ')}) | ${fmtStat(s.nodes, '')} |`,
      )
    }
    line()
  }

  if (nodeDataPath || results.datapath) {
    line('## Data path: validation + normalization vs JSON.parse of the same body')
    line()
    line(
      '| provider | body | Node: JSON.parse | Node: kit | Node ratio | Chromium: JSON.parse | Chromium: kit | Chromium ratio |',
    )
    line('|---|---|---|---|---|---|---|---|')
    const providers = (nodeDataPath?.rows ?? results.datapath?.rows ?? []).map((r) => r.provider)
    for (const provider of providers) {
      const a = nodeDataPath?.rows.find((r) => r.provider === provider)
      const b = results.datapath?.rows.find((r) => r.provider === provider)
      line(
        `| ${provider} | ${a?.bodyMB ?? b?.bodyMB} MB | ${a ? `${a.jsonParseMs} ms` : 'n/a'} | ${a ? `${a.kitMs} ms` : 'n/a'} | ` +
          `${a ? `${a.kitRatio}x [${a.kitRatioSpread.join('–')}]` : 'n/a'} | ` +
          (b?.error
            ? `did not run: ${b.error} | | |`
            : `${fmtStat(b?.jsonParseMs)} | ${fmtStat(b?.kitMs)} | ${b ? `${b.ratio.value}x [${b.ratio.min}–${b.ratio.max}]` : 'n/a'} |`),
      )
    }
    line()
    line(
      `Node: ${nodeDataPath ? `${n(nodeDataPath.size)} entries, median of ${nodeDataPath.reps}, a fresh process per provider` : 'not run'}. ` +
        `Chromium: ${results.datapath ? `${n(results.datapath.size)} entries, median of ${results.datapath.reps} after 2 warm-up rounds, a fresh page per provider, served under \`script-src 'self'\` (no eval possible)` : 'not run'}.`,
    )
    line()
    const breakdown = nodeDataPath?.breakdown
    if (breakdown) {
      line(
        `Usage breakdown (Node): \`usageBreakdown\` into daily buckets over a year (America/Los_Angeles), ` +
          `${n(breakdown.entries)} Synap entries (${n(breakdown.usage)} usage, ${breakdown.buckets} buckets): ` +
          `${breakdown.breakdownMs} ms = ${breakdown.ratio}x [${breakdown.ratioSpread.join('–')}] JSON.parse of the ` +
          `${breakdown.bodyMB} MB body (${breakdown.jsonParseMs} ms); target <= 0.25x.`,
      )
      line()
    }
  }

  if (hostCost) {
    line('## Host cost (size-limit, gzip)')
    line()
    line('| budget | size | limit | met |')
    line('|---|---|---|---|')
    for (const row of hostCost) {
      line(
        `| ${row.name} | ${(row.size / 1000).toFixed(2)} kB | ${(row.sizeLimit / 1000).toFixed(0)} kB | ${row.passed ? 'met' : '**missed**'} |`,
      )
    }
    line()
  }

  if (profiles.length) {
    line('## Where the time goes for the missed targets (the kit, Chromium CPU profiler via CDP)')
    line()
    line(
      'Self time by function (name @ the source file it was bundled from) and by file, sampled every ' +
        '100 µs while the step ran in a fresh page at the target size. Allocation profiles list ' +
        'the bytes still live after a forced GC, by allocating function. `(program)` is native work on ' +
        "the renderer's main thread (style, layout, paint, hit tests): the trace below each profile splits it.",
    )
    line()
    for (const p of profiles) {
      line(`### ${p.target}`)
      line()
      if (p.sameAs) {
        line(`Same code as «${p.sameAs}»: see that profile.`)
        line()
        continue
      }
      if (p.error) {
        line(`Profiling failed: ${p.error}`)
        line()
        continue
      }
      const s = p.summary
      const measured = Array.isArray(p.measuredMs)
        ? `${p.measuredMs.join(', ')} ms`
        : typeof p.measuredMs === 'number'
          ? `${p.measuredMs} ms`
          : p.measured
            ? describeMeasured(p.measured)
            : ''
      if (s.totalMs !== undefined) {
        line(
          `${p.kind} profile of \`${p.step}\`${measured ? ` (measured while profiled: ${measured})` : ''}: ${s.totalMs} ms of samples outside idle.`,
        )
        line()
        line('| self time | function |')
        line('|---|---|')
        for (const f of s.functions) line(`| ${f.ms} ms | \`${f.key}\` |`)
        line()
        line('| self time | file |')
        line('|---|---|')
        for (const f of s.files.slice(0, 8)) line(`| ${f.ms} ms | \`${f.key}\` |`)
        if (p.trace) {
          line()
          line(
            `Renderer main thread in the same window (Chromium trace, devtools.timeline + toplevel; inclusive, ` +
              `nested events overlap): busy ${p.trace.mainThreadBusyMs} ms.`,
          )
          line()
          line('| time | trace event |')
          line('|---|---|')
          for (const e of p.trace.events.filter((e) => e.ms >= 0.1))
            line(`| ${e.ms} ms | ${e.name} |`)
        }
      } else {
        line(`${p.kind}: ${s.totalMB} MB sampled live.`)
        line()
        line('| live | allocated by |')
        line('|---|---|')
        for (const f of s.functions) line(`| ${f.mb} MB | \`${f.key}\` |`)
        line()
        line('| live | file |')
        line('|---|---|')
        for (const f of s.files.slice(0, 8)) line(`| ${f.mb} MB | \`${f.key}\` |`)
      }
      line()
    }
  }

  if (failures.length) {
    line('## Failures')
    line()
    for (const f of failures) line(`- ${f}`)
    line()
  }

  line('## Method')
  line()
  line(
    "- Data: the mocks' generator (`createLedgerBody`, seed 42) gives Monk's whole-history response; " +
      'each page reads it through `createMonkSource` with a `fetch` that loads the body, and gives it ' +
      'running balances (`reconstructBalances`, origin). Every variant gets that same array; "data ready" is after it.',
  )
  line(
    "- Painted: the task right after the first frame that starts once the DOM (or uPlot's canvas draw hook) " +
      'holds the result (requestAnimationFrame, then a posted message), measured in the page with performance.now(). ' +
      'Resize starts at the beginning of a frame and counts as painted in that frame when the frame already drew it.',
  )
  line(
    "- Table: 1,360 px wide, 480 px tall including the header row (LedgerTable's default height), 40 px rows for both. LedgerTable: public props only (`entries`, " +
      "controlled `sorting`, `height`); the filter is the host handing it `applyQuery(entries, { kinds: ['usage'] })`. " +
      'AG Grid: `AllCommunityModule`, client-side row model, the same 8 columns with value getters/formatters, ' +
      'newest first to start with (as the kit), `animateRows: false`, sort through `applyColumnState`, ' +
      "the filter as an external filter with core's `createEntryMatcher`. Sort and filter run from the top of the list.",
  )
  line(
    '- Heap: `performance.memory.usedJSHeapSize` (`--enable-precise-memory-info`) after two ' +
      '`HeapProfiler.collectGarbage` calls, after mounting minus before mounting (entries loaded).',
  )
  line(
    '- Scrolling: one scroll step per frame, set in the task after each paint (so the component sees the ' +
      'scroll event before the next paint), for a fixed time; after every paint 12 points down the rows area are ' +
      'hit-tested; a frame is blank when any of them shows no row with content. Steady: 2,400 px/s. ' +
      'Scrollbar drag: the whole list top to bottom in the same time.',
  )
  line(
    '- Chart: 1,200 × 240 px. BalanceChart from `entries`; uPlot with its default (decimating) line path and ' +
      'fill, its time including building its arrays from the same entries; resize toggles the container ' +
      'between 1,200 and 900 px (uPlot through a ResizeObserver calling `setSize`), median of the toggles per page.',
  )
  line(
    '- UsageHistory: `<UsageHistory source={createMonkSource({ fetch })} />`, the fetch answering with the ' +
      'body text already in memory; from mount to the table rows and the chart line painted.',
  )
  line()
  writeFileSync(path, md.join('\n') + '\n')
}
