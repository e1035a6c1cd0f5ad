import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'
import { workspaceAliases as alias } from './workspace-aliases.js'

/**
 * The zones the react and ui suites run in: UTC; a zone west of it with daylight saving time; and
 * one east of it at a 45-minute offset whose DST falls in the southern summer (UTC+13:45 in
 * January), where a day boundary is never on a whole UTC hour.
 */
export const TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Chatham'] as const
type TimeZone = (typeof TIME_ZONES)[number]

declare module 'vitest' {
  export interface ProvidedContext {
    /** The zone this project runs in (its TZ). */
    timeZone: TimeZone
    /** The React major this project runs on. */
    reactMajor: 18 | 19
  }
}

/**
 * A test's time limit is a guard against hangs, not a speed check (speed is measured in the
 * benchmarks): eleven projects share 2 cores in CI, where a property test or an MSW walk that takes
 * 1 s alone can take 10 s. Vitest's default of 5 s failed such tests under that load.
 */
const HANG_GUARD_MS = 30_000

/** The packages that import `react` and that the React 18 projects take from test/react-18. */
const REACT_PACKAGES =
  /^(?:react|react-dom|@tanstack\/react-query|@tanstack\/react-table|@testing-library\/react)(?:\/.*)?$/

/**
 * React 18.3 for a project: `react`, `react-dom` and their subpaths, and the libraries that import
 * `react` themselves, resolved as if imported from test/react-18 (a root devDependency by `file:`,
 * which pnpm installs with its own `react` 18.3.1). The libraries are resolved there too, not only
 * React: Vitest loads them natively, outside Vite's resolver, so each must be the copy whose own
 * `require('react')` finds 18.3.
 */
function react18(): Plugin {
  const importer = realpathSync(
    fileURLToPath(new URL('./node_modules/@usage-kit/test-react-18/package.json', import.meta.url)),
  )
  return {
    name: 'usage-kit:react-18',
    enforce: 'pre',
    resolveId(source, _from, options) {
      if (!REACT_PACKAGES.test(source)) return null
      return this.resolve(source, importer, { ...options, skipSelf: true })
    },
  }
}

/**
 * A project of the react or ui suite. React 19 in UTC keeps the package's name (`react`, `ui`);
 * the others say what differs: `ui (America/Los_Angeles)`, `ui (React 18)`.
 */
function suite(
  pkg: 'react' | 'ui',
  { timeZone = 'UTC', reactMajor = 19 }: { timeZone?: TimeZone; reactMajor?: 18 | 19 } = {},
): TestProjectInlineConfiguration {
  const variant = [
    reactMajor === 19 ? '' : `React ${reactMajor}`,
    timeZone === 'UTC' ? '' : timeZone,
  ]
    .filter(Boolean)
    .join(', ')
  const typecheck = pkg === 'react' && variant === ''
  return {
    plugins: reactMajor === 18 ? [react18()] : [],
    resolve: { alias },
    test: {
      name: variant ? `${pkg} (${variant})` : pkg,
      root: `packages/${pkg}`,
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
      setupFiles: ['./test/setup.ts'],
      // Set in the worker's environment before any test file loads (checked by test/environment.test).
      env: { TZ: timeZone },
      testTimeout: HANG_GUARD_MS,
      provide: { timeZone, reactMajor },
      ...(typecheck && {
        typecheck: {
          enabled: true,
          include: ['src/**/*.test-d.ts'],
          tsconfig: '../../tsconfig.tests.json',
        },
      }),
    },
  }
}

// Tests import workspace packages by their public names, resolved to source (see workspace-aliases).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: HANG_GUARD_MS,
        },
      },
      // React 19 in every zone; React 18 (the oldest peer the packages accept) in UTC.
      ...TIME_ZONES.flatMap((timeZone) => [
        suite('react', { timeZone }),
        suite('ui', { timeZone }),
      ]),
      suite('react', { reactMajor: 18 }),
      suite('ui', { reactMajor: 18 }),
      './vitest.storybook.config.ts',
      {
        resolve: { alias },
        test: {
          name: 'mocks',
          root: 'packages/mocks',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          testTimeout: HANG_GUARD_MS,
        },
      },
    ],
  },
})
