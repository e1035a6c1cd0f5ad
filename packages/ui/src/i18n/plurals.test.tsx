import { QueryClient } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { UsageKitProvider } from '@usage-kit/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { Kit, stubLayout } from '../../test/kit.js'
import { cs } from '../locales/cs.js'
import { makeEntries } from '../table/fixtures.js'
import { LedgerTable } from '../table/LedgerTable.js'

stubLayout()

function Czech({ children }: { children: ReactNode }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return (
    <UsageKitProvider queryClient={client} timeZone="UTC" locale="cs-CZ" {...cs}>
      {children}
    </UsageKitProvider>
  )
}

describe('counts in the rendered table', () => {
  it('says "1 entry" for one entry, "2 entries" for two', () => {
    const { rerender } = render(<LedgerTable entries={makeEntries(1)} />, { wrapper: Kit })
    expect(screen.getByRole('status')).toHaveTextContent(/^1 entry$/)
    rerender(<LedgerTable entries={makeEntries(2)} />)
    expect(screen.getByRole('status')).toHaveTextContent(/^2 entries$/)
  })

  it('in Czech: 1 záznam, 3 záznamy, 1 000 záznamů', () => {
    const { rerender } = render(<LedgerTable entries={makeEntries(1)} />, { wrapper: Czech })
    expect(screen.getByRole('status')).toHaveTextContent(/^1 záznam$/)
    rerender(<LedgerTable entries={makeEntries(3)} />)
    expect(screen.getByRole('status')).toHaveTextContent(/^3 záznamy$/)
    rerender(<LedgerTable entries={makeEntries(1000)} />)
    expect(screen.getByRole('status').textContent).toBe('1\u00a0000 záznamů')
  })

  it("takes a host's override in the same plural syntax", () => {
    const messages = {
      'table.rows': '{count, plural, =0 {Nothing yet} one {Just one} other {# rows}}',
    }
    const { rerender } = render(<LedgerTable entries={makeEntries(0)} messages={messages} />, {
      wrapper: Kit,
    })
    expect(screen.getByText('Nothing yet')).toBeInTheDocument()
    rerender(<LedgerTable entries={makeEntries(1)} messages={messages} />)
    expect(screen.getByText('Just one')).toBeInTheDocument()
    rerender(<LedgerTable entries={makeEntries(1200)} messages={messages} />)
    expect(screen.getByText('1,200 rows')).toBeInTheDocument()
  })
})
