/**
 * The table phase (`--only table`): LedgerTable vs AG Grid Community over the same entries, in
 * bench/pages/table.html. Each run reads the body, mounts, scrolls (steady, then by dragging the
 * scrollbar), reaches the last row, sorts and filters, in that order in one page.
 */
import { call, pageLimitMs, usedHeap, withPage } from '../browser.mjs'
import { interleaved } from '../interleaved.mjs'
import { kitAgainst, round } from '../stats.mjs'

/** `{ raw, sizes }`: every run as measured, and per size the medians, spreads and ratios. */
export async function runTable(ctx) {
  const raw = await interleaved(ctx, 'table', ['kit', 'aggrid'], ctx.config.sizes, (v, size) =>
    tableRun(ctx, v, size),
  )
  return { raw, sizes: raw.map(aggregateTable) }
}

async function tableRun(ctx, variant, size) {
  const { scrollMs } = ctx.config
  return withPage(
    ctx,
    `table.html?variant=${variant}&size=${size}`,
    pageLimitMs(size),
    async (page, cdp) => {
      const load = await call(page, 'load')
      const heapBefore = await usedHeap(page, cdp)
      const mount = await call(page, 'mount')
      const heapAfter = await usedHeap(page, cdp)
      const steady = await call(page, 'scroll', 'steady', scrollMs)
      const drag = await call(page, 'scroll', 'drag', scrollMs)
      const end = await call(page, 'reachEnd')
      const sort = await call(page, 'sort')
      const filter = await call(page, 'filter')
      if (mount.rows === 0) throw new Error('no rows rendered')
      return {
        variant,
        size,
        entries: load.count,
        loadMs: round(load.ms),
        firstPaintMs: mount.ms,
        firstPaintDomMs: mount.domMs,
        heapMB: (heapAfter - heapBefore) / 1e6,
        dataHeapMB: heapBefore / 1e6,
        nodes: mount.nodes,
        maxNodes: Math.max(mount.nodes, steady.maxNodes, drag.maxNodes),
        rowsInDom: mount.rows,
        nodesPerRow: mount.nodesPerRow,
        lastRowReached: end.lastRow,
        scrollHeight: end.scrollHeight,
        steady,
        drag,
        sortMs: sort.ms,
        sortDomMs: sort.domMs,
        filterMs: filter.ms,
        filterDomMs: filter.domMs,
        topAfterSort: sort.top,
        topAfterFilter: filter.top,
      }
    },
  )
}

function aggregateTable(entry) {
  const { size, runs, errors } = entry
  const { metric } = kitAgainst('aggrid', runs)
  return {
    size,
    errors,
    reps: { kit: runs.kit.length, aggrid: runs.aggrid.length },
    firstPaintMs: metric((r) => r.firstPaintMs),
    sortMs: metric((r) => r.sortMs),
    filterMs: metric((r) => r.filterMs),
    heapMB: metric((r) => r.heapMB, 2),
    nodes: metric((r) => r.nodes, 0),
    maxNodes: metric((r) => r.maxNodes, 0),
    steadyFrames: metric((r) => r.steady.frames, 0),
    steadyBlankFrames: metric((r) => r.steady.blankFrames, 0),
    steadyLongestFrameMs: metric((r) => r.steady.longestFrameMs),
    dragFrames: metric((r) => r.drag.frames, 0),
    dragBlankFrames: metric((r) => r.drag.blankFrames, 0),
    dragLongestFrameMs: metric((r) => r.drag.longestFrameMs),
    dataHeapMB: metric((r) => r.dataHeapMB, 1),
    rowsInDom: metric((r) => r.rowsInDom, 0),
    nodesPerRow: metric((r) => r.nodesPerRow, 0),
    lastRowReached: metric((r) => r.lastRowReached, 0),
    loadMs: metric((r) => r.loadMs, 0),
  }
}
