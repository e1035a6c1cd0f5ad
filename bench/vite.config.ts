import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { workspaceAliases } from '../workspace-aliases.js'

const page = (name: string) => fileURLToPath(new URL(`./pages/${name}.html`, import.meta.url))

/**
 * The benchmark pages, built like a host app builds the kit: production React, the kit from
 * source through the workspace aliases, the peers (AG Grid, uPlot) from this package's
 * devDependencies. Not minified, so CPU profiles name real functions; `//#region` comments in
 * the chunks map a line back to its source file.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./pages', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: workspaceAliases, dedupe: ['react', 'react-dom'] },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 10_000,
    rollupOptions: {
      input: {
        table: page('table'),
        chart: page('chart'),
        history: page('history'),
        datapath: page('datapath'),
      },
    },
  },
})
