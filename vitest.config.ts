import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url))

// Tests import workspace packages by their public names; here those names resolve to each
// package's source entry, so tests run without a build and stay in step with the code.
// `tsc -b` (part of `pnpm test`) still checks the published `dist` entry points.
const alias = [
  { find: /^@usage-kit\/core$/, replacement: src('core/src/index.ts') },
  { find: /^@usage-kit\/mocks$/, replacement: src('mocks/src/index.ts') },
  { find: /^@usage-kit\/mocks\/node$/, replacement: src('mocks/src/node.ts') },
  { find: /^@usage-kit\/mocks\/browser$/, replacement: src('mocks/src/browser.ts') },
  { find: /^@usage-kit\/react$/, replacement: src('react/src/index.ts') },
  { find: /^@usage-kit\/ui$/, replacement: src('ui/src/index.ts') },
]

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
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: '../../tsconfig.tests.json',
          },
        },
      },
      {
        resolve: { alias },
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
