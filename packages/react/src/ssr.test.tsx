// @vitest-environment node
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { createMonkSource } from '@usage-kit/core'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { setupMockServer } from '../test/harness.js'
import { UsageKitProvider, useLedger, useLedgerTotals } from './index.js'

const server = setupMockServer()

function Ledger() {
  const ledger = useLedger({
    source: createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' }),
  })
  const totals = useLedgerTotals(ledger)
  return (
    <p>
      {ledger.status}:{ledger.entries.length}:{totals.count}
    </p>
  )
}

describe('server rendering', () => {
  it('imports and renders without window, and never fetches on the server', async () => {
    expect(typeof window).toBe('undefined')
    const mock = createMonkMock()
    server.use(...mock.handlers)
    const html = renderToString(
      <UsageKitProvider timeZone="UTC">
        <Ledger />
      </UsageKitProvider>,
    )
    expect(html).toBe('<p>pending<!-- -->:<!-- -->0<!-- -->:<!-- -->0</p>')
    // Nothing left running after the render either.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(mock.requests).toHaveLength(0)
  })
})
