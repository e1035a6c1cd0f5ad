'use client'

/**
 * The providers' mocked ledgers for the grants panel's and the statement's stories (never
 * exported from the package): each read as a host reads it, the whole set through `useLedgerSet`
 * and the provider's balance through `useBalanceCheck` where it has a balance endpoint.
 */
import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type BalanceCheck,
  type LedgerSource,
  type ProviderId,
} from '@usage-kit/core'
import {
  createLassoMock,
  createMonkMock,
  createNgrokMock,
  createSynapMock,
  createVayuMock,
  DEFAULT_NOW,
  DEFAULT_TOKEN,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ProviderMock,
} from '@usage-kit/mocks'
import { useBalanceCheck, useLedgerSet, type LedgerSetResult } from '@usage-kit/react'
import { useState, type ReactNode } from 'react'

const token = DEFAULT_TOKEN

const SOURCES: Record<ProviderId, () => LedgerSource> = {
  vayu: () => createVayuSource({ customerId: VAYU_CUSTOMER_ID, token }),
  monk: () => createMonkSource({ contractId: MONK_CONTRACT_ID, token }),
  ngrok: () => createNgrokSource({ token }),
  synap: () => createSynapSource({ token }),
  lasso: () => createLassoSource({ token }),
}

const MOCKS: Record<ProviderId, (options: MockOptions) => ProviderMock> = {
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  synap: createSynapMock,
  lasso: createLassoMock,
}

/** The mocks' "now": their histories end just before it, so statuses are taken there. */
export const MOCK_NOW = new Date(DEFAULT_NOW).toISOString()

/** The MSW handlers of `provider`'s mock. */
export const mockHandlers = (provider: ProviderId, options: MockOptions = { size: 300 }) =>
  MOCKS[provider](options).handlers

/** Reads `provider`'s whole ledger and balance check, and renders `children` with them. */
export function ProviderLedger({
  provider,
  children,
}: {
  provider: ProviderId
  children: (ledger: LedgerSetResult, check: BalanceCheck | null) => ReactNode
}) {
  const [source] = useState(SOURCES[provider])
  const ledger = useLedgerSet({ source })
  const { check } = useBalanceCheck(source, ledger)
  return <>{children(ledger, check)}</>
}

/** A box of a fixed width, for the phone and wide stories. */
export function Container({ width, children }: { width: number; children: ReactNode }) {
  return <div style={{ width, maxWidth: 'none' }}>{children}</div>
}
