import { toCsv, type LedgerEntry } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { describe, expect, it } from 'vitest'
import { csvColumnsFor } from './useCsvExport.js'

const header = (entries: LedgerEntry[]) =>
  toCsv(entries, csvColumnsFor(entries)).split('\r\n')[0]?.split(',') ?? []

describe('csvColumnsFor', () => {
  it('writes one amount column for an ngrok ledger: money (with currency), no credits', () => {
    const entries = [
      ledgerEntry({
        id: 'g',
        provider: 'ngrok',
        kind: 'grant',
        credits: 16880.77,
        money: { amountMinor: 1688077, currency: 'USD' },
      }),
    ]
    const columns = header(entries)
    expect(columns).not.toContain('"credits"')
    expect(columns.filter((name) => name === '"money"')).toHaveLength(1)
    expect(columns).toContain('"currency"')
    const [, row] = toCsv(entries, csvColumnsFor(entries)).split('\r\n')
    expect(row).toContain(',16880.77,"USD"')
  })

  it('keeps credits and money for ledgers whose credits are their own unit', () => {
    const columns = header([ledgerEntry({ id: 'm', provider: 'monk' })])
    expect(columns).toContain('"credits"')
    expect(columns).toContain('"money"')
  })
})
