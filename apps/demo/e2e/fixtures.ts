/**
 * Shared browser-test fixtures: every page visited gets an axe scan (WCAG 2 A and AA) and no
 * console error or page error may happen during a test, except the ones a test declares it
 * expects (the browser's own "Failed to load resource" line for a mocked 500, say).
 */
import { AxeBuilder } from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

interface Fixtures {
  /** The unexpected console and page errors so far; checked to be empty after every test. */
  consoleErrors: string[]
  /** Declares a console error this test expects (matched against the message text). */
  allowConsoleError: (pattern: RegExp) => void
  allowedConsoleErrors: RegExp[]
}

export const test = base.extend<Fixtures>({
  // Date presets and shown dates count in the kit's time zone: the same one in every run.
  timezoneId: 'UTC',
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture uses here
  allowedConsoleErrors: async ({}, use) => {
    await use([])
  },
  allowConsoleError: async ({ allowedConsoleErrors }, use) => {
    await use((pattern) => void allowedConsoleErrors.push(pattern))
  },
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = []
      const allowed = (text: string) => allowedConsoleErrors.some((pattern) => pattern.test(text))
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowed(message.text())) errors.push(message.text())
      })
      page.on('pageerror', (error) => errors.push(error.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Zero axe violations on the page as it is now, once transitions have finished (a colour caught
 * halfway through a theme change is not the page's contrast). Failures name the rule, the nodes
 * and why, and attach axe's full report.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  )
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze()
  const summary = results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  )
  if (summary.length > 0) {
    await test.info().attach('axe-violations.json', {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    })
  }
  expect(summary, 'axe violations').toEqual([])
}

/** The demo's fixed clock: the mocked ledgers end just before it. */
export const DEMO_NOW = '2026-11-01T00:00:00.000Z'

/** A demo URL with a fixed clock, so the mocked ledgers are the same in every run. */
export function demoUrl(params: Record<string, string | number> = {}, path = '/'): string {
  const search = new URLSearchParams({
    now: DEMO_NOW,
    size: '200',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  })
  return `${path}?${search}`
}
