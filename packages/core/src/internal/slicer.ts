/**
 * Cooperative time slicing: long synchronous work (parsing a 36 MB body, normalizing 100,000 rows)
 * checks in between steps and, once it has run for a slice's worth of time, gives the event loop a
 * turn, so timers, I/O and other customers' requests run in between. Chosen over a worker: the
 * parsed rows would have to cross back by structured clone, a block as long as the parse it
 * saved, and not every runtime the kit runs in (edge functions, some workers) can start one.
 */

/** How long work runs before it gives the event loop a turn. Far below the 100 ms a block may take. */
export const SLICE_MS = 10

export interface Slicer {
  /** Resolves at once while the slice has time left; otherwise after the event loop had a turn. */
  pause(): Promise<void> | undefined
  /** How many times the event loop got a turn. */
  readonly yields: number
}

const now: () => number =
  typeof performance === 'object' ? () => performance.now() : () => Date.now()

/**
 * A slicer for one piece of work. `signal` is checked at every pause, so work on a request that
 * was aborted or timed out stops within a slice.
 */
export function createSlicer(signal?: AbortSignal, sliceMs: number = SLICE_MS): Slicer {
  let started = now()
  let yields = 0
  return {
    pause() {
      if (now() - started < sliceMs) return undefined
      signal?.throwIfAborted()
      yields += 1
      return yieldToEventLoop().then(() => {
        signal?.throwIfAborted()
        started = now()
      })
    },
    get yields() {
      return yields
    },
  }
}

/**
 * A macrotask, not a microtask: awaiting a resolved promise lets no timer or I/O callback run.
 * `setImmediate` where it exists (Node, Bun); elsewhere a MessageChannel message (browsers, Deno,
 * workers), which, unlike a nested `setTimeout(0)`, is not clamped to 4 ms.
 */
export function yieldToEventLoop(): Promise<void> {
  const immediate = (globalThis as { setImmediate?: (callback: () => void) => unknown })
    .setImmediate
  if (typeof immediate === 'function') return new Promise((resolve) => void immediate(resolve))
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  }
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * `items.map(map)` for lists long enough to block (every entry of a 100,000-entry ledger), giving
 * the event loop a turn whenever a slice's time has run out. Asks the slicer every 256 items, so
 * the check costs nothing next to the work.
 */
export function mapInSlices<T, U>(
  items: readonly T[],
  map: (item: T) => U,
  signal?: AbortSignal,
): Promise<U[]> {
  function* mapping(): Generator<void, U[], undefined> {
    const out = new Array<U>(items.length)
    for (let i = 0; i < items.length; i++) {
      out[i] = map(items[i] as T)
      if ((i & 255) === 255) yield
    }
    return out
  }
  return runInSlices(mapping(), signal)
}

/** Runs a generator that pauses between steps of long work to its end, at once. */
export function runToEnd<T>(work: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = work.next()
    if (step.done === true) return step.value
  }
}

/** Runs the same generator to its end, giving the event loop a turn once a slice's time is up. */
export async function runInSlices<T>(
  work: Generator<unknown, T, undefined>,
  signal?: AbortSignal,
  slicer: Slicer = createSlicer(signal),
): Promise<T> {
  for (;;) {
    const step = work.next()
    if (step.done === true) return step.value
    const pause = slicer.pause()
    if (pause) await pause
  }
}
