import type { LedgerQuery } from '@usage-kit/core'

/**
 * The undo history of `LedgerFilters.narrow`, as pure steps; `useLedgerFilters` binds it to React
 * and the browser. Keys are the filters' normalized JSON (equal filters, equal keys).
 */

/** One narrowing: the filters before it, and the key of the filters it made. */
export interface NarrowStep {
  before: LedgerQuery
  beforeKey: string
  after: string
  /**
   * Whether the narrowing wrote its own URL entry (`history.pushState`). Undoing it is then the
   * browser's Back, so the URL and the filters go back together.
   */
  pushed: boolean
}

export interface NarrowHistory {
  /** Narrowings to undo, the latest last. */
  back: readonly NarrowStep[]
  /** Narrowings undone by the browser's Back, the latest last: its Forward redoes them. */
  forward: readonly NarrowStep[]
}

export const NO_STEPS: NarrowHistory = { back: [], forward: [] }

/** A new narrowing; it starts a new branch, so nothing is left to redo. */
export function addStep(history: NarrowHistory, step: NarrowStep): NarrowHistory {
  return { back: [...history.back, step], forward: [] }
}

/** Any other change (a setter, reset): nothing to undo any more. Same object when already empty. */
export function clearSteps(history: NarrowHistory): NarrowHistory {
  return history.back.length === 0 && history.forward.length === 0 ? history : NO_STEPS
}

/** The latest narrowing, once its URL entry is written. */
export function markPushed(history: NarrowHistory, after: string): NarrowHistory {
  const top = history.back.at(-1)
  if (!top || top.after !== after || top.pushed) return history
  return { ...history, back: [...history.back.slice(0, -1), { ...top, pushed: true }] }
}

/** The latest narrowing undone in place (no URL entry of its own to go back from). */
export function dropStep(history: NarrowHistory): NarrowHistory {
  return { back: history.back.slice(0, -1), forward: history.forward }
}

/**
 * After the browser moved through its history (Back, Forward, or `undo()`'s own Back) to filters
 * with key `key`: Back to the filters before the latest pushed narrowing undoes it; Forward to
 * the filters of the latest undone one redoes it; anywhere else is not a narrowing's history.
 */
export function traverse(history: NarrowHistory, key: string): NarrowHistory {
  const top = history.back.at(-1)
  if (top?.pushed && top.beforeKey === key) {
    return { back: history.back.slice(0, -1), forward: [...history.forward, top] }
  }
  const redo = history.forward.at(-1)
  if (redo?.after === key) {
    return { back: [...history.back, redo], forward: history.forward.slice(0, -1) }
  }
  return clearSteps(history)
}

/**
 * The step `undo()` reverts: the latest narrowing, while the filters are still what it made (a
 * host that changed a controlled value by itself has moved on).
 */
export function undoable(history: NarrowHistory, key: string): NarrowStep | undefined {
  const top = history.back.at(-1)
  return top?.after === key ? top : undefined
}
