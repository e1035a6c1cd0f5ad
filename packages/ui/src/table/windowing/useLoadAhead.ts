'use client'

import { useEffect, useRef } from 'react'
import type { InfiniteControls } from '../ordering/index.js'

/** Rows before the end at which infinite mode asks for the next page. */
const LOAD_AHEAD_ROWS = 10

/**
 * Infinite mode: asks for the next page once the last rendered item is near the end of the list.
 * `paused` (a failed load) waits for the user's retry.
 */
export function useLoadAhead(
  infinite: InfiniteControls | null,
  paused: boolean,
  itemCount: number,
  lastIndex: number,
) {
  const canLoad = infinite !== null && infinite.hasNextPage && !infinite.isFetchingNextPage
  // One request per length of the list: renders before `isFetchingNextPage` turns true must not
  // ask again (react-query would cancel the first request and start over).
  const requestedAt = useRef(-1)
  const fetchNextPage = infinite?.fetchNextPage
  useEffect(() => {
    if (paused) requestedAt.current = -1
    if (!canLoad || paused || itemCount === 0 || requestedAt.current === itemCount) return
    if (lastIndex < itemCount - 1 - LOAD_AHEAD_ROWS) return
    requestedAt.current = itemCount
    void fetchNextPage?.()
  }, [canLoad, paused, itemCount, lastIndex, fetchNextPage])
}
