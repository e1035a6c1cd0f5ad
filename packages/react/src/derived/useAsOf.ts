'use client'

import type { LedgerEntry } from '@usage-kit/core'
import { useMemo } from 'react'

/**
 * The instant a grant or forecast hook reads the ledger at: `asOf` when given, else the clock read
 * once per entries array (not on every render, so a rerender with the same entries returns the
 * same objects).
 */
export function useAsOf(
  entries: readonly LedgerEntry[],
  asOf: string | undefined,
  now: (() => Date) | undefined,
): string {
  // `entries` is a dependency only so the clock is read again when the ledger changes.
  const clock = useMemo(() => clockFor(entries, now), [entries, now])
  return asOf ?? clock
}

/** Options every grant hook shares: the instant and, for tests, the clock. */
export interface AsOfOptions {
  /**
   * The instant to read the ledger at (ISO-8601).
   * @default now, read once per entries array
   */
  asOf?: string | undefined
  /**
   * The clock, for tests and stories; keep it the same function across renders (a new one reads
   * the clock again).
   * @default () => new Date()
   */
  now?: (() => Date) | undefined
}

/** The clock's instant; the entries only tie the read to the ledger it is for. */
function clockFor(_entries: readonly LedgerEntry[], now: (() => Date) | undefined): string {
  return (now?.() ?? new Date()).toISOString()
}
