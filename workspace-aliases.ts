import { fileURLToPath } from 'node:url'

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url))

/**
 * Workspace package names resolved to their source entries, for Vitest, Storybook and the demo's
 * dev server: they run without a build and stay in step with the code. `tsc -b` still checks the
 * published `dist` entry points.
 */
export const workspaceAliases = [
  { find: /^@usage-kit\/core$/, replacement: src('core/src/index.ts') },
  { find: /^@usage-kit\/core\/server$/, replacement: src('core/src/server/index.ts') },
  { find: /^@usage-kit\/mocks$/, replacement: src('mocks/src/index.ts') },
  { find: /^@usage-kit\/mocks\/node$/, replacement: src('mocks/src/node.ts') },
  { find: /^@usage-kit\/mocks\/browser$/, replacement: src('mocks/src/browser.ts') },
  { find: /^@usage-kit\/react$/, replacement: src('react/src/index.ts') },
  { find: /^@usage-kit\/ui$/, replacement: src('ui/src/index.ts') },
  { find: /^@usage-kit\/ui\/locales\/cs$/, replacement: src('ui/src/locales/cs.ts') },
  { find: /^@usage-kit\/ui\/styles\.css$/, replacement: src('ui/src/styles.css') },
]
