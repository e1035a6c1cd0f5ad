#!/usr/bin/env node
/**
 * The whole test suite, one command (`pnpm test`): build, type checks, lint, format, packaging, and every test
 * runner. Steps run in order and all of them run even after a failure, so one report shows
 * everything. The last line is the total over all test runners, `N passed, N failed`; a failing
 * non-test check (types, lint, format) counts as one failure there, so the line is never green
 * while the suite is not.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = 'test-results'
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

/** @type {{ name: string, command: string, report?: string, read?: (path: string) => { passed: number, failed: number } }[]} */
const steps = [
  { name: 'build', command: 'pnpm run build' },
  {
    name: 'typecheck (tests, stories, demo)',
    command: 'pnpm exec tsc -p tsconfig.tests.json && pnpm exec tsc -p apps/demo/tsconfig.json',
  },
  { name: 'lint', command: 'pnpm exec eslint .' },
  { name: 'format', command: 'pnpm exec prettier --check .' },
  { name: 'packages (publint, attw)', command: 'node scripts/check-packages.mjs' },
  // The host-cost budgets of issue 6 (.size-limit.cjs), on the build above.
  { name: 'size budgets (size-limit)', command: 'pnpm size' },
  {
    name: 'vitest',
    command: `pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=${results}/vitest.json`,
    report: `${results}/vitest.json`,
    read: readVitestReport,
  },
  { name: 'storybook build (offline)', command: 'pnpm build-storybook' },
  { name: 'demo build', command: 'pnpm demo:build' },
  {
    name: 'browser tests (playwright)',
    command: 'pnpm exec playwright test',
    report: `${results}/playwright.json`,
    read: readPlaywrightReport,
  },
  // Not a test: the benchmark at 1,000 entries, one repetition, no timing assertions, so it cannot rot.
  { name: 'bench smoke', command: 'pnpm bench:smoke' },
]

let passed = 0
let failed = 0
const lines = []
for (const step of steps) {
  const started = Date.now()
  console.log(`\n=== ${step.name}: ${step.command}`)
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const ok = run.status === 0
  if (step.report) {
    const counts = step.read(step.report)
    passed += counts.passed
    failed += counts.failed
    // A runner that crashed before reporting, or exited red with no failing test, still fails.
    if (!ok && counts.failed === 0) failed += 1
    lines.push(`${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s)`)
  } else {
    if (!ok) failed += 1
    lines.push(`${step.name}: ${ok ? 'ok' : 'FAILED'} (${seconds} s)`)
  }
}

console.log('\n=== summary')
for (const line of lines) console.log(line)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 && passed > 0 ? 0 : 1)

function readPlaywrightReport(path) {
  try {
    const { stats } = JSON.parse(readFileSync(path, 'utf8'))
    return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 }
  } catch {
    return { passed: 0, failed: 0 }
  }
}

function readVitestReport(path) {
  try {
    const report = JSON.parse(readFileSync(path, 'utf8'))
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
  } catch {
    return { passed: 0, failed: 0 }
  }
}
