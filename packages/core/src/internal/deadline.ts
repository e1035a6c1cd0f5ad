/**
 * One request's abort signal: the caller's signal and a time limit, combined. Written by hand
 * rather than with `AbortSignal.any` (Node 20.3, Chrome 116, Safari 17.4, Firefox 124): the
 * kit's browser floor includes Firefox 120, and the hand-written version also says which of the
 * two fired, which the error kind depends on (the caller's abort is `aborted`, the limit is not).
 */
export interface Deadline {
  /** Aborts when the caller aborts or the time limit passes, whichever is first. */
  readonly signal: AbortSignal
  /** True once the time limit (not the caller) aborted `signal`. */
  timedOut(): boolean
  /** Stops the timer and the listener; call when the request is over. */
  dispose(): void
}

/** The time limit a source gets when its options name none: 30 seconds. */
export const DEFAULT_TIMEOUT_MS = 30_000

/**
 * Checks a `timeoutMs` option: a positive number of milliseconds, or 0 or `Infinity` for no
 * limit. Returns the limit, or null for none.
 */
export function readTimeoutMs(value: unknown, owner: string): number | null {
  if (value === undefined) return DEFAULT_TIMEOUT_MS
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new RangeError(
      `${owner}: \`timeoutMs\` must be a positive number of milliseconds, or 0 or Infinity for none`,
    )
  }
  return value === 0 || value === Infinity ? null : value
}

/** Combines the caller's `signal` with a limit of `timeoutMs` (null: the caller's signal alone). */
export function startDeadline(signal: AbortSignal | undefined, timeoutMs: number | null): Deadline {
  const controller = new AbortController()
  let timedOut = false
  const onAbort = (): void => controller.abort(signal?.reason)
  if (signal?.aborted) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  // setTimeout takes at most 2^31-1 ms; a longer limit is as good as none.
  const timer =
    timeoutMs === null || timeoutMs > 0x7fffffff
      ? undefined
      : setTimeout(() => {
          // Already aborted by the caller: that abort is what happened.
          if (controller.signal.aborted) return
          timedOut = true
          controller.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError'))
        }, timeoutMs)
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}

/**
 * `promise`, or a rejection with the signal's reason as soon as `signal` aborts, for steps that
 * may not watch the signal themselves (a custom `fetch`, a body stream that ignores it).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort)
        reject(error as Error)
      },
    )
  })
}
