import type { StorybookConfig } from '@storybook/react-vite'
import { workspaceAliases } from '../workspace-aliases.js'

const config: StorybookConfig = {
  stories: ['../packages/ui/src/**/*.stories.tsx'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The MSW service worker (msw init .storybook/public --no-save; committed, version-stamped).
  staticDirs: ['./public'],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      alias: [...workspaceAliases, ...toArray(viteConfig.resolve?.alias)],
    },
  }),
}

function toArray(alias: unknown): { find: string | RegExp; replacement: string }[] {
  if (!alias) return []
  if (Array.isArray(alias)) return alias
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
    find,
    replacement,
  }))
}

export default config
