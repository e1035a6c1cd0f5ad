'use client'

import {
  DEFAULT_CSV_COLUMNS,
  ledgerCreditCurrency,
  readAll,
  toCsv,
  createLedgerReader,
  type CsvColumnName,
  type LedgerEntry,
  type LedgerQuery,
  type LedgerSource,
} from '@usage-kit/core'
import { useCallback, useState } from 'react'

/** How the Export CSV button writes its file. */
export interface CsvExportOptions {
  /**
   * Start the file with a UTF-8 byte-order mark, so Excel opens it as UTF-8 (without one, Excel
   * reads the file in the system code page and shows Czech descriptions as mojibake).
   * @default true
   */
  bom?: boolean
}

/** The default columns without `credits`: for entries whose credits are their money. */
const MONEY_COLUMNS = DEFAULT_CSV_COLUMNS.filter((column) => column !== 'credits')

/**
 * The columns the export writes for `entries`: core's defaults, except that a ledger whose
 * credits are money (ngrok's dollars, `ledgerCreditCurrency`) has one amount column, `money` (with
 * `currency`), not the same figure twice.
 */
export function csvColumnsFor(entries: readonly LedgerEntry[]): readonly CsvColumnName[] {
  return ledgerCreditCurrency(entries) === null ? DEFAULT_CSV_COLUMNS : MONEY_COLUMNS
}

/**
 * Exports the whole filtered set as CSV. When the set already in memory is complete it is used
 * as is; otherwise the export reads the rest (no budget: the user asked for everything).
 */
export function useCsvExport(
  source: LedgerSource,
  query: LedgerQuery,
  loaded: { entries: LedgerEntry[]; complete: boolean },
  { bom = true }: CsvExportOptions = {},
) {
  const [busy, setBusy] = useState(false)
  const exportCsv = useCallback(async () => {
    setBusy(true)
    try {
      const entries = loaded.complete
        ? loaded.entries
        : (await readAll(createLedgerReader(source), { query, maxPages: Number.MAX_SAFE_INTEGER }))
            .entries
      download(
        `credit-history-${source.provider}-${new Date().toISOString().slice(0, 10)}.csv`,
        toCsv(entries, csvColumnsFor(entries), { bom }),
      )
    } finally {
      setBusy(false)
    }
  }, [source, query, loaded, bom])
  return { exportCsv, busy }
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has handed the blob to the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
