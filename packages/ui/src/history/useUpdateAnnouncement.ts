'use client'

import type { LedgerResult } from '@usage-kit/react'
import { useEffect, useRef, useState } from 'react'
import type { Translate } from '../i18n/useMessages.js'

/**
 * Text for a polite live region: says when a refresh or a filter change has brought new data, so
 * a screen-reader user knows the table changed. Silent on the first load (the table says it).
 */
export function useUpdateAnnouncement(ledger: LedgerResult, t: Translate): string {
  const [text, setText] = useState('')
  const wasFetching = useRef(false)
  const loadedOnce = useRef(false)
  const { isFetching, status, entries } = ledger
  useEffect(() => {
    if (wasFetching.current && !isFetching && status === 'success') {
      if (loadedOnce.current) setText(t('status.updated', { count: entries.length }))
      loadedOnce.current = true
    }
    wasFetching.current = isFetching
  }, [isFetching, status, entries.length, t])
  return text
}
