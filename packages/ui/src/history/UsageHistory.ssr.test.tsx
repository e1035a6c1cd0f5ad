// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { setupMockServer } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()

// What a Server Component page does with the drop-in: it passes only the endpoint's URL, and the
// client component is rendered to HTML on the server before it hydrates in the browser.
describe('UsageHistory endpoint, rendered on a server', () => {
  it('renders its loading state from the URL alone (relative or absolute), with no window and no fetch', async () => {
    expect(typeof window).toBe('undefined')
    let hits = 0
    server.use(
      http.get('http://app.test/api/ledger', () => {
        hits += 1
        return HttpResponse.json({ entries: [] })
      }),
    )
    for (const endpoint of ['/api/ledger', 'http://app.test/api/ledger']) {
      const html = renderToString(<UsageHistory endpoint={endpoint} timeZone="UTC" />)
      expect(html).toContain('uk-history')
      expect(html).toContain('data-state="loading"')
    }
    // Nothing started on the server either: the remote source reads only after hydration.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(hits).toBe(0)
  })
})
