#!/usr/bin/env node
/**
 * Builds @usage-kit/ui's stylesheets: styles.css, the files packages/ui/src/styles.css imports
 * inlined in that order into packages/ui/dist/styles.css; and the themes (themes/shadcn.css), one
 * file each, copied as they are. Plain CSS, no preprocessor: hosts get exactly what is written.
 * The import list is the one place that names the files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

const entry = 'packages/ui/src/styles.css'
const target = 'packages/ui/dist/styles.css'
const imports = [...readFileSync(entry, 'utf8').matchAll(/@import\s+'([^']+)';/g)].map((m) => m[1])
const css = imports
  .map((file) => `/* ${file} */\n${readFileSync(join(dirname(entry), file), 'utf8').trim()}\n`)
  .join('\n')
write(target, css, `${imports.length} files`)

// A theme is an opt-in import of its own (`@usage-kit/ui/themes/<name>.css`), never in styles.css.
for (const theme of ['shadcn.css']) {
  write(`packages/ui/dist/themes/${theme}`, readFileSync(`packages/ui/src/themes/${theme}`, 'utf8'))
}

function write(path, text, what = '1 file') {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  console.log(`${path}: ${what}, ${text.length} bytes`)
}
