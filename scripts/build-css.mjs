#!/usr/bin/env node
/**
 * Builds @usage-kit/ui/styles.css: the files packages/ui/src/styles.css imports, inlined in that
 * order into packages/ui/dist/styles.css. Plain CSS, no preprocessor: hosts get exactly what is
 * written. The import list is the one place that names the files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const entry = 'packages/ui/src/styles.css'
const target = 'packages/ui/dist/styles.css'
const imports = [...readFileSync(entry, 'utf8').matchAll(/@import\s+'([^']+)';/g)].map((m) => m[1])
const css = imports
  .map((file) => `/* ${file} */\n${readFileSync(join(dirname(entry), file), 'utf8').trim()}\n`)
  .join('\n')
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, css)
console.log(`${target}: ${imports.length} files, ${css.length} bytes`)
