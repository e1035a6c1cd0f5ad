/**
 * The machine and versions a run measured on, written at the top of every results file: a
 * number means little without the cores, the load and the peers' versions behind it.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { ROOT } from './paths.mjs'
import { round } from './stats.mjs'

/** Described at the end of the run; `started` and `loadAtStart` were taken at its start. */
export function describeMachine({ smoke, config, started, loadAtStart, chromiumVersion }) {
  const machine = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    availableParallelism: os.availableParallelism?.() ?? null,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium: chromiumVersion,
    headless: true,
    loadAverage: {
      atStart: loadAtStart.map((x) => round(x, 2)),
      atEnd: os.loadavg().map((x) => round(x, 2)),
    },
    smoke,
    reps: config.reps,
    repsLarge: config.repsLarge,
    sizes: config.sizes,
    durationS: null,
    versions: readVersions(),
  }
  // Last, so the duration covers all but the writing (its place in the JSON stays above).
  machine.durationS = Math.round((Date.now() - started) / 1000)
  return machine
}

/** The peers' and tools' versions as installed for bench/ (null where one is missing). */
function readVersions() {
  const read = (path) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, path), 'utf8')).version
    } catch {
      return null
    }
  }
  return {
    'ag-grid-community': read('bench/node_modules/ag-grid-community/package.json'),
    'ag-grid-react': read('bench/node_modules/ag-grid-react/package.json'),
    uplot: read('bench/node_modules/uplot/package.json'),
    react: read('bench/node_modules/react/package.json'),
    vite: read('bench/node_modules/vite/package.json'),
    playwright: read('bench/node_modules/playwright/package.json'),
  }
}
