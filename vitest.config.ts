import { defineConfig } from 'vitest/config'
import { workspaceAliases as alias } from './workspace-aliases.js'

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
          name: 'ui',
          root: 'packages/ui',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
        },
      },
      './vitest.storybook.config.ts',
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
