import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'
import { playwright } from '@vitest/browser-playwright'
import { defineProject } from 'vitest/config'
import { workspaceAliases as alias } from './workspace-aliases.js'

// Story tests: every story renders in Debian's Chromium (Playwright's own browser download cannot
// work here), its play function runs, and the a11y addon fails it on any violation.
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
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
