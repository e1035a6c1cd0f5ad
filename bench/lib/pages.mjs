/** The benchmark pages (bench/pages), built by Vite into the run's dist folder. */
import { join } from 'node:path'
import { build } from 'vite'
import { BENCH } from './paths.mjs'

export async function buildPages({ dist, log }) {
  log('building the pages (vite)')
  await build({
    configFile: join(BENCH, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dist },
  })
}
