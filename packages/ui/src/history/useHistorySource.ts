'use client'

import { createRemoteSource, type LedgerSource } from '@usage-kit/core'
import { useMemo } from 'react'

/**
 * The source UsageHistory reads: `source` as given, or a remote source over `endpoint`. The
 * remote source is built here, on the client (a Server Component can hand over only the URL), and
 * kept while the URL stays the same: a new object each render would restart what depends on the
 * source (the CSV export, the grants' whole-ledger read).
 */
export function useHistorySource(
  source: LedgerSource | undefined,
  endpoint: string | undefined,
): LedgerSource {
  const remote = useMemo(
    () => (endpoint === undefined ? null : createRemoteSource({ url: endpoint })),
    [endpoint],
  )
  // The types allow exactly one; JavaScript callers get told instead of a blank history.
  if (source !== undefined && remote !== null) {
    throw new TypeError('UsageHistory: pass `source` or `endpoint`, not both')
  }
  const resolved = source ?? remote
  if (!resolved) {
    throw new TypeError(
      'UsageHistory: pass `source` (a LedgerSource) or `endpoint` (the URL of a createLedgerHandler endpoint)',
    )
  }
  return resolved
}
