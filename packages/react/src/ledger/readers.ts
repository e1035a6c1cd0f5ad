import type { QueryClient } from '@tanstack/react-query'
import { createLedgerReader, type LedgerReader, type LedgerSource } from '@usage-kit/core'

const readers = new WeakMap<QueryClient, WeakMap<LedgerSource, LedgerReader>>()

/**
 * One reader per source object and query client, so its whole-ledger snapshots and page walks
 * outlive renders (offset mode jumps between pages without re-reading the provider) but never
 * outlive the cache they serve: a new QueryClient starts from the provider again.
 */
export function readerFor(client: QueryClient, source: LedgerSource): LedgerReader {
  let bySource = readers.get(client)
  if (!bySource) {
    bySource = new WeakMap()
    readers.set(client, bySource)
  }
  let reader = bySource.get(source)
  if (!reader) {
    reader = createLedgerReader(source)
    bySource.set(source, reader)
  }
  return reader
}
