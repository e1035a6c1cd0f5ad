/**
 * The run's output: one JSON file per phase (each with the machine on top), targets.json, and
 * SUMMARY.md (written by summary.mjs); and what did not run, which decides the exit code.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeSummary } from './summary.mjs'

/** Writes every file into `config.out`; a phase that was not chosen (null) writes none. */
export function writeResults(
  { config, targetSize, log, failures },
  { machine, results, nodeDataPath, hostCost, targets, profiles },
) {
  // The profile closures and their keys are the driver's, not results.
  const stripProfile = (list) => list.map(({ profile: _p, profileKey: _k, ...rest }) => rest)
  const write = (name, value) =>
    value !== null &&
    writeFileSync(join(config.out, name), JSON.stringify({ machine, ...value }, null, 2) + '\n')
  write('table.json', results.table)
  write('chart.json', results.chart)
  write('history.json', results.history)
  write('data-path-chromium.json', results.datapath)
  write('targets.json', { targets: stripProfile(targets), profiles, hostCost, failures })
  writeSummary(join(config.out, 'SUMMARY.md'), {
    machine,
    config: { ...config, targetSize },
    results,
    nodeDataPath,
    hostCost,
    targets: stripProfile(targets),
    profiles,
    failures,
  })
  log(`wrote ${config.out}/SUMMARY.md and *.json`)
}

/** Every variant, size or provider that did not run, one line each. */
export function collectNotRun(results) {
  const out = []
  for (const [phase, value] of Object.entries(results)) {
    if (!value) continue
    if (phase === 'datapath') {
      for (const row of value.rows)
        if (row.error) out.push(`datapath ${row.provider}: ${row.error}`)
      continue
    }
    for (const entry of value.raw) {
      for (const [variant, error] of Object.entries(entry.errors)) {
        out.push(`${phase} ${entry.size} ${variant}: ${error}`)
      }
    }
  }
  return out
}
