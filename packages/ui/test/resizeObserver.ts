/**
 * A ResizeObserver for jsdom, which has none: without one the kit's measuring code returns early
 * and no test reaches it. This one keeps the browser's contract where it matters here: `observe`
 * throws a TypeError for anything but an Element (as Chromium does for `observe(null)`), and
 * nothing is delivered until a test calls `resize`. `observedElements` lists what live observers
 * still watch, so a test can tell a disconnected observer from a leaked one.
 */
const live = new Set<FakeResizeObserver>()

class FakeResizeObserver implements ResizeObserver {
  readonly #callback: ResizeObserverCallback
  readonly #targets = new Set<Element>()

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback
  }

  observe(target: Element): void {
    if (!(target instanceof Element)) {
      throw new TypeError(
        "Failed to execute 'observe' on 'ResizeObserver': parameter 1 is not of type 'Element'.",
      )
    }
    this.#targets.add(target)
    live.add(this)
  }

  unobserve(target: Element): void {
    this.#targets.delete(target)
    if (this.#targets.size === 0) live.delete(this)
  }

  disconnect(): void {
    this.#targets.clear()
    live.delete(this)
  }

  /** Delivers one record for `target`, if this observer watches it. */
  deliver(target: Element, size: { width: number; height: number }): boolean {
    if (!this.#targets.has(target)) return false
    const box = [{ inlineSize: size.width, blockSize: size.height }]
    const record = {
      target,
      contentRect: DOMRectReadOnly.fromRect({ x: 0, y: 0, ...size }),
      borderBoxSize: box,
      contentBoxSize: box,
      devicePixelContentBoxSize: box,
    } as unknown as ResizeObserverEntry
    this.#callback([record], this)
    return true
  }

  targets(): Element[] {
    return [...this.#targets]
  }
}

/** Installs the fake as the global ResizeObserver (jsdom only: a real one is left alone). */
export function installResizeObserver(): void {
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = FakeResizeObserver
  }
}

/** Every element a connected observer still watches. */
export function observedElements(): Element[] {
  return [...live].flatMap((observer) => observer.targets())
}

/** Tells every observer of `target` that it now has `size`; how many observers there were. */
export function resize(target: Element, size: { width: number; height: number }): number {
  return [...live].filter((observer) => observer.deliver(target, size)).length
}
