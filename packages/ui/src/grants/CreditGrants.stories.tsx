import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ProviderId } from '@usage-kit/core'
import { ledgerEntry } from '@usage-kit/mocks'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { CreditGrants } from './CreditGrants.js'
import { AS_OF, grantLedger, ledgerOf, usageOnly } from './fixtures.js'
import { Container, MOCK_NOW, mockHandlers, ProviderLedger } from './storyProviders.js'
import type { CreditGrantsProps } from './types.js'

// The Prepaid grant drawn to nothing as well: two of four grants used up.
const depleted = [
  ledgerEntry({
    id: 'u4',
    provider: 'monk',
    occurredAt: '2026-03-05T00:00:00.000Z',
    credits: -412,
    balanceAfter: 500,
    grantId: 'g1',
  }),
  ...grantLedger(),
]

const meta = {
  title: 'Components/CreditGrants',
  component: CreditGrants,
  args: { ledger: ledgerOf(grantLedger()), asOf: AS_OF, onGrantSelect: fn() },
  argTypes: {
    ledger: { control: false },
    expiringWithinDays: { control: { type: 'number', min: 0, max: 90 } },
  },
} satisfies Meta<typeof CreditGrants>

export default meta
type Story = StoryObj<typeof meta>

const panelOf = (canvasElement: HTMLElement, name = 'Credit grants') =>
  within(canvasElement).findByRole('region', { name }, { timeout: 5000 })

/** A story over one provider's mocked ledger, read like a host reads it. */
const fromProvider = (provider: ProviderId, args: Partial<CreditGrantsProps> = {}): Story => ({
  args: { asOf: MOCK_NOW, ...args },
  render: (storyArgs) => (
    <ProviderLedger provider={provider}>
      {(ledger) => <CreditGrants {...storyArgs} ledger={ledger} />}
    </ProviderLedger>
  ),
  beforeEach({ msw }) {
    msw.use(...mockHandlers(provider))
  },
  play: async ({ canvasElement }) => {
    // The panel shows while the ledger loads (a skeleton); its meters come with the grants.
    const panel = await panelOf(canvasElement)
    const meters = await within(panel).findAllByRole('meter', {}, { timeout: 5000 })
    await expect(meters.length).toBeGreaterThan(0)
  },
})

export const Expiring: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status')).toHaveTextContent(
      '2 grants expire within 14 days, with 500 credits still unused.',
    )
    const meter = canvas.getByRole('meter', { name: 'Remaining: Prepaid credits' })
    await expect(meter).toHaveAttribute('aria-valuetext', '412 of 2,000 credits left')
    await userEvent.click(
      canvas.getAllByRole('button', { name: 'Show entries from this grant' })[0]!,
    )
    await expect(args.onGrantSelect).toHaveBeenCalled()
  },
}

export const Depleted: Story = {
  args: { ledger: ledgerOf(depleted) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByText('Used up')).toHaveLength(2)
  },
}

export const Estimated: Story = {
  args: { ledger: ledgerOf(grantLedger({ provider: 'synap', linked: false })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByText('Estimated')).toHaveLength(4)
    await expect(canvas.queryByRole('button', { name: /Show entries/ })).toBeNull()
  },
}

export const LaterExpired: Story = {
  name: 'Expired (a month later)',
  args: { asOf: '2026-04-10T00:00:00.000Z' },
}

export const Monk: Story = fromProvider('monk')
export const Synap: Story = fromProvider('synap')
export const Vayu: Story = fromProvider('vayu')
// Lasso's ledger is usage alone (its grants show only in the balance): once read, no panel.
export const Lasso: Story = {
  ...fromProvider('lasso'),
  name: 'Lasso (usage only: no panel)',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull(), { timeout: 5000 })
    await expect(canvas.queryByRole('meter')).toBeNull()
  },
}
export const NgrokMoney: Story = { ...fromProvider('ngrok'), name: 'ngrok (money)' }

export const NoGrants: Story = {
  name: 'Empty (no grants: no panel)',
  args: { ledger: ledgerOf(usageOnly()) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).toBeNull()
  },
}

export const Loading: Story = {
  args: { ledger: ledgerOf([], 'pending') },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Loading credit grants…',
    )
  },
}

export const ErrorState: Story = {
  ...fromProvider('monk'),
  name: 'Error',
  beforeEach({ msw }) {
    msw.use(...mockHandlers('monk', { scenario: 'unauthorized' }))
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert', {}, { timeout: 5000 })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled()
  },
}

export const Dark: Story = { globals: { theme: 'dark' } }

export const Czech: Story = {
  name: 'cs-CZ',
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await panelOf(canvasElement, 'Přidělené kredity')
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Do 14 dnů vyprší 2 přidělení/)
  },
}

export const RightToLeft: Story = { name: 'RTL', globals: { dir: 'rtl' } }

export const Phone: Story = {
  name: 'Phone (390 px)',
  render: (args) => (
    <Container width={358}>
      <CreditGrants {...args} />
    </Container>
  ),
}

export const PhoneDark: Story = {
  ...Phone,
  name: 'Phone (390 px), dark',
  globals: { theme: 'dark' },
}

export const Wide: Story = {
  render: (args) => (
    <Container width={1200}>
      <CreditGrants {...args} />
    </Container>
  ),
}
