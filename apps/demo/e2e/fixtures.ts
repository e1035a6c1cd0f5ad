/**
 * Shared browser-test fixtures: every page visited gets an axe scan (WCAG 2 A and AA) and no
 * console error or page error may happen during a test.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test as base, type Page } from '@playwright/test'

export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    await use(errors)
    expect(errors, 'console errors').toEqual([])
  },
})

export { expect }

/** Zero axe violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(summary, 'axe violations').toEqual([])
}

/** A demo URL with a fixed clock, so the mocked ledgers are the same in every run. */
export function demoUrl(params: Record<string, string | number> = {}, path = '/'): string {
  const search = new URLSearchParams({
    now: '2026-11-01T00:00:00.000Z',
    size: '200',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  })
  return `${path}?${search}`
}
