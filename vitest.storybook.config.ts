import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'
import { playwright } from '@vitest/browser-playwright'
import { defineProject } from 'vitest/config'
import { workspaceAliases as alias } from './workspace-aliases.js'

// Story tests: every story renders in Debian's Chromium (Playwright's own browser download cannot
// work here), its play function runs, and the a11y addon fails it on any violation.

/**
 * The zones the browser runs the stories in (Playwright's `timezoneId`), each its own project,
 * `storybook (UTC)` and so on; `--project storybook` runs them all. The stories' kit formats in
 * UTC (.storybook/preview.tsx), but what reads the browser's own zone (the date fields, "today")
 * does not. UTC and Pacific/Chatham only: every zone costs a full story run, and the jsdom suites
 * already run in America/Los_Angeles too (vitest.config.ts).
 */
const STORY_TIME_ZONES = ['UTC', 'Pacific/Chatham']

const chromium = (timezoneId: string) =>
  playwright({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
    contextOptions: { timezoneId },
  })
export default defineProject({
  plugins: [storybookTest({ configDir: '.storybook' })],
  publicDir: '.storybook/public',
  // Bundled up front: a re-optimization in the middle of a run reloads the page under a test.
  optimizeDeps: {
    include: [
      '@date-fns/tz',
      'date-fns',
      'date-fns/locale/en-US',
      'date-fns/locale/cs',
      '@tanstack/react-table',
      '@tanstack/react-query',
      'msw',
      'react',
      'react-dom',
    ],
  },
  resolve: { alias },
  test: {
    name: 'storybook',
    // A guard against hangs, not a speed check: the 100,000-entry stories share 2 cores with the
    // other projects in CI, and took over the browser default of 15 s there.
    testTimeout: 45_000,
    browser: {
      enabled: true,
      headless: true,
      provider: chromium('UTC'),
      instances: STORY_TIME_ZONES.map((timeZone) => ({
        browser: 'chromium',
        name: `storybook (${timeZone})`,
        provider: chromium(timeZone),
      })),
    },
  },
})
