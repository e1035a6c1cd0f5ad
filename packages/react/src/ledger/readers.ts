import { createLedgerReader, type LedgerReader, type LedgerSource } from '@usage-kit/core'

const readers = new WeakMap<LedgerSource, LedgerReader>()

/**
 * One reader per source object, so its whole-ledger snapshots and page walks outlive renders
 * (offset mode jumps between pages without re-reading the provider).
 */
export function readerFor(source: LedgerSource): LedgerReader {
  let reader = readers.get(source)
  if (!reader) {
    reader = createLedgerReader(source)
    readers.set(source, reader)
  }
  return reader
}
