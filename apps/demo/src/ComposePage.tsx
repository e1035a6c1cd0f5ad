import type { LedgerSource } from '@usage-kit/core'
import { useLedger, useLedgerFilters, useLedgerSet } from '@usage-kit/react'
import { BalanceChart, LedgerFilterBar, LedgerTable, type UsageKitTheme } from '@usage-kit/ui'

/** What this page does, as a host would write it (kept in step with the component below). */
const CODE = `import { useLedger, useLedgerFilters, useLedgerSet } from '@usage-kit/react'
import { BalanceChart, LedgerFilterBar, LedgerTable } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'

function MyCreditsPage({ source }) {
  const filters = useLedgerFilters({ url: true })
  const ledger = useLedger({ source, query: filters.value, pagination: 'offset' })
  const all = useLedgerSet({ source, query: filters.value }) // the whole range, for the chart

  return (
    <div className="my-layout">
      <LedgerFilterBar filters={filters} entries={all.entries} />
      <div className="my-columns">
        <LedgerTable ledger={ledger} height={420} />
        <BalanceChart ledger={all} height={200} />
      </div>
    </div>
  )
}`

export function ComposePage({
  source,
  pagination,
  theme,
}: {
  source: LedgerSource
  pagination: 'infinite' | 'offset'
  theme: UsageKitTheme
}) {
  const filters = useLedgerFilters({ url: true })
  const ledger = useLedger({ source, query: filters.value, pagination })
  const all = useLedgerSet({ source, query: filters.value })
  return (
    <div className="demo-compose">
      <h1 className="demo-title">Compose your own layout</h1>
      <p className="demo-lede">
        The same pieces as the drop-in, wired by hand: one filter state, a paged ledger for the
        table and the whole filtered range for the chart.
      </p>
      <div className="demo-compose__grid">
        <section aria-label="Live result" className="demo-compose__live">
          <LedgerFilterBar filters={filters} entries={all.entries} theme={theme} />
          <BalanceChart ledger={all} height={200} theme={theme} />
          <LedgerTable ledger={ledger} height={420} theme={theme} />
        </section>
        <section aria-label="Code" className="demo-compose__code">
          <pre tabIndex={0}>
            <code>{CODE}</code>
          </pre>
        </section>
      </div>
    </div>
  )
}
