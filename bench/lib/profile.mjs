/**
 * CPU and allocation profiles through Chromium's DevTools protocol (Playwright's CDP session),
 * summarized by self time per function and per source file. The pages are built unminified, and
 * every module in a chunk starts with a `// <path>` line, so a profiled line maps back to the
 * source file it came from.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const moduleMaps = new Map()

/** Line -> source module path for one built chunk. */
function moduleAt(distDir, url, line) {
  let path
  try {
    path = new URL(url).pathname
  } catch {
    return url || '(native)'
  }
  if (!path.startsWith('/assets/')) return path
  let map = moduleMaps.get(path)
  if (!map) {
    map = []
    try {
      const lines = readFileSync(join(distDir, path), 'utf8').split('\n')
      lines.forEach((text, i) => {
        const m = /^\/\/ ((?:\.\.\/|\.\/)?[\w@.+\-/]+\.(?:[cm]?[jt]sx?))$/.exec(text)
        if (m) map.push([i, m[1]])
      })
    } catch {
      // unreadable chunk: fall back to the chunk's name
    }
    moduleMaps.set(path, map)
  }
  let found = path
  for (const [start, module] of map) {
    if (start > line) break
    found = module
  }
  return shorten(found)
}

/** node_modules/.pnpm/<pkg>@<v>/node_modules/<pkg>/... -> <pkg>/...; ../packages/x -> packages/x */
function shorten(path) {
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.+)$/.exec(path)
  if (pnpm) return pnpm[1]
  return path.replace(/^(\.\.\/)+/, '')
}

/** Self time by function and by file from a CDP `Profiler.Profile`. */
export function summarizeCpuProfile(profile, distDir, top = 15) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const { samples = [], timeDeltas = [] } = profile
  for (let i = 0; i < samples.length; i++) {
    const dt = (timeDeltas[i + 1] ?? 0) / 1000
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt)
  }
  const functions = new Map()
  const files = new Map()
  let total = 0
  for (const [id, ms] of self) {
    const node = byId.get(id)
    if (!node) continue
    const { functionName, url, lineNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    const special = name.startsWith('(') && !url
    const file = special ? name : moduleAt(distDir, url, lineNumber)
    const key = special ? name : `${name} @ ${file}`
    functions.set(key, (functions.get(key) ?? 0) + ms)
    files.set(file, (files.get(file) ?? 0) + ms)
    if (name !== '(idle)') total += ms
  }
  const sorted = (map) =>
    [...map.entries()]
      .filter(([key]) => key !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => ({ key, ms: Math.round(ms * 10) / 10 }))
  return {
    totalMs: Math.round(total * 10) / 10,
    functions: sorted(functions),
    files: sorted(files),
  }
}

/** Live bytes by allocating function and file from a CDP `HeapProfiler.SamplingHeapProfile`. */
export function summarizeHeapProfile(profile, distDir, top = 15) {
  const functions = new Map()
  const files = new Map()
  let total = 0
  const walk = (node) => {
    const { functionName, url, lineNumber } = node.callFrame
    const name = functionName || '(anonymous)'
    const file = url ? moduleAt(distDir, url, lineNumber) : name
    const key = url ? `${name} @ ${file}` : name
    if (node.selfSize > 0) {
      functions.set(key, (functions.get(key) ?? 0) + node.selfSize)
      files.set(file, (files.get(file) ?? 0) + node.selfSize)
      total += node.selfSize
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(profile.head)
  const sorted = (map) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, bytes]) => ({ key, mb: Math.round(bytes / 1e4) / 100 }))
  return {
    totalMB: Math.round(total / 1e4) / 100,
    functions: sorted(functions),
    files: sorted(files),
  }
}

/**
 * Main-thread time by trace event (inclusive), from a Chromium trace of the renderer: what the
 * CPU profile calls "(program)" splits into style (UpdateLayoutTree), Layout, PrePaint, Paint,
 * hit tests and the rest here.
 */
const WRAPPERS = /mojo|SimpleWatcher|ThreadController|SequenceManager|TaskQueue|Scheduler|RunTask/i

export function summarizeTrace(trace, top = 12) {
  const events = trace.traceEvents ?? []
  const mains = new Map()
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      mains.set(`${e.pid}:${e.tid}`, 0)
    }
  }
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (mains.has(key) && e.ph === 'X') mains.set(key, mains.get(key) + 1)
  }
  const main = [...mains.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  const byName = new Map()
  let busy = 0
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== main || e.ph !== 'X' || !e.dur) continue
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') {
      busy += e.dur
      continue
    }
    // Wrappers around whole tasks and GC sub-phases (MajorGC / MinorGC stay) would double count.
    if (WRAPPERS.test(e.name) || e.name.startsWith('V8.GC_')) continue
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur)
  }
  return {
    mainThreadBusyMs: Math.round(busy / 100) / 10,
    events: [...byName.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 })),
  }
}

/**
 * Runs `fn` under the CPU profiler (100 µs sampling) and, given the browser, a Chromium trace of
 * the devtools timeline at the same time; summarizes both.
 */
export async function cpuProfile(cdp, distDir, fn, browser = null, page = null) {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  if (browser) await browser.startTracing(page, { categories: ['devtools.timeline', 'toplevel'] })
  await cdp.send('Profiler.start')
  const result = await fn()
  const { profile } = await cdp.send('Profiler.stop')
  const trace = browser ? JSON.parse((await browser.stopTracing()).toString('utf8')) : null
  await cdp.send('Profiler.disable')
  return {
    result,
    summary: summarizeCpuProfile(profile, distDir),
    trace: trace ? summarizeTrace(trace) : null,
  }
}
