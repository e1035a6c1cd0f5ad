import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { createVayuSource } from '@usage-kit/core'
import { createVayuMock, VAYU_CUSTOMER_ID, type VayuMockOptions } from '@usage-kit/mocks'
import { UsageKitProvider } from '@usage-kit/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { cs } from '../locales/cs.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

const INCOMPLETE_EN =
  /^This history may be incomplete: 1,000 entries are shown, and more may exist that could not be loaded\.$/
const INCOMPLETE_CS =
  /^Historie nemusí být úplná: zobrazuje se 1\s000 záznamů a mohou existovat další, které se nepodařilo načíst\.$/

function Czech({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return (
    <UsageKitProvider queryClient={client} timeZone="UTC" locale="cs-CZ" {...cs}>
      {children}
    </UsageKitProvider>
  )
}

/** The drop-in over a 1,500-entry Vayu ledger in the documented shape. */
function renderVayu(options: VayuMockOptions, wrapper = Kit) {
  server.use(...createVayuMock({ size: 1500, seed: 3, ...options }).handlers)
  const source = createVayuSource({ customerId: VAYU_CUSTOMER_ID, token: 'test-token' })
  return render(<UsageHistory source={source} />, { wrapper })
}

const statuses = (text: RegExp) =>
  screen.queryAllByRole('status').filter((status) => text.test(status.textContent ?? ''))

describe('UsageHistory: a history that may be incomplete', () => {
  it('says so in words beside the totals and in the table footer', async () => {
    const { container } = renderVayu({ pagination: 'first-page-only' })
    await screen.findByRole('region', { name: 'Totals for the selected range' })
    await screen.findByText(INCOMPLETE_EN, { selector: '.uk-history__incomplete' })
    expect(statuses(INCOMPLETE_EN)).toHaveLength(2)
    expect(
      screen.getByText(INCOMPLETE_EN, { selector: '.uk-table__incomplete' }),
    ).toBeInTheDocument()
    expect(container.querySelector('.uk-history')).toHaveAttribute('data-incomplete')
  })

  it('in Czech, with the Czech plural and number', async () => {
    renderVayu({ pagination: 'first-page-only' }, Czech)
    await screen.findByText(INCOMPLETE_CS, { selector: '.uk-history__incomplete' })
    expect(statuses(INCOMPLETE_CS)).toHaveLength(2)
  })

  it('says nothing of the kind when the documented shape is read to its end', async () => {
    const { container } = renderVayu({})
    const table = await screen.findByRole('table', { name: 'Credit history' })
    expect(table).toBeInTheDocument()
    await screen.findByRole('region', { name: 'Totals for the selected range' })
    expect(await screen.findByText(/ of 1,500 entries$/)).toBeInTheDocument()
    expect(statuses(/incomplete/)).toHaveLength(0)
    expect(container.querySelector('.uk-history')).not.toHaveAttribute('data-incomplete')
  })
})
