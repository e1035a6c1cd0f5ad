/**
 * Chromium through Playwright: the launch, a fresh page per measurement, and calls into the
 * page's `window.bench` (bench/pages/src).
 */
import { chromium } from 'playwright'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

// The flags every browser run uses, plus precise (unquantized) performance.memory.
const BENCH_ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info']

/** Debian's Chromium (or CHROMIUM_PATH), headless. */
export const launchBrowser = () =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: BENCH_ARGS,
  })

/** Per page: the largest sizes get more time before a variant is reported as "did not run". */
export const pageLimitMs = (size) => (size >= 1_000_000 ? 300_000 : 120_000)

/**
 * A fresh page (own context, so own renderer) with a CDP session; closed after `fn`.
 * `ctx` gives the browser and the server the page is read from.
 */
export async function withPage({ browser, server }, path, limitMs, fn) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  const errors = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('crash', () => errors.push('the page crashed (renderer out of memory?)'))
  const cdp = await context.newCDPSession(page)
  let timer
  try {
    await page.goto(`${server.url}/${path}`)
    await page.waitForFunction(() => 'bench' in window)
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`took longer than ${limitMs / 1000} s`)), limitMs)
    })
    return await Promise.race([fn(page, cdp), timeout])
  } catch (error) {
    const reason = errors.length
      ? `${String(error.message ?? error)}; ${errors.join('; ')}`
      : String(error.message ?? error)
    throw new Error(reason.split('\n')[0])
  } finally {
    clearTimeout(timer)
    await context.close().catch(() => {})
  }
}

/** Calls `window.bench[method](...args)` in the page and returns what it resolves to. */
export const call = (page, method, ...args) =>
  page.evaluate(([m, a]) => window.bench[m](...a), [method, args])

/** Used JS heap after two forced collections (CDP HeapProfiler.collectGarbage). */
export async function usedHeap(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return page.evaluate(() => performance.memory.usedJSHeapSize)
}
