import { useLedger, useLedgerFilters, useLedgerSet } from '@usage-kit/react'
import { BalanceChart, LedgerFilterBar, LedgerTable } from '@usage-kit/ui'
import { ComposeLayout, type ComposePageProps } from './ComposeLayout.js'

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

export function ComposePage({ source, pagination, theme, now }: ComposePageProps) {
  const filters = useLedgerFilters({ url: true, ...(now ? { now } : {}) })
  const ledger = useLedger({ source, query: filters.value, pagination })
  const all = useLedgerSet({ source, query: filters.value })
  return (
    <ComposeLayout
      title="Compose your own layout"
      lede="The same pieces as the drop-in, wired by hand: one filter state, a paged ledger for the table and the whole filtered range for the chart."
      code={CODE}
    >
      <LedgerFilterBar filters={filters} entries={all.entries} theme={theme} />
      <BalanceChart ledger={all} height={200} theme={theme} />
      <LedgerTable ledger={ledger} height={420} theme={theme} />
    </ComposeLayout>
  )
}
