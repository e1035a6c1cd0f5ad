#!/usr/bin/env node
/**
 * Packaging checks for every published package: publint (exports, files, types) and
 * @arethetypeswrong/cli on the exact tarball pnpm would publish (workspace: ranges rewritten),
 * with the ESM-only profile since the kit ships ESM only.
 */
import { execSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const packages = ['core', 'mocks', 'react', 'ui']
let failed = false
for (const name of packages) {
  const dir = join('packages', name)
  const out = mkdtempSync(join(tmpdir(), `usage-kit-${name}-`))
  try {
    execSync('pnpm exec publint --strict', { cwd: dir, stdio: 'inherit' })
    execSync(`pnpm pack --pack-destination ${out}`, { cwd: dir, stdio: 'ignore' })
    const tarball = readdirSync(out).find((file) => file.endsWith('.tgz'))
    // A stylesheet entry point has no JavaScript or types to resolve.
    const exclude = name === 'ui' ? ' --exclude-entrypoints ./styles.css ./themes/shadcn.css' : ''
    execSync(
      `pnpm exec attw ${join(out, tarball)} --profile esm-only --format table-flipped${exclude}`,
      {
        stdio: 'inherit',
      },
    )
  } catch {
    failed = true
    console.error(`packaging check failed: @usage-kit/${name}`)
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
process.exit(failed ? 1 : 0)
