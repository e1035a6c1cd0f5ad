import { useBalanceCheck, useLedgerSet, useRunway } from '@usage-kit/react'
import { BalanceChart, CreditGrants, LedgerStatement } from '@usage-kit/ui'
import { ComposeLayout, type ComposePageProps } from './ComposeLayout.js'

/** What this page does, as a host would write it (kept in step with the component below). */
const CODE = `import { useBalanceCheck, useLedgerSet, useRunway } from '@usage-kit/react'
import { BalanceChart, CreditGrants, LedgerStatement } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'

function WhatIsLeft({ source }) {
  const all = useLedgerSet({ source, query: {} }) // the whole ledger
  const runway = useRunway(all)                   // burn rate of the last 30 days
  const check = useBalanceCheck(source, all)      // the ledger against the provider's balance

  return (
    <>
      <CreditGrants ledger={all} />
      <BalanceChart ledger={all} forecast={runway} height={220} />
      <LedgerStatement ledger={all} balanceCheck={check.check} />
    </>
  )
}`

/** The third compose example: grants with what is left, the run-out forecast, statements. */
export function OutlookPage({ source, theme, now }: ComposePageProps) {
  const all = useLedgerSet({ source, query: {} })
  const runway = useRunway(all, now ? { now } : {})
  const check = useBalanceCheck(source, all)
  return (
    <ComposeLayout
      title="What is left, and for how long"
      lede="Each grant with what it has left and when it expires, the balance's run-out forecast at the last 30 days' rate, and monthly statements checked against the provider's balance."
      code={CODE}
    >
      <CreditGrants ledger={all} theme={theme} {...(now ? { asOf: now().toISOString() } : {})} />
      <BalanceChart ledger={all} forecast={runway} height={220} theme={theme} />
      <LedgerStatement ledger={all} balanceCheck={check.check} theme={theme} />
    </ComposeLayout>
  )
}
