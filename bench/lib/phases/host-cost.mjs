/**
 * Host cost (`--only size`): what the kit adds to a host's bundle, as size-limit measures it
 * against the budgets of .size-limit.cjs (run.mjs skips it in smoke runs).
 */
import { spawnSync } from 'node:child_process'
import { ROOT } from '../paths.mjs'

/** size-limit's JSON rows, or null (and a failure) when its output could not be read. */
export function runHostCost({ log, failures }) {
  log('host cost (size-limit)')
  const child = spawnSync('pnpm', ['exec', 'size-limit', '--json'], { cwd: ROOT, encoding: 'utf8' })
  try {
    // Anything pnpm prints before the JSON (warnings) is skipped.
    return JSON.parse(child.stdout.slice(child.stdout.indexOf('[')))
  } catch {
    failures.push(`size-limit: ${child.stderr || child.stdout}`.slice(0, 300))
    return null
  }
}
