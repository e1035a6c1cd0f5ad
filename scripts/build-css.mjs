#!/usr/bin/env node
/**
 * Builds @usage-kit/ui/styles.css: the files in packages/ui/src/styles, in name order (tokens
 * first), concatenated into packages/ui/dist/styles.css. Plain CSS, no preprocessor: hosts get
 * exactly what is written.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const source = 'packages/ui/src/styles'
const target = 'packages/ui/dist/styles.css'
const files = readdirSync(source)
  .filter((file) => file.endsWith('.css'))
  .sort()
const css = files
  .map((file) => `/* ${file} */\n${readFileSync(join(source, file), 'utf8').trim()}\n`)
  .join('\n')
mkdirSync('packages/ui/dist', { recursive: true })
writeFileSync(target, css)
console.log(`${target}: ${files.length} files, ${css.length} bytes`)
