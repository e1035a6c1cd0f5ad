import { render, screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { createMonkSource } from '@usage-kit/core'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Kit, setupMockServer, stubLayout } from '../../test/kit.js'
import { UsageHistory } from './UsageHistory.js'

const server = setupMockServer()
stubLayout()

const ledgerRequests = (mock: { requests: Request[] }) =>
  mock.requests.filter((request) => new URL(request.url).pathname.endsWith('/ledger')).length

/** The drop-in over a 120-entry Monk mock; returns the mock, to count its requests. */
function renderHistory(options: Parameters<typeof createMonkMock>[0] = {}) {
  const mock = createMonkMock({ size: 120, seed: 5, ...options })
  server.use(...mock.handlers)
  const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
  render(<UsageHistory source={source} />, { wrapper: Kit })
  return mock
}

/** The table, the chart and the totals are all on screen. */
async function expectEveryPart() {
  const table = await screen.findByRole('table', { name: 'Credit history' })
  expect(await within(table).findAllByRole('row')).not.toHaveLength(0)
  expect(await screen.findByRole('figure', { name: /Balance over time/ })).toBeInTheDocument()
  expect(screen.getByRole('region', { name: 'Totals for the selected range' })).toBeInTheDocument()
}

describe('UsageHistory', () => {
  it('reads a whole-history provider once for the table, the totals and the chart', async () => {
    const mock = renderHistory()
    await expectEveryPart()
    expect(ledgerRequests(mock)).toBe(1)
  })

  it('shows one error for a failed read; its "Try again" brings back the table, totals and chart', async () => {
    const user = userEvent.setup()
    const mock = renderHistory({ scenario: 'malformed', failCount: 1 })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('could not read')
    expect(screen.getAllByRole('alert')).toHaveLength(1)
    expect(screen.queryByRole('figure', { name: /Balance over time/ })).not.toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await expectEveryPart()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(ledgerRequests(mock)).toBe(2)
  })

  it('starts from defaultFilters, and from the deprecated initialFilters when it is not given', async () => {
    const mock = createMonkMock({ size: 120, seed: 5 })
    server.use(...mock.handlers)
    const source = createMonkSource({ contractId: MONK_CONTRACT_ID, token: 'test-token' })
    const grant = () => screen.findByRole('checkbox', { name: /grant/i })
    const { unmount } = render(
      <UsageHistory
        source={source}
        defaultFilters={{ kinds: ['grant'] }}
        initialFilters={{ kinds: ['usage'] }}
      />,
      { wrapper: Kit },
    )
    expect(await grant()).toBeChecked()
    expect(screen.getByRole('checkbox', { name: /usage/i })).not.toBeChecked()
    unmount()
    render(<UsageHistory source={source} initialFilters={{ kinds: ['grant'] }} />, {
      wrapper: Kit,
    })
    expect(await grant()).toBeChecked()
  })

  describe('Export CSV', () => {
    afterEach(() => vi.restoreAllMocks())

    /** Clicks Export CSV and returns the downloaded file's name and bytes. */
    async function exportFile(): Promise<{ name: string; type: string; bytes: Uint8Array }> {
      const user = userEvent.setup()
      const blobs: Blob[] = []
      const names: string[] = []
      // jsdom has no object URLs and does not navigate: record what the download would save.
      Object.assign(URL, {
        createObjectURL: vi.fn((blob: Blob) => {
          blobs.push(blob)
          return 'blob:test'
        }),
        revokeObjectURL: vi.fn(),
      })
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        names.push(this.download)
      })
      renderHistory()
      const button = await screen.findByRole('button', { name: 'Export CSV' })
      await vi.waitFor(() => expect(button).toBeEnabled())
      await user.click(button)
      await vi.waitFor(() => expect(blobs).toHaveLength(1))
      const blob = blobs[0] as Blob
      const bytes = await new Promise<Uint8Array>((resolve, reject) => {
        const reader = new FileReader()
        reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
        reader.onerror = () => reject(reader.error as Error)
        reader.readAsArrayBuffer(blob)
      })
      return { name: names[0] as string, type: blob.type, bytes }
    }

    it('downloads UTF-8 with a byte-order mark, so Excel reads Czech text', async () => {
      const { name, type, bytes } = await exportFile()
      expect(name).toMatch(/^credit-history-monk-\d{4}-\d{2}-\d{2}\.csv$/)
      expect(type).toBe('text/csv;charset=utf-8')
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      expect(text.startsWith('\uFEFF"id","provider",')).toBe(true)
      // The whole ledger, one line per entry after the header.
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(121)
    })
  })
})
