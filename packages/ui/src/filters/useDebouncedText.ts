'use client'

import { useIsomorphicLayoutEffect } from '@usage-kit/react'
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
} from 'react'

export interface DebouncedTextOptions {
  /** The committed text (the query's), trimmed as the query stores it. */
  value: string
  /** Receives the typed text once typing pauses. */
  onCommit: (text: string) => void
  /** The pause, in milliseconds; 0 or less commits on every change. */
  delayMs: number
}

export interface DebouncedText {
  /** What the input shows. */
  text: string
  /** True while typed text waits for the pause. */
  pending: boolean
  setText: (text: string) => void
  /** Commits what waits now (Enter). */
  flush: () => void
  /** Drops what waits, and shows the committed text again. */
  cancel: () => void
}

/**
 * A text field that commits after a pause in typing. The input shows the typed text while it waits
 * and while it still matches the committed value (so a trailing space the query trims away is not
 * eaten mid-word); otherwise it shows the committed value. A controlled host that refuses a change,
 * a reset, or a new value from outside therefore always wins once nothing waits.
 */
export function useDebouncedText({
  value,
  onCommit,
  delayMs,
}: DebouncedTextOptions): DebouncedText {
  const [draft, setDraft] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const latest = useRef({ draft, onCommit })
  useIsomorphicLayoutEffect(() => {
    latest.current.onCommit = onCommit
  })

  const commit = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    setPending(false)
    const text = latest.current.draft
    if (text !== null) latest.current.onCommit(text)
  }, [])

  const setText = useCallback(
    (text: string) => {
      latest.current.draft = text
      setDraft(text)
      if (delayMs <= 0) {
        commit()
        return
      }
      clearTimeout(timer.current)
      setPending(true)
      timer.current = setTimeout(commit, delayMs)
    },
    [commit, delayMs],
  )

  const flush = useCallback(() => {
    if (timer.current !== undefined) commit()
  }, [commit])

  const cancel = useCallback(() => {
    clearTimeout(timer.current)
    timer.current = undefined
    latest.current.draft = null
    setDraft(null)
    setPending(false)
  }, [])

  // A commit after unmount would reach a host that is gone.
  useEffect(() => () => clearTimeout(timer.current), [])

  const text = draft !== null && (pending || draft.trim() === value) ? draft : value
  return { text, pending, setText, flush, cancel }
}

/**
 * The props that bind a text input to a debounced text: it shows `text`, types into it, and
 * commits at once on Enter. Not a browser's word guess or spelling check: these are filters.
 */
export function debouncedInputProps(text: DebouncedText) {
  return {
    value: text.text,
    autoComplete: 'off',
    spellCheck: false,
    onChange: (event: ChangeEvent<HTMLInputElement>) => text.setText(event.target.value),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') text.flush()
    },
  }
}
