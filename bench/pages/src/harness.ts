/**
 * In-page measurement shared by every benchmark page: paint detection, frame counting,
 * blank-viewport sampling and loading the generated ledger. Everything is timed here, in the
 * page, with performance.now(); the driver (bench/run.mjs) only orchestrates and collects.
 *
 * "Painted" means: the task right after the first frame that starts once the DOM (or canvas)
 * holds the result. A frame's requestAnimationFrame callbacks run before its style, layout and
 * paint, and a message posted from one runs after the frame is done, so the time includes the
 * style, layout and paint work the change caused.
 */
import { createMonkSource, reconstructBalances, type LedgerEntry } from '@usage-kit/core'

export const params = new URLSearchParams(location.search)
export const now = () => performance.now()

/** Resolves in the task that follows the current (or next) frame's paint. */
function postTask(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve(performance.now())
    }
    channel.port2.postMessage(null)
  })
}

/** The next frame's start (a requestAnimationFrame callback). */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))
}

/** The task right after the next frame has been painted. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => void postTask().then(resolve)))
}

/** Waits for `count` frames to be painted (lets effects, observers and deferred work settle). */
export async function settle(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await afterNextPaint()
}

const pokes = new Set<() => void>()

/** Re-checks pending `whenPainted` conditions (for canvas draws, which no observer sees). */
export function poke(): void {
  for (const check of [...pokes]) check()
}

export interface PaintTiming {
  /** When the condition first held (DOM or canvas updated). */
  dom: number
  /** When the frame after that was painted. */
  paint: number
}

/**
 * Resolves once `ready()` holds, checked after every DOM mutation under `root` (a
 * MutationObserver fires at the end of the task that mutated), on `poke()`, and once per frame,
 * with when it first held and when the next frame was painted.
 */
export function whenPainted(root: Node, ready: () => boolean, timeoutMs = 300_000) {
  return new Promise<PaintTiming>((resolve, reject) => {
    let done = false
    const finish = () => {
      done = true
      observer.disconnect()
      pokes.delete(check)
      clearTimeout(timer)
    }
    const check = () => {
      if (done || !ready()) return
      const dom = performance.now()
      finish()
      void afterNextPaint().then((paint) => resolve({ dom, paint }))
    }
    const observer = new MutationObserver(check)
    observer.observe(root, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    pokes.add(check)
    const perFrame = () => {
      if (done) return
      check()
      requestAnimationFrame(perFrame)
    }
    requestAnimationFrame(perFrame)
    const timer = setTimeout(() => {
      if (done) return
      finish()
      reject(new Error(`condition not met within ${timeoutMs} ms`))
    }, timeoutMs)
  })
}

/**
 * Starts `action` at the beginning of a frame, then reports when its result was painted: in that
 * same frame when the DOM already holds it once the frame is done (work done synchronously, in
 * resize observers or in animation-frame callbacks of that frame), else in the frame after the
 * task that completes it. Used for resizes, where a renderer may draw inside the frame.
 */
export function actInFrame(root: Node, action: () => void, ready: () => boolean) {
  return new Promise<{ start: number; dom: number; paint: number }>((resolve, reject) => {
    requestAnimationFrame(() => {
      const start = performance.now()
      action()
      void postTask().then((afterFrame) => {
        if (ready()) {
          resolve({ start, dom: afterFrame, paint: afterFrame })
          return
        }
        whenPainted(root, ready).then(({ dom, paint }) => resolve({ start, dom, paint }), reject)
      })
    })
  })
}

export interface ScrollOptions {
  scroller: HTMLElement
  mode: 'steady' | 'drag'
  durationMs: number
  /** Steady mode: scroll speed. */
  pxPerSecond: number
  /** The rectangle in which rows must be visible (below any header). */
  rowsArea: () => DOMRect
  /** Is there a rendered row (with content) at this viewport point? */
  rowAt: (x: number, y: number) => boolean
  /** DOM nodes in the component (sampled every tenth frame). */
  countNodes: () => number
}

export interface ScrollResult {
  mode: 'steady' | 'drag'
  durationMs: number
  /** Frames rendered while scrolling (requestAnimationFrame callbacks). */
  frames: number
  /** Frames in which part of the rows area showed no row. */
  blankFrames: number
  /** Frames in which the whole rows area showed no row. */
  fullyBlankFrames: number
  /** Longest gap between two frames. */
  longestFrameMs: number
  distancePx: number
  maxNodes: number
}

const SAMPLE_ROWS = 12

/**
 * Scrolls for a fixed time, one scroll step per frame, set in the task after each paint so the
 * scroll event reaches the component in the next frame before it is painted (as a main-thread
 * scrollbar drag or wheel does). After every paint, samples the rows area: a frame is blank
 * where a sampled point shows no row. `steady` moves at a constant speed; `drag` sweeps the
 * whole list top to bottom in the given time, as dragging the scrollbar thumb does.
 */
export function scrollTest(options: ScrollOptions): Promise<ScrollResult> {
  const { scroller, mode, durationMs, pxPerSecond, rowsArea, rowAt, countNodes } = options
  const max = scroller.scrollHeight - scroller.clientHeight
  const from = scroller.scrollTop
  return new Promise((resolve) => {
    let frames = 0
    let blankFrames = 0
    let fullyBlankFrames = 0
    let longest = 0
    let maxNodes = countNodes()
    let start = 0
    let lastFrame = 0
    const sample = () => {
      const area = rowsArea()
      const x = area.left + Math.min(area.width / 2, 320)
      let blank = 0
      for (let i = 0; i < SAMPLE_ROWS; i++) {
        const y = area.top + 2 + ((area.height - 4) * i) / (SAMPLE_ROWS - 1)
        if (!rowAt(x, y)) blank++
      }
      if (blank > 0) blankFrames++
      if (blank === SAMPLE_ROWS) fullyBlankFrames++
    }
    const onFrame = (at: number) => {
      if (lastFrame > 0) longest = Math.max(longest, at - lastFrame)
      lastFrame = at
      void postTask().then(afterPaint)
    }
    const afterPaint = (at: number) => {
      if (start === 0) start = at
      else {
        frames++
        sample()
        if (frames % 10 === 0) maxNodes = Math.max(maxNodes, countNodes())
      }
      const elapsed = at - start
      if (elapsed >= durationMs) {
        resolve({
          mode,
          durationMs: elapsed,
          frames,
          blankFrames,
          fullyBlankFrames,
          longestFrameMs: longest,
          distancePx: scroller.scrollTop - from,
          maxNodes: Math.max(maxNodes, countNodes()),
        })
        return
      }
      const target =
        mode === 'steady'
          ? from + (pxPerSecond * elapsed) / 1000
          : from + (max - from) * Math.min(1, elapsed / durationMs)
      scroller.scrollTop = Math.min(max, target)
      requestAnimationFrame(onFrame)
    }
    requestAnimationFrame(onFrame)
  })
}

/** Is there a rendered row with content at (x, y)? */
export function rowWithContentAt(x: number, y: number, rowSelector: string): boolean {
  const row = document.elementFromPoint(x, y)?.closest(rowSelector)
  return row != null && (row.textContent ?? '').trim() !== ''
}

/** Elements in a subtree, the subtree's root included. */
export function countElements(root: Element): number {
  return root.getElementsByTagName('*').length + 1
}

/**
 * The generated ledger every variant shows: Monk's whole-history response from the mocks'
 * generator (served by the driver), read through the kit's own Monk source (validation and
 * normalization) and given running balances from the whole history.
 */
export async function loadEntries(size: number): Promise<LedgerEntry[]> {
  const url = `/data/monk-${size}.json`
  const source = createMonkSource({
    contractId: 'bench',
    baseUrl: location.origin,
    fetch: () => fetch(url),
  })
  const page = await source.fetchPage({ pageSize: size, query: {} })
  return reconstructBalances(page.entries, { type: 'origin' })
}

/** The page's API for the driver. */
export function expose(api: Record<string, (...args: never[]) => unknown>): void {
  ;(window as unknown as { bench: typeof api }).bench = api
}
