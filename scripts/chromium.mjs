/**
 * How every browser run here launches Debian's Chromium (Playwright's own browser download
 * cannot work on this machine): the executable and the flags that keep a headless run quiet and
 * offline. Used by the browser tests, the story tests, the benchmark and the screenshots.
 */

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Headless without a sandbox or GPU, and with no background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
