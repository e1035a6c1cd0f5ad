import { defineConfig } from 'vitest/config'

// One project per package; each package's tests import the others through their public entry
// points (built `dist`), so `pnpm build` runs first (the test script does it).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'mocks',
          root: 'packages/mocks',
          environment: 'node',
          include: ['src/**/*.test.ts'],
        },
      },
    ],
  },
})
