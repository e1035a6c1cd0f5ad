/**
 * Chart page: `BalanceChart` (variant=kit) or uPlot (variant=uplot) over the same entries.
 * First paint starts from the entries (the kit turns them into a downsampled step line; uPlot's
 * time is building its columnar arrays from the same entries plus drawing every point with its
 * default path builder). Resize changes the container's width at the start of a frame; the kit
 * follows its container by itself, uPlot through the host's ResizeObserver calling setSize.
 */
import {
  actInFrame,
  countElements,
  expose,
  loadEntries,
  now,
  params,
  poke,
  settle,
  whenPainted,
} from './harness.js'
import type { LedgerEntry } from '@usage-kit/core'
import { BalanceChart } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'
import { createRoot } from 'react-dom/client'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

type Variant = 'kit' | 'uplot'
const variant = (params.get('variant') ?? 'kit') as Variant
const size = Number(params.get('size') ?? 100_000)
const WIDE = 1200
const NARROW = 900
const HEIGHT = 240

const container = document.getElementById('root') as HTMLElement
container.style.width = `${WIDE}px`
let entries: LedgerEntry[] = []
let plot: uPlot | null = null
let draws = 0

const kitSvg = () => container.querySelector<SVGSVGElement>('svg.uk-chart__svg')
const kitReady = () => {
  const line = container.querySelector('.uk-chart[data-state="ready"] path.uk-chart__line')
  return (line?.getAttribute('d') ?? '').length > 0
}

/** uPlot's columnar data from the entries (newest first -> oldest first). */
function toUplotData(list: readonly LedgerEntry[]): uPlot.AlignedData {
  const n = list.length
  const xs = new Array<number>(n)
  const ys = new Array<number | null>(n)
  for (let i = 0; i < n; i++) {
    const entry = list[n - 1 - i] as LedgerEntry
    xs[i] = Date.parse(entry.occurredAt) / 1000
    ys[i] = entry.balanceAfter
  }
  return [xs, ys]
}

expose({
  async load() {
    const start = now()
    entries = await loadEntries(size)
    return { count: entries.length, ms: now() - start, variant, size }
  },

  /** Entries ready -> the line painted (downsampling, scales, paths and DOM or canvas). */
  async mount() {
    const start = now()
    if (variant === 'kit') {
      createRoot(container).render(<BalanceChart entries={entries} height={HEIGHT} />)
      const { dom, paint } = await whenPainted(container, kitReady)
      await settle(2)
      return { ms: paint - start, domMs: dom - start, nodes: countElements(container) }
    }
    const data = toUplotData(entries)
    const prepMs = now() - start
    plot = new uPlot(
      {
        width: container.clientWidth,
        height: HEIGHT,
        scales: { x: { time: true } },
        series: [{}, { label: 'Balance', stroke: '#2563eb', fill: 'rgba(37, 99, 235, 0.12)' }],
        hooks: {
          draw: [
            () => {
              draws++
              poke()
            },
          ],
        },
      },
      data,
      container,
    )
    const { dom, paint } = await whenPainted(container, () => draws > 0)
    // The host's resize handling: uPlot sizes only when told to.
    new ResizeObserver(([record]) => {
      if (plot && record && Math.floor(record.contentRect.width) !== plot.width) {
        plot.setSize({ width: Math.floor(record.contentRect.width), height: HEIGHT })
      }
    }).observe(container)
    await settle(2)
    return { ms: paint - start, domMs: dom - start, prepMs, nodes: countElements(container) }
  },

  /** Toggles the container between two widths; from the frame the width changed to painted. */
  async resize() {
    const target = container.style.width === `${WIDE}px` ? NARROW : WIDE
    const before = variant === 'kit' ? kitSvg()?.getAttribute('width') : String(plot?.width)
    const drawsBefore = draws
    const ready =
      variant === 'kit'
        ? () => kitReady() && kitSvg()?.getAttribute('width') !== before
        : () => draws > drawsBefore && plot?.width !== Number(before)
    const { start, dom, paint } = await actInFrame(
      container,
      () => {
        container.style.width = `${target}px`
      },
      ready,
    )
    await settle(2)
    return { ms: paint - start, domMs: dom - start, width: target }
  },
})
