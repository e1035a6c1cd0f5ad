import { useLedger, useLedgerFilters, useLedgerSet } from '@usage-kit/react'
import { LedgerFilterBar, LedgerTable, UsageChart } from '@usage-kit/ui'
import { ComposeLayout, type ComposePageProps } from './ComposeLayout.js'

/** What this page does, as a host would write it (kept in step with the component below). */
const CODE = `import { useLedger, useLedgerFilters, useLedgerSet } from '@usage-kit/react'
import { LedgerFilterBar, LedgerTable, UsageChart } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'

function WhereMyCreditsWent({ source }) {
  // Billing cycles start on the 15th: the date picker offers "This billing cycle" and more.
  const filters = useLedgerFilters({ url: true, cycleAnchor: 15 })
  const ledger = useLedger({ source, query: filters.value })
  const all = useLedgerSet({ source, query: filters.value }) // the whole range, for the chart

  return (
    <>
      <LedgerFilterBar filters={filters} entries={all.entries} />
      <UsageChart
        ledger={all}
        from={filters.value.from}
        to={filters.value.to}
        // A bar narrows the table to that bucket's usage; Undo (or Back) returns.
        onBucketSelect={({ start, end }) =>
          filters.narrow({ from: start, to: new Date(Date.parse(end) - 1).toISOString(), kinds: ['usage'] })
        }
        onGroupSelect={({ key }) => key && filters.narrow({ categories: [key], kinds: ['usage'] })}
      />
      <LedgerTable ledger={ledger} height={420} />
    </>
  )
}`

/** The second compose example: usage by category over time, linked to the ledger by hand. */
export function UsagePage({ source, pagination, theme, now }: ComposePageProps) {
  const filters = useLedgerFilters({ url: true, cycleAnchor: 15, ...(now ? { now } : {}) })
  const ledger = useLedger({ source, query: filters.value, pagination })
  const all = useLedgerSet({ source, query: filters.value })
  return (
    <ComposeLayout
      title="Where the credits went"
      lede="Usage by category over time in the viewer's zone, empty days as zero. Choose a bar or a legend item to see the entries behind it in the table; Undo or the browser's Back returns."
      code={CODE}
    >
      <LedgerFilterBar filters={filters} entries={all.entries} theme={theme} />
      <UsageChart
        ledger={all}
        from={filters.value.from}
        to={filters.value.to}
        onBucketSelect={({ start, end }) =>
          filters.narrow({
            from: start,
            to: new Date(Date.parse(end) - 1).toISOString(),
            kinds: ['usage'],
          })
        }
        onGroupSelect={({ key }) => {
          if (key !== null) filters.narrow({ categories: [key], kinds: ['usage'] })
        }}
        theme={theme}
      />
      <LedgerTable ledger={ledger} height={420} theme={theme} />
    </ComposeLayout>
  )
}
