#!/usr/bin/env node
/**
 * Screenshots of the built Storybook (storybook-static), to look at what the kit shows.
 * Serves the folder on loopback, opens each story in Debian's Chromium, writes PNGs to
 * test-results/screenshots/<story-id>--<theme>.png.
 *
 * Usage: node scripts/screenshot-stories.mjs [--filter table] [--themes light,dark] [--width 1100]
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'
import { chromium } from 'playwright'

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .flatMap((arg, i, all) => (arg.startsWith('--') ? [[arg.slice(2), all[i + 1]]] : [])),
)
const root = 'storybook-static'
const out = 'test-results/screenshots'
const themes = (args.themes ?? 'light,dark').split(',')
const width = Number(args.width ?? 1100)
if (!existsSync(join(root, 'index.json'))) {
  console.error('storybook-static is missing: run `pnpm build-storybook` first')
  process.exit(1)
}
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'))
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !args.filter || entry.id.includes(args.filter))

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
}
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  )
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end()
    return
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' })
  createReadStream(file).pipe(response)
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address()

mkdirSync(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 })
const errors = []
page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
for (const story of stories) {
  for (const theme of themes) {
    const url = `http://127.0.0.1:${port}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`
    // A loading story's request never ends: wait for the network to go quiet, but not forever.
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {})
    // Give mocked requests, charts and virtualized rows a moment to settle.
    await page.waitForTimeout(400)
    await page.screenshot({ path: join(out, `${story.id}--${theme}.png`), fullPage: true })
  }
}
await browser.close()
server.close()
console.log(`${stories.length * themes.length} screenshots in ${out}`)
if (errors.length) {
  console.error(`page errors:\n${errors.join('\n')}`)
  process.exitCode = 1
}
