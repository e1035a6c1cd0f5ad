import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type LedgerEntry,
  type LedgerSource,
} from '@usage-kit/core'
import {
  createLassoMock,
  createLedgerBody,
  createMonkMock,
  createNgrokMock,
  createSynapMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  SYNAP_BASE_URL,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ProviderMock,
} from '@usage-kit/mocks'
import { useLedger, type LedgerPagination } from '@usage-kit/react'
import { http, type HttpHandler } from 'msw'
import { useState, type CSSProperties } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { hostileEntries, makeEntries } from './fixtures.js'
import { LedgerTable } from './LedgerTable.js'
import type { LedgerTableProps } from './types.js'

type Provider = 'synap' | 'vayu' | 'monk' | 'ngrok' | 'lasso'
const token = 'test-token'

// Module-level sources: the ledger's query key follows the source, so it must stay the same object.
const SOURCES: Record<Provider, LedgerSource> = {
  synap: createSynapSource({ token }),
  vayu: createVayuSource({ token, customerId: VAYU_CUSTOMER_ID }),
  monk: createMonkSource({ token, contractId: MONK_CONTRACT_ID }),
  ngrok: createNgrokSource({ token }),
  lasso: createLassoSource({ token }),
}
/**
 * Synap as a source that promises newest-first pages: read page by page, so "Load more" sends a
 * request (Synap's own order is undocumented, so the kit reads it whole before the first page).
 */
const PAGED_SYNAP: LedgerSource = {
  ...SOURCES.synap,
  capabilities: { ...SOURCES.synap.capabilities, order: 'newest-first' },
}
const MOCKS: Record<Provider, (options: MockOptions) => ProviderMock> = {
  synap: createSynapMock,
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  lasso: createLassoMock,
}

interface StoryTableProps extends LedgerTableProps {
  /** Read this provider's mocked ledger through `useLedger`; unset to show `entries`. */
  provider?: Provider
  pagination?: LedgerPagination
  /** The `useLedger` page size. */
  pageSize?: number
  /** Read Synap page by page, as a source that promises newest-first pages. */
  pagedSynap?: boolean
}

/** The table as a host wires it: `useLedger` over a source, the result passed straight in. */
function LiveTable({
  provider,
  pagination,
  pageSize: initialSize = 50,
  pagedSynap = false,
  ...props
}: StoryTableProps) {
  const [pageSize, setPageSize] = useState(initialSize)
  const ledger = useLedger({
    source: pagedSynap ? PAGED_SYNAP : SOURCES[provider ?? 'monk'],
    pagination: pagination ?? 'infinite',
    pageSize,
    // Stories show each failure at once instead of after the kit's back-off.
    retry: false,
    enabled: provider !== undefined,
  })
  return (
    <LedgerTable
      {...props}
      ledger={provider ? ledger : undefined}
      pageSize={pageSize}
      onPageSizeChange={setPageSize}
    />
  )
}

/** The first ledger request answers from `first`, every later one from `later`. */
function firstThen(url: string, first: ProviderMock, later: ProviderMock): HttpHandler {
  let calls = 0
  return http.get(url, async ({ request, requestId }) => {
    const mock = calls++ === 0 ? first : later
    for (const handler of mock.handlers) {
      const result = await handler.run({ request, requestId })
      if (result?.response) return result.response
    }
    return undefined
  })
}

/** MSW handlers for a story: one provider's mock with options. */
const mock =
  (provider: Provider, options: MockOptions = {}) =>
  ({ msw }: { msw: { use: (...handlers: HttpHandler[]) => void } }) => {
    msw.use(...MOCKS[provider](options).handlers)
  }

const table = (canvasElement: HTMLElement) =>
  within(canvasElement).findByRole('table', {}, { timeout: 5000 })

const meta = {
  title: 'Components/LedgerTable',
  component: LiveTable,
  args: { provider: 'monk', height: 480 },
  argTypes: {
    provider: { control: 'select', options: ['synap', 'vayu', 'monk', 'ngrok', 'lasso'] },
    pagination: { control: 'inline-radio', options: ['infinite', 'offset'] },
    theme: { control: 'object' },
    height: { control: { type: 'number', min: 160, step: 40 } },
  },
  beforeEach: mock('monk', { size: 300 }),
  // Wait for rows, so the accessibility check sees the loaded table and not only its skeleton.
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    await waitFor(() => expect(within(grid).getAllByRole('row').length).toBeGreaterThan(2), {
      timeout: 5000,
    })
  },
} satisfies Meta<typeof LiveTable>

export default meta
type Story = StoryObj<typeof meta>

export const Monk: Story = {}

export const Loading: Story = {
  beforeEach: mock('monk', { scenario: 'slow', delayMs: 600_000 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Loading credit history…')).toBeVisible()
  },
}

export const Empty: Story = {
  beforeEach: mock('monk', { scenario: 'empty' }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No credit activity')).toBeVisible()
  },
}

const errorStory = (scenario: MockOptions['scenario'], text: string | RegExp): Story => ({
  beforeEach: mock('monk', { scenario }),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 })
    await expect(alert).toHaveTextContent(text)
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled()
  },
})

export const SignedOut401 = errorStory('unauthorized', 'You are signed out')
export const RateLimited429 = errorStory('rate-limited', 'Trying again in 1 s.')
export const ProviderDown500 = errorStory('server-error', 'having trouble right now')
export const MalformedData = errorStory('malformed', 'could not read')

export const RefreshFailed: Story = {
  name: 'Load more fails (rows stay, banner)',
  args: { provider: 'synap', pagedSynap: true },
  beforeEach({ msw }) {
    const ok = createSynapMock({ size: 200 })
    const down = createSynapMock({ size: 200, scenario: 'server-error' })
    msw.use(firstThen(`${SYNAP_BASE_URL}/v1/credits/ledger`, ok, down), ...ok.handlers)
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await table(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Load more' }))
    const banner = await canvas.findByRole('alert', {}, { timeout: 5000 })
    await expect(banner).toHaveTextContent('having trouble right now')
    await expect(canvas.getAllByRole('row').length).toBeGreaterThan(2)
  },
}

export const PendingRows: Story = {
  name: 'Pending rows (ngrok preview)',
  args: { provider: 'ngrok', pageSize: 100 },
  beforeEach: mock('ngrok', { size: 120 }),
  play: async ({ canvasElement }) => {
    await table(canvasElement)
    await expect(await within(canvasElement).findByText('· Pending')).toBeVisible()
  },
}

export const HostileText: Story = {
  args: { provider: undefined, entries: hostileEntries() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0)
    await expect(canvasElement.querySelector('img')).toBeNull()
    await userEvent.click(canvas.getAllByRole('button', { name: 'Show details' })[0] as HTMLElement)
    await expect(canvas.getByRole('region', { name: 'Provider record' })).toHaveTextContent(
      '<script>alert(1)</script>',
    )
  },
}

/** 100,000 Monk entries parsed by core from one mocked response, handed over as plain entries. */
async function loadLargeLedger(): Promise<LedgerEntry[]> {
  const body = JSON.stringify(createLedgerBody('monk', { size: 100_000 }))
  const source = createMonkSource({
    contractId: MONK_CONTRACT_ID,
    fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  })
  const page = await source.fetchPage({ pageSize: 100_000, query: {} })
  return page.entries
}

export const HundredThousandRows: Story = {
  name: '100,000 rows',
  args: { provider: undefined },
  loaders: [async () => ({ entries: await loadLargeLedger() })],
  render: (args, { loaded }) => <LiveTable {...args} entries={loaded.entries as LedgerEntry[]} />,
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    await expect(grid).toHaveAttribute('aria-rowcount', '100001')
    await expect(within(grid).getAllByRole('row').length).toBeLessThanOrEqual(60)
    const amount = within(grid).getByRole('columnheader', { name: 'Amount' })
    await userEvent.click(within(amount).getByRole('button', { name: 'Amount' }))
    await expect(amount).toHaveAttribute('aria-sort', 'descending')
  },
}

export const Synap: Story = { args: { provider: 'synap' }, beforeEach: mock('synap') }
export const Vayu: Story = { args: { provider: 'vayu' }, beforeEach: mock('vayu') }
export const Ngrok: Story = { args: { provider: 'ngrok' }, beforeEach: mock('ngrok') }
export const Lasso: Story = { args: { provider: 'lasso' }, beforeEach: mock('lasso') }

export const SortByAmount: Story = {
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    const amount = within(grid).getByRole('columnheader', { name: 'Amount' })
    const date = within(grid).getByRole('columnheader', { name: 'Date' })
    await expect(date).toHaveAttribute('aria-sort', 'descending')
    await userEvent.click(within(amount).getByRole('button', { name: 'Amount' }))
    await expect(amount).toHaveAttribute('aria-sort', 'descending')
    await expect(date).not.toHaveAttribute('aria-sort')
    await userEvent.click(within(amount).getByRole('button', { name: 'Amount' }))
    await expect(amount).toHaveAttribute('aria-sort', 'ascending')
  },
}

export const OffsetWithPager: Story = {
  name: 'Offset mode with pager',
  args: { provider: 'synap', pagination: 'offset', pageSize: 25 },
  beforeEach: mock('synap', { size: 130 }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('Page 1 of 6', {}, { timeout: 5000 })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }))
    await expect(await canvas.findByText('Page 2 of 6', {}, { timeout: 5000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Previous page' })).toBeEnabled()
  },
}

export const ColumnVisibility: Story = {
  args: { defaultColumnVisibility: { expires: false, invoice: false } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const grid = await table(canvasElement)
    await expect(within(grid).queryByRole('columnheader', { name: 'Expires' })).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Columns' }))
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Balance' }))
    await expect(within(grid).queryByRole('columnheader', { name: 'Balance' })).toBeNull()
  },
}

export const ExpandedRow: Story = {
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    const [toggle] = await within(grid).findAllByRole('button', { name: 'Show details' })
    await userEvent.click(toggle as HTMLElement)
    const open = within(grid).getByRole('button', { name: 'Hide details' })
    await expect(open).toHaveAttribute('aria-expanded', 'true')
    await expect(within(grid).getByRole('region', { name: 'Provider record' })).toBeVisible()
  },
}

export const ShowGrant: Story = {
  name: 'Show grant',
  // Every column, the Grant column (hidden by default) included.
  args: { pageSize: 300, defaultColumnVisibility: {} },
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    const [reveal] = await within(grid).findAllByRole('button', { name: 'Show grant' })
    await userEvent.click(reveal as HTMLElement)
    await waitFor(() => {
      const open = within(grid).getByRole('button', { name: 'Hide details' })
      return expect(open.closest('tr')).toHaveFocus()
    })
  },
}

export const Czech: Story = { name: 'cs-CZ', globals: { locale: 'cs-CZ' } }
export const RightToLeft: Story = { name: 'RTL', globals: { dir: 'rtl' } }
export const Dark: Story = { globals: { theme: 'dark' } }
export const Brand: Story = { globals: { theme: 'brand' } }

/** Two animation frames: a scroll event, then the rows it renders and their layout. */
const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))

/** The table's scroll box (the element that scrolls the rows). */
const scrollerOf = (grid: HTMLElement) => grid.parentElement as HTMLElement

/**
 * The rendered rows are `height` px tall and sit where the window puts them: scrolled to `top`,
 * the row just below the header (`header` px: sticky above the rows) is the one arithmetic at
 * that height says, and the rendered rows cover the whole viewport.
 */
async function expectRowsAt(grid: HTMLElement, height: number, header: number, top: number) {
  const scroller = scrollerOf(grid)
  scroller.scrollTop = top
  await frames()
  // Where the box really is (the browser keeps it within its scroll range).
  const at = scroller.scrollTop
  await waitFor(() => {
    const rows = Array.from(grid.querySelectorAll<HTMLElement>('tbody > tr[aria-rowindex]'))
    const box = scroller.getBoundingClientRect()
    for (const row of rows) {
      // Rows, not details panels (which have an id and a height of their own).
      if (!row.id) {
        expect(row.getBoundingClientRect().height).toBeCloseTo(height, 1)
      }
    }
    const edge = box.top + header + 1
    const atEdge = rows.find((row) => {
      const rect = row.getBoundingClientRect()
      return rect.top <= edge && rect.bottom > edge
    })
    expect(Number(atEdge?.getAttribute('aria-rowindex'))).toBe(Math.floor((at + 1) / height) + 2)
    const last = rows.at(-1)?.getBoundingClientRect()
    expect(last?.bottom).toBeGreaterThanOrEqual(box.bottom - 1)
  })
}

/** A table whose density comes from the host's CSS in rem, then from its theme prop. */
function DensityTable(props: LedgerTableProps) {
  const [compact, setCompact] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setCompact(true)}>
        Compact
      </button>
      <LedgerTable
        {...props}
        theme={compact ? { density: 'compact' } : undefined}
        style={compact ? undefined : ({ '--uk-row-height': '2.5rem' } as CSSProperties)}
      />
    </>
  )
}

/**
 * Density from CSS in any unit: `--uk-row-height: 2.5rem` makes 40 px rows and the window uses
 * 40 px (not 2.5); the host's CSS changing it at run time (3.5rem) and the theme prop changing
 * (compact, 32 px) move the window with the rows.
 */
export const DensityInRem: Story = {
  name: 'Density in rem, changed at run time',
  args: { provider: undefined, height: 400 },
  render: (args) => <DensityTable {...args} entries={makeEntries(2_000)} />,
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    const root = grid.closest<HTMLElement>('.uk-table') as HTMLElement
    await expectRowsAt(grid, 40, 40, 40 * 300)
    root.style.setProperty('--uk-row-height', '3.5rem')
    await expectRowsAt(grid, 56, 56, 56 * 300 + 20)
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Compact' }))
    await waitFor(() => expect(root.style.getPropertyValue('--uk-row-height')).toBe('32px'))
    await expectRowsAt(grid, 32, 32, 32 * 900 + 5)
  },
}

/**
 * A table in a 360 px column: stacked rows (a container query on the table's own width), 60 px
 * tall and measured so, 100,000 of them windowed; nothing scrolls sideways; "Sort by" drives the
 * header's sorting.
 */
export const StackedHundredThousand: Story = {
  name: 'Stacked in a 360 px column, 100,000 rows',
  args: { provider: undefined, height: 480 },
  loaders: [async () => ({ entries: await loadLargeLedger() })],
  render: (args, { loaded }) => (
    <div style={{ width: 360 }}>
      <LiveTable {...args} entries={loaded.entries as LedgerEntry[]} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const grid = await table(canvasElement)
    const canvas = within(canvasElement)
    await expect(grid).toHaveAttribute('aria-rowcount', '100001')
    const scroller = scrollerOf(grid)
    await waitFor(() => expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth))
    // The header is out of the flow: the first row is at the top, and rows are 60 px.
    await expectRowsAt(grid, 60, 0, 0)
    await expectRowsAt(grid, 60, 0, 60 * 50_000 + 30)
    await expectRowsAt(grid, 60, 0, scroller.scrollHeight)
    await expect(within(grid).getAllByRole('row').length).toBeLessThanOrEqual(60)
    // Every amount is inside the column.
    const right = scroller.getBoundingClientRect().right
    for (const cell of grid.querySelectorAll('td[data-column="amount"]')) {
      await expect(cell.getBoundingClientRect().right).toBeLessThanOrEqual(right)
    }
    const sortBy = canvas.getByRole('combobox', { name: 'Sort by' })
    await userEvent.selectOptions(sortBy, 'Amount, descending')
    const amount = within(grid).getByRole('columnheader', { name: 'Amount' })
    await expect(amount).toHaveAttribute('aria-sort', 'descending')
    // The hidden header's buttons are left out of the tab order (screen readers still reach them).
    await expect(within(amount).getByRole('button', { name: 'Amount' })).toHaveAttribute(
      'tabindex',
      '-1',
    )
    await userEvent.selectOptions(sortBy, 'Date, ascending')
    await expect(within(grid).getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
  },
}
