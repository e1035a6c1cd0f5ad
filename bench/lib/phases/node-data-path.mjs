/**
 * The data path in Node (`--only node`): bench/data-path.mjs, the older benchmark, in a process
 * of its own (it runs each provider in a child of its own); its results are read back from disk.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../paths.mjs'

/** data-path.json as bench/data-path.mjs wrote it, or null (and a failure) when it did not. */
export function runNodeDataPath({ config, smoke, log, failures }) {
  log('node data path (bench/data-path.mjs)')
  const args = ['bench/data-path.mjs', '--out', config.out]
  if (smoke) args.push('--size', String(config.dataSize), '--reps', String(config.dataReps))
  const file = join(config.out, 'data-path.json')
  // An earlier run's file must never pass for this run's results.
  rmSync(file, { force: true })
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' })
  // It exits 1 when a target is missed: its results still stand.
  if (existsSync(file) && child.status !== null) {
    return JSON.parse(readFileSync(file, 'utf8'))
  }
  failures.push('node data path: bench/data-path.mjs did not write its results')
  return null
}
