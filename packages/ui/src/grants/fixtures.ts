/**
 * A small Monk-like ledger for the grants panel's and the statement's tests and stories (never
 * exported from the package), its figures worked out by hand. At asOf 10 Mar 2026 (UTC):
 * - Referral bonus: 200 granted 20 Feb, expires 15 Mar: expiring (5 days), 200 left;
 * - Spring promotion: 500 granted 1 Feb, expires 22 Mar: expiring (12 days), 200 used, 300 left;
 * - Prepaid credits: 2,000 granted 1 Jan, expires 1 Jan 2027: active, 1,588 used, 412 left;
 * - Welcome credits: 100 granted 1 Dec 2025, expired 31 Jan: 40 used, 60 expired: depleted.
 * The balance ends at 912 = 200 + 300 + 412. By month (UTC): Dec 100 granted, 40 used, closing
 * 60; Jan 2,000 / 360 / 1,700; Feb 700 / 1,288 / 1,112; Mar 0 / 200 / 912.
 */
import type { LedgerEntry, ProviderId } from '@usage-kit/core'
import type { BalanceChartLedger } from '../chart/types.js'
import { ledgerEntry } from '@usage-kit/mocks'

export const AS_OF = '2026-03-10T00:00:00.000Z'

interface Row {
  id: string
  at: string
  credits: number
  kind?: LedgerEntry['kind']
  grantId?: string
  description?: string
  expiresAt?: string
}

const ROWS: Row[] = [
  {
    id: 'g3',
    at: '2025-12-01',
    credits: 100,
    kind: 'grant',
    description: 'Welcome credits',
    expiresAt: '2026-01-31',
  },
  { id: 'u0', at: '2025-12-10', credits: -40, grantId: 'g3' },
  {
    id: 'g1',
    at: '2026-01-01',
    credits: 2000,
    kind: 'grant',
    description: 'Prepaid credits',
    expiresAt: '2027-01-01',
  },
  { id: 'u1', at: '2026-01-10', credits: -300, grantId: 'g1' },
  { id: 'x1', at: '2026-01-31', credits: -60, kind: 'expiration', grantId: 'g3' },
  {
    id: 'g2',
    at: '2026-02-01',
    credits: 500,
    kind: 'grant',
    description: 'Spring promotion',
    expiresAt: '2026-03-22',
  },
  { id: 'u2', at: '2026-02-15', credits: -1288, grantId: 'g1' },
  {
    id: 'g4',
    at: '2026-02-20',
    credits: 200,
    kind: 'grant',
    description: 'Referral bonus',
    expiresAt: '2026-03-15',
  },
  { id: 'u3', at: '2026-03-01', credits: -200, grantId: 'g2' },
]

const instant = (day: string) => `${day}T00:00:00.000Z`

export interface GrantLedgerOptions {
  /** @default 'monk' */
  provider?: ProviderId
  /** Usage and expirations name their grant (Monk): exact attribution. @default true */
  linked?: boolean
  /** Running balances on the entries. @default true */
  balances?: boolean
}

/** The ledger above, newest first (as the hooks return it). */
export function grantLedger({
  provider = 'monk',
  linked = true,
  balances = true,
}: GrantLedgerOptions = {}): LedgerEntry[] {
  let balance = 0
  return ROWS.map((row) => {
    balance += row.credits
    const kind = row.kind ?? 'usage'
    return ledgerEntry({
      id: row.id,
      provider,
      kind,
      providerType: kind,
      occurredAt: instant(row.at),
      credits: row.credits,
      balanceAfter: balances ? balance : null,
      category: kind === 'grant' ? 'promotional' : null,
      description: row.description ?? null,
      expiresAt: row.expiresAt ? instant(row.expiresAt) : null,
      grantId: linked ? (row.grantId ?? null) : null,
    })
  }).reverse()
}

/** Usage alone, as a provider without grants reports it. */
export function usageOnly(provider: ProviderId = 'synap'): LedgerEntry[] {
  return grantLedger({ provider, linked: false }).filter((entry) => entry.kind === 'usage')
}

/** `entries` as a ledger hook returns them once read (or in `status`). */
export function ledgerOf(
  entries: LedgerEntry[],
  status: BalanceChartLedger['status'] = 'success',
): BalanceChartLedger {
  return { entries, status, error: null, refetch: () => Promise.resolve() }
}
