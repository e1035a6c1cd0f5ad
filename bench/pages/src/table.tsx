/**
 * Table page: `LedgerTable` (variant=kit) or AG Grid Community with the default client-side row
 * model and the same columns (variant=aggrid), over the same generated entries. The driver calls
 * `bench.load()`, then `bench.mount()`, `bench.scroll(...)`, `bench.sort()`, `bench.filter()`.
 */
import {
  expose,
  now,
  params,
  loadEntries,
  whenPainted,
  scrollTest,
  rowWithContentAt,
  countElements,
  settle,
  type ScrollResult,
} from './harness.js'
import { applyQuery, createEntryMatcher, type LedgerEntry } from '@usage-kit/core'
import { LedgerTable, DEFAULT_SORTING, type LedgerSortingState } from '@usage-kit/ui'
import '@usage-kit/ui/styles.css'
import { AllCommunityModule, ModuleRegistry, type ColDef, type GridApi } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useMemo, useRef, useState, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'

ModuleRegistry.registerModules([AllCommunityModule])

type Variant = 'kit' | 'aggrid'
const variant = (params.get('variant') ?? 'kit') as Variant
const size = Number(params.get('size') ?? 100_000)
/** The same viewport for both: the kit's default 480 px including the header row, 40 px rows. */
const HEIGHT = 480
const ROW_HEIGHT = 40
const FILTER_KIND = 'usage' as const

const container = document.getElementById('root') as HTMLElement
container.style.width = '1360px'
const root = createRoot(container)
let entries: LedgerEntry[] = []

/** What each variant exposes to the page once mounted. */
interface Controls {
  sortByAmount(): void
  filterToKind(): void
  scroller(): HTMLElement
  rowsArea(): DOMRect
  rowSelector: string
  /** The row shown at the top of the viewport. */
  topRow(): Element | null
  rowCount(): number
}
let controls: Controls | null = null

/** The scroll viewport's visible rectangle below its (sticky) header row. */
function rowsBelow(scroller: HTMLElement, header: Element | null): DOMRect {
  const rect = scroller.getBoundingClientRect()
  const top = Math.max(rect.top, header?.getBoundingClientRect().bottom ?? rect.top)
  return new DOMRect(rect.left, top, scroller.clientWidth, rect.top + scroller.clientHeight - top)
}

// ---------------------------------------------------------------------------------------------
// The kit: sorting through the controlled `sorting` prop, filtering by handing it the filtered
// entries (the host's filter, with core's matcher) — its public props only.

function KitVariant({ data }: { data: LedgerEntry[] }) {
  const [sorting, setSorting] = useState<LedgerSortingState>(DEFAULT_SORTING)
  const [filtered, setFiltered] = useState(false)
  const shown = useMemo(
    () => (filtered ? applyQuery(data, { kinds: [FILTER_KIND] }) : data),
    [data, filtered],
  )
  useLayoutEffect(() => {
    const scroller = () => container.querySelector('.uk-table__scroller') as HTMLElement
    controls = {
      sortByAmount: () => setSorting([{ id: 'amount', desc: true }]),
      filterToKind: () => setFiltered(true),
      scroller,
      rowsArea: () => rowsBelow(scroller(), container.querySelector('thead th')),
      rowSelector: 'tr.uk-table__row',
      topRow: () => container.querySelector('tbody tr.uk-table__row'),
      rowCount: () => container.querySelectorAll('tbody tr.uk-table__row').length,
    }
  }, [])
  return (
    <LedgerTable entries={shown} sorting={sorting} onSortingChange={setSorting} height={HEIGHT} />
  )
}

// ---------------------------------------------------------------------------------------------
// AG Grid Community: the same eight columns (value getters and formatters where the kit formats),
// newest first to start with like the kit, filtering with an external filter on the same matcher.

const dateFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
})
const creditFormat = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
})
const formatDate = (p: { value: unknown }) =>
  typeof p.value === 'string' ? dateFormat.format(new Date(p.value)) : ''
const formatCredits = (p: { value: unknown }) =>
  typeof p.value === 'number' ? creditFormat.format(p.value) : ''

const columnDefs: ColDef<LedgerEntry>[] = [
  {
    colId: 'date',
    headerName: 'Date',
    field: 'occurredAt',
    width: 176,
    sort: 'desc',
    valueFormatter: formatDate,
  },
  { colId: 'type', headerName: 'Type', field: 'kind', width: 150 },
  { colId: 'description', headerName: 'Description', field: 'description', flex: 1, minWidth: 220 },
  {
    colId: 'amount',
    headerName: 'Amount',
    width: 190,
    type: 'rightAligned',
    valueGetter: (p) => (p.data ? (p.data.credits ?? p.data.money?.amountMinor ?? null) : null),
    valueFormatter: formatCredits,
  },
  {
    colId: 'balance',
    headerName: 'Balance',
    field: 'balanceAfter',
    width: 120,
    type: 'rightAligned',
    valueFormatter: formatCredits,
  },
  {
    colId: 'expires',
    headerName: 'Expires',
    field: 'expiresAt',
    width: 128,
    valueFormatter: formatDate,
  },
  {
    colId: 'invoice',
    headerName: 'Invoice',
    width: 136,
    sortable: false,
    valueGetter: (p) => p.data?.invoice?.id ?? null,
  },
  { colId: 'grant', headerName: 'Grant', field: 'grantId', width: 136, sortable: false },
]

const matchesKind = createEntryMatcher({ kinds: [FILTER_KIND] })

function AgGridVariant({ data }: { data: LedgerEntry[] }) {
  const api = useRef<GridApi<LedgerEntry> | null>(null)
  const filterOn = useRef(false)
  useLayoutEffect(() => {
    const scroller = () => container.querySelector('.ag-grid-viewport') as HTMLElement
    controls = {
      sortByAmount: () =>
        api.current?.applyColumnState({
          state: [{ colId: 'amount', sort: 'desc' }],
          defaultState: { sort: null },
        }),
      filterToKind: () => {
        filterOn.current = true
        api.current?.onFilterChanged()
      },
      scroller,
      rowsArea: () => rowsBelow(scroller(), container.querySelector('.ag-header')),
      rowSelector: '.ag-row',
      topRow: () => container.querySelector('.ag-row[row-index="0"]'),
      rowCount: () => container.querySelectorAll('.ag-row[row-index]').length,
    }
  }, [])
  return (
    <div style={{ height: HEIGHT }}>
      <AgGridReact<LedgerEntry>
        rowData={data}
        columnDefs={columnDefs}
        rowHeight={ROW_HEIGHT}
        headerHeight={ROW_HEIGHT}
        animateRows={false}
        isExternalFilterPresent={() => filterOn.current}
        doesExternalFilterPass={(node) => node.data !== undefined && matchesKind(node.data)}
        onGridReady={(event) => {
          api.current = event.api
        }}
      />
    </div>
  )
}

// ---------------------------------------------------------------------------------------------

const need = () => {
  if (!controls) throw new Error('not mounted')
  return controls
}
const rowsWithContent = () => {
  const c = controls
  if (!c) return 0
  let n = 0
  for (const row of container.querySelectorAll(c.rowSelector)) {
    if ((row.textContent ?? '').trim() !== '') n++
  }
  return n
}
const visibleRows = () => Math.min(entries.length, 8)

/** Times `action` to the paint after the top row has changed. */
async function timeTopRowChange(action: () => void) {
  const c = need()
  c.scroller().scrollTop = 0
  await settle(3)
  const before = c.topRow()?.textContent ?? ''
  const start = now()
  action()
  const { dom, paint } = await whenPainted(container, () => {
    const top = c.topRow()
    return top !== null && (top.textContent ?? '') !== before && rowsWithContent() > 0
  })
  const after = c.topRow()?.textContent ?? ''
  await settle(2)
  return { ms: paint - start, domMs: dom - start, top: after.slice(0, 160) }
}

expose({
  async load() {
    const start = now()
    entries = await loadEntries(size)
    return { count: entries.length, ms: now() - start, variant, size }
  },

  /** Data ready -> first rows painted. */
  async mount() {
    const start = now()
    root.render(
      variant === 'kit' ? <KitVariant data={entries} /> : <AgGridVariant data={entries} />,
    )
    const { dom, paint } = await whenPainted(
      container,
      () => controls !== null && rowsWithContent() >= visibleRows(),
    )
    await settle(2)
    return {
      ms: paint - start,
      domMs: dom - start,
      rows: need().rowCount(),
      nodes: countElements(container),
      nodesPerRow: countElements(need().topRow() ?? container),
      top: (need().topRow()?.textContent ?? '').slice(0, 160),
    }
  },

  nodes() {
    return countElements(container)
  },

  /** Scrolls to the very end: the last row there (aria-rowindex, 1 is the header row). */
  async reachEnd() {
    const c = need()
    const scroller = c.scroller()
    scroller.scrollTop = scroller.scrollHeight
    await settle(4)
    let last = 0
    for (const row of container.querySelectorAll(`${c.rowSelector}[aria-rowindex]`)) {
      last = Math.max(last, Number(row.getAttribute('aria-rowindex')))
    }
    const result = { lastRow: last - 1, of: entries.length, scrollHeight: scroller.scrollHeight }
    scroller.scrollTop = 0
    await settle(3)
    return result
  },

  async scroll(mode: 'steady' | 'drag', durationMs: number): Promise<ScrollResult> {
    const c = need()
    const scroller = c.scroller()
    scroller.scrollTop = 0
    await settle(3)
    const result = await scrollTest({
      scroller,
      mode,
      durationMs,
      pxPerSecond: 2400,
      rowsArea: c.rowsArea,
      rowAt: (x, y) => rowWithContentAt(x, y, c.rowSelector),
      countNodes: () => countElements(container),
    })
    scroller.scrollTop = 0
    await settle(3)
    return result
  },

  /** Sort by amount, largest first -> painted. */
  sort() {
    return timeTopRowChange(() => need().sortByAmount())
  },

  /** Filter to one kind (usage) -> painted. */
  filter() {
    return timeTopRowChange(() => need().filterToKind())
  },

  /** The expected first row after sorting by amount (largest first) then filtering. */
  expected() {
    const amount = (e: LedgerEntry) => e.credits ?? e.money?.amountMinor ?? -Infinity
    const top = (list: LedgerEntry[]) => list.reduce((a, b) => (amount(b) > amount(a) ? b : a))
    return {
      sorted: amount(top(entries)),
      filtered: amount(top(entries.filter(matchesKind))),
    }
  },
})
