import { render, screen } from '@testing-library/react'
import { createVayuSource, type LedgerSource } from '@usage-kit/core'
import { createVayuMock, VAYU_CUSTOMER_ID } from '@usage-kit/mocks'
import { useLedger, type LedgerPagination } from '@usage-kit/react'
import { describe, expect, it } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { LedgerTable } from './LedgerTable.js'

const server = setupMockServer()
stubLayout()

const INCOMPLETE =
  'This history may be incomplete: 1,000 entries are shown, and more may exist that could not be loaded.'

function LiveTable(props: {
  source: LedgerSource
  pagination: LedgerPagination
  pageSize: number
}) {
  const ledger = useLedger(props)
  return <LedgerTable ledger={ledger} pageSize={props.pageSize} />
}

function renderTable(pagination: LedgerPagination, pageSize: number, cursorIgnored = true) {
  server.use(
    ...createVayuMock({
      size: 1500,
      ...(cursorIgnored ? { pagination: 'first-page-only' as const } : {}),
    }).handlers,
  )
  const source = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: 'test-token' })
  render(<LiveTable source={source} pagination={pagination} pageSize={pageSize} />, {
    wrapper: Kit,
  })
}

describe('LedgerTable over a ledger that may be incomplete', () => {
  it.each<[LedgerPagination, number]>([
    ['infinite', 50],
    ['offset', 50],
  ])('%s: the footer says so, as a status', async (pagination, pageSize) => {
    renderTable(pagination, pageSize)
    const note = await screen.findByText(INCOMPLETE)
    expect(screen.getAllByRole('status')).toContain(note)
  })

  it('infinite, read to the last page: the note, never "End of history"', async () => {
    renderTable('infinite', 1000)
    await screen.findByText(INCOMPLETE)
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument()
    expect(screen.queryByText('End of history')).not.toBeInTheDocument()
  })

  it('a ledger read to its end ends with "End of history" and no note', async () => {
    renderTable('infinite', 1500, false)
    expect(await screen.findByText('End of history')).toBeInTheDocument()
    expect(screen.queryByText(/may be incomplete/)).not.toBeInTheDocument()
  })
})
