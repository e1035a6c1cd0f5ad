import { render, screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createMonkSource, createSynapSource, type LedgerEntry } from '@usage-kit/core'
import { createMonkMock, createSynapMock, MONK_CONTRACT_ID, SYNAP_BASE_URL } from '@usage-kit/mocks'
import { useLedger, type UseLedgerOptions } from '@usage-kit/react'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { HOSTILE_TEXT, hostileEntries, makeEntries } from './fixtures.js'
import { LedgerTable } from './LedgerTable.js'
import type { LedgerTableProps } from './types.js'

const server = setupMockServer()
const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
stubLayout()

function renderTable(props: LedgerTableProps) {
  return render(<LedgerTable {...props} />, { wrapper: Kit })
}

function LiveTable({
  options,
  ...props
}: LedgerTableProps & { options?: Partial<UseLedgerOptions> }) {
  const ledger = useLedger({ source, retry: false, ...options })
  return <LedgerTable ledger={ledger} {...props} />
}

/** The body rows' cells, as text, in display order. */
function bodyRows() {
  const [, ...rows] = within(screen.getByRole('table')).getAllByRole('row')
  return rows.map((row) =>
    within(row)
      .queryAllByRole('cell')
      .map((cell) => cell.textContent),
  )
}

const columnIndex = (name: string) =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .findIndex((header) => header.textContent === name)

describe('LedgerTable', () => {
  it('sorts by a column: aria-sort moves to it and the rows reorder', async () => {
    const user = userEvent.setup()
    const onSortingChange = vi.fn()
    renderTable({ entries: makeEntries(40), onSortingChange })
    const date = screen.getByRole('columnheader', { name: 'Date' })
    const amount = screen.getByRole('columnheader', { name: 'Amount' })
    expect(date).toHaveAttribute('aria-sort', 'descending')
    expect(amount).not.toHaveAttribute('aria-sort')

    await user.click(within(amount).getByRole('button', { name: 'Amount' }))
    expect(amount).toHaveAttribute('aria-sort', 'descending')
    expect(date).not.toHaveAttribute('aria-sort')
    expect(onSortingChange).toHaveBeenLastCalledWith([{ id: 'amount', desc: true }])
    const at = columnIndex('Amount')
    expect(bodyRows()[0]?.[at]).toBe('+500.00')

    await user.click(within(amount).getByRole('button', { name: 'Amount' }))
    expect(amount).toHaveAttribute('aria-sort', 'ascending')
    expect(bodyRows()[0]?.[at]).toBe('\u22129.75')
  })

  it('hides a column from the Columns menu', async () => {
    const user = userEvent.setup()
    const onColumnVisibilityChange = vi.fn()
    renderTable({ entries: makeEntries(5), onColumnVisibilityChange })
    expect(screen.getByRole('columnheader', { name: 'Balance' })).toBeInTheDocument()
    const menu = screen.getByRole('button', { name: 'Columns' })
    await user.click(menu)
    expect(menu).toHaveAttribute('aria-expanded', 'true')
    await user.click(screen.getByRole('checkbox', { name: 'Balance' }))
    expect(screen.queryByRole('columnheader', { name: 'Balance' })).not.toBeInTheDocument()
    expect(onColumnVisibilityChange).toHaveBeenLastCalledWith({ grant: false, balance: false })
    await user.keyboard('{Escape}')
    expect(menu).toHaveAttribute('aria-expanded', 'false')
    expect(menu).toHaveFocus()
  })

  it('offers only the columns passed in `columns`', () => {
    renderTable({ entries: makeEntries(3), columns: ['date', 'amount'] })
    const names = screen.getAllByRole('columnheader').map((header) => header.textContent)
    expect(names).toEqual(['Details', 'Date', 'Amount'])
  })

  it('explains an error in words, and retry calls the hook again', async () => {
    const user = userEvent.setup()
    const mock = createMonkMock({ size: 30, scenario: 'server-error', failCount: 1 })
    server.use(...mock.handlers)
    const { container } = render(<LiveTable />, { wrapper: Kit })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The billing provider is having trouble right now.')
    expect(container.firstElementChild).toHaveAttribute('data-state', 'error')
    const ledgerRequests = () => mock.requests.filter((r) => r.url.endsWith('/ledger')).length
    expect(ledgerRequests()).toBe(1)

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: 'Credit history' })).toBeInTheDocument()
    expect(ledgerRequests()).toBe(2)
    await waitFor(() => expect(container.firstElementChild).toHaveAttribute('data-state', 'ready'))
  })

  it('says a 429 will be retried after the wait', async () => {
    server.use(...createMonkMock({ scenario: 'rate-limited', retryAfterSeconds: 7 }).handlers)
    render(<LiveTable />, { wrapper: Kit })
    expect(await screen.findByRole('alert')).toHaveTextContent('Trying again in 7 s.')
  })

  it('shows skeleton rows while loading, then an empty state', async () => {
    server.use(...createMonkMock({ scenario: 'empty' }).handlers)
    const { container } = render(<LiveTable />, { wrapper: Kit })
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading')
    expect(screen.getByRole('status')).toHaveTextContent('Loading credit history…')
    expect(await screen.findByText('No credit activity')).toBeInTheDocument()
    expect(container.firstElementChild).toHaveAttribute('data-state', 'empty')
  })

  it('keeps 100,000 entries to the rows in view', () => {
    const entries: LedgerEntry[] = makeEntries(100_000)
    renderTable({ entries })
    const table = screen.getByRole('table')
    expect(table).toHaveAttribute('aria-rowcount', '100001')
    const rows = within(table).getAllByRole('row')
    expect(rows.length).toBeGreaterThan(10)
    expect(rows.length).toBeLessThanOrEqual(60)
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2')
  })

  it('renders hostile text as inert text', () => {
    renderTable({ entries: hostileEntries() })
    expect(screen.getAllByText(HOSTILE_TEXT).length).toBeGreaterThan(0)
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('links an invoice only for http(s), in a new tab, and says so', () => {
    renderTable({ entries: hostileEntries() })
    // jsdom's name computation drops the space before the hidden text; browsers keep it.
    const link = screen.getByRole('link', {
      name: (name) => name.startsWith(HOSTILE_TEXT) && name.endsWith('(opens in a new tab)'),
    })
    expect(link).toHaveAttribute('href', 'https://billing.example.com/invoices/<b>1</b>')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    // The javascript: URL shows as its id, never as a link.
    expect(screen.queryByRole('link', { name: /inv-2026-03/ })).not.toBeInTheDocument()
    expect(screen.getByText('inv-2026-03')).toBeInTheDocument()
  })

  it('expands a row to every field and the raw record as text', async () => {
    const user = userEvent.setup()
    renderTable({ entries: hostileEntries() })
    const [toggle] = screen.getAllByRole('button', { name: 'Show details' })
    await user.click(toggle as HTMLElement)
    const open = screen.getByRole('button', { name: 'Hide details' })
    expect(open).toHaveAttribute('aria-expanded', 'true')
    const details = document.getElementById(open.getAttribute('aria-controls') ?? '')
    expect(details).not.toBeNull()
    const raw = within(details as HTMLElement).getByRole('region', { name: 'Provider record' })
    expect(raw).toHaveTextContent('"html": "<script>alert(1)</script>"')
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })

  it('starts with the Grant column hidden, and the Columns menu shows it', async () => {
    const user = userEvent.setup()
    renderTable({ entries: hostileEntries() })
    expect(screen.queryByRole('columnheader', { name: 'Grant' })).not.toBeInTheDocument()
    // The columns' widths, as a variable the stacked layout of a narrow table can drop.
    expect(screen.getByRole('table').style.getPropertyValue('--uk-table-min-width')).toBe('1106px')
    await user.click(screen.getByRole('button', { name: 'Columns' }))
    await user.click(screen.getByRole('checkbox', { name: 'Grant' }))
    expect(screen.getByRole('columnheader', { name: 'Grant' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show grant' })).toBeInTheDocument()
  })

  it('shows every column a host lists in `columns`, Grant included', () => {
    renderTable({ entries: makeEntries(3), columns: ['date', 'amount', 'grant'] })
    const names = screen.getAllByRole('columnheader').map((header) => header.textContent)
    expect(names).toEqual(['Details', 'Date', 'Amount', 'Grant'])
  })

  it('"Show grant" in a usage row\'s details expands and focuses the grant row', async () => {
    const user = userEvent.setup()
    renderTable({ entries: hostileEntries() })
    // The usage row that drew on the grant: its amount tells it from the other one that day.
    const usage = screen.getByRole('row', { name: /25\.5/ })
    await user.click(within(usage).getByRole('button', { name: 'Show details' }))
    const details = document.getElementById(
      within(usage).getByRole('button', { name: 'Hide details' }).getAttribute('aria-controls') ??
        '',
    ) as HTMLElement
    expect(within(details).getByText(`grant-${HOSTILE_TEXT}`)).toBeInTheDocument()
    await user.click(within(details).getByRole('button', { name: 'Show grant' }))
    const grantRow = screen.getByRole('row', { name: /Mar 1, 2026/ })
    expect(within(grantRow).getByRole('button', { name: 'Hide details' })).toBeInTheDocument()
    await waitFor(() => expect(grantRow).toHaveFocus())
  })

  it('"Show grant" in the Grant column expands and focuses the grant row', async () => {
    const user = userEvent.setup()
    renderTable({ entries: hostileEntries(), defaultColumnVisibility: {} })
    await user.click(screen.getByRole('button', { name: 'Show grant' }))
    const grantRow = screen.getByRole('button', { name: 'Hide details' }).closest('tr')
    await waitFor(() => expect(grantRow).toHaveFocus())
  })

  it('pages forward in offset mode', async () => {
    const user = userEvent.setup()
    server.use(...createMonkMock({ size: 60 }).handlers)
    render(<LiveTable options={{ pagination: 'offset', pageSize: 25 }} pageSize={25} />, {
      wrapper: Kit,
    })
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument()
  })

  it('loads the next page from "Load more" in infinite mode', async () => {
    const user = userEvent.setup()
    server.use(...createMonkMock({ size: 120 }).handlers)
    // A page of 50 fills more than the viewport, so scrolling has not asked for more yet.
    render(<LiveTable options={{ pageSize: 50 }} />, { wrapper: Kit })
    expect(await screen.findByText('50 of 120 entries')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load more' }))
    expect(await screen.findByText('100 of 120 entries')).toBeInTheDocument()
  })
  it('loads the next page by itself once the end of the rows is in view', async () => {
    server.use(...createMonkMock({ size: 120 }).handlers)
    // 20 rows fit in the 480px viewport with overscan: the end is already within reach.
    render(<LiveTable options={{ pageSize: 20 }} />, { wrapper: Kit })
    expect(await screen.findByText('40 of 120 entries')).toBeInTheDocument()
  })
  it('keeps the rows and shows a banner when loading more fails', async () => {
    const user = userEvent.setup()
    const ok = createSynapMock({ size: 200 })
    const down = createSynapMock({ size: 200, scenario: 'server-error' })
    let calls = 0
    server.use(
      http.get(`${SYNAP_BASE_URL}/v1/credits/ledger`, async ({ request, requestId }) => {
        const [handler] = (calls++ === 0 ? ok : down).handlers
        return (await handler?.run({ request, requestId }))?.response
      }),
      ...ok.handlers,
    )
    // A source that promises newest-first pages is read page by page (one whose order is not
    // documented, like Synap's, is read whole first), so "Load more" sends the request that fails.
    const synap = createSynapSource({ token: 'test-token' })
    const paged = {
      ...synap,
      capabilities: { ...synap.capabilities, order: 'newest-first' as const },
    }
    const { container } = render(<LiveTable options={{ source: paged }} />, { wrapper: Kit })
    await user.click(await screen.findByRole('button', { name: 'Load more' }))
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('The billing provider is having trouble right now.')
    expect(within(banner).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(screen.getAllByRole('row').length).toBeGreaterThan(10)
    expect(container.firstElementChild).toHaveAttribute('data-state', 'ready')
    expect(container.firstElementChild).toHaveAttribute('data-error', '')
  })
})
