/**
 * UsageHistory page: the one-line drop-in over a Monk source whose `fetch` answers with the
 * generated whole-history body (already in memory as text, as if the network were instant). First
 * paint runs from mount to the table's rows and the balance chart's line being painted, so it
 * includes reading the body (JSON.parse, validation, normalization), the filter bar, totals,
 * chart and table.
 */
import { countElements, expose, now, params, settle, whenPainted } from './harness.js'
import { createMonkSource } from '@usage-kit/core'
import { UsageHistory } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'
import { createRoot } from 'react-dom/client'

const size = Number(params.get('size') ?? 100_000)
const container = document.getElementById('root') as HTMLElement
container.style.width = '1360px'
let ledgerText = ''
let balanceText = ''
const requests: string[] = []

const rowsWithContent = () => {
  let n = 0
  for (const row of container.querySelectorAll('tbody tr.uk-table__row')) {
    if ((row.textContent ?? '').trim() !== '') n++
  }
  return n
}
const chartReady = () =>
  (
    container
      .querySelector('.uk-chart[data-state="ready"] path.uk-chart__line')
      ?.getAttribute('d') ?? ''
  ).length > 0

expose({
  async load() {
    const start = now()
    ledgerText = await (await fetch(`/data/monk-${size}.json`)).text()
    balanceText = await (await fetch(`/data/monk-balance-${size}.json`)).text()
    return { bytes: ledgerText.length, ms: now() - start, size }
  },

  async mount() {
    const source = createMonkSource({
      contractId: 'bench',
      baseUrl: 'https://monk.bench.invalid',
      token: 'bench',
      fetch: async (input) => {
        const url = String(input instanceof Request ? input.url : input)
        requests.push(url.replace('https://monk.bench.invalid', ''))
        const body = url.includes('/balance') ? balanceText : ledgerText
        return new Response(body, { headers: { 'content-type': 'application/json' } })
      },
    })
    const start = now()
    createRoot(container).render(<UsageHistory source={source} />)
    const rows = whenPainted(container, () => rowsWithContent() >= Math.min(size, 8))
    const chart = whenPainted(container, chartReady)
    const [table, line] = await Promise.all([rows, chart])
    await settle(3)
    return {
      tableMs: table.paint - start,
      chartMs: line.paint - start,
      ms: Math.max(table.paint, line.paint) - start,
      requests: [...requests],
      nodes: countElements(container),
    }
  },
})
