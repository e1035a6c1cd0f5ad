import type { Meta, StoryObj } from '@storybook/react-vite'
import type { BalanceCheck, ProviderId } from '@usage-kit/core'
import { expect, within } from 'storybook/test'
import { grantLedger, ledgerOf } from '../grants/fixtures.js'
import { Container, mockHandlers, ProviderLedger } from '../grants/storyProviders.js'
import { LedgerStatement } from './LedgerStatement.js'
import type { LedgerStatementProps } from './types.js'

const matching: BalanceCheck = { ledger: 912, provider: 912, difference: 0, matches: true }
const differing: BalanceCheck = { ledger: 1000, provider: 1012.5, difference: 12.5, matches: false }

const meta = {
  title: 'Components/LedgerStatement',
  component: LedgerStatement,
  args: { ledger: ledgerOf(grantLedger()), balanceCheck: matching },
  argTypes: {
    ledger: { control: false },
    period: { control: 'inline-radio', options: ['day', 'week', 'month'] },
    cycleAnchor: { control: { type: 'number', min: 1, max: 28 } },
  },
} satisfies Meta<typeof LedgerStatement>

export default meta
type Story = StoryObj<typeof meta>

const tableOf = (canvasElement: HTMLElement, name: string | RegExp = /^Statement by/) =>
  within(canvasElement).findByRole('table', { name }, { timeout: 5000 })

/** A story over one provider's mocked ledger and, where it has one, its balance endpoint. */
const fromProvider = (provider: ProviderId, args: Partial<LedgerStatementProps> = {}): Story => ({
  args,
  render: (storyArgs) => (
    <ProviderLedger provider={provider}>
      {(ledger, check) => <LedgerStatement {...storyArgs} ledger={ledger} balanceCheck={check} />}
    </ProviderLedger>
  ),
  beforeEach({ msw }) {
    msw.use(...mockHandlers(provider))
  },
  play: async ({ canvasElement }) => {
    const table = await tableOf(canvasElement)
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(2)
  },
})

export const Months: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await tableOf(canvasElement, 'Statement by month')
    await expect(canvas.getByRole('status')).toHaveTextContent(
      "The ledger matches the provider's balance (912 credits).",
    )
  },
}

export const Mismatch: Story = {
  args: { balanceCheck: differing },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'differs from the provider',
    )
  },
}

export const BillingCycles: Story = {
  name: 'Billing cycles (anchor 15)',
  args: { cycleAnchor: 15 },
}
export const Weeks: Story = { args: { period: 'week' } }
export const UnknownBalances: Story = {
  name: 'Unknown balances',
  args: { ledger: ledgerOf(grantLedger({ balances: false })), balanceCheck: null },
}

export const Monk: Story = fromProvider('monk')
export const Synap: Story = fromProvider('synap')
export const Vayu: Story = fromProvider('vayu')
export const Lasso: Story = fromProvider('lasso')
export const NgrokMoney: Story = { ...fromProvider('ngrok'), name: 'ngrok (money)' }

export const Empty: Story = {
  args: { ledger: ledgerOf([]), balanceCheck: null },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('No posted entries yet, so there is no statement.'),
    ).toBeVisible()
  },
}

export const Loading: Story = { args: { ledger: ledgerOf([], 'pending'), balanceCheck: null } }

export const Dark: Story = { args: { balanceCheck: differing }, globals: { theme: 'dark' } }

export const Czech: Story = {
  name: 'cs-CZ',
  args: { balanceCheck: differing },
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    await tableOf(canvasElement, 'Výpis po měsících')
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/liší o 12,5 kreditu/)
  },
}

export const RightToLeft: Story = { name: 'RTL', globals: { dir: 'rtl' } }

export const Phone: Story = {
  name: 'Phone (390 px)',
  args: { balanceCheck: differing, cycleAnchor: 15 },
  render: (args) => (
    <Container width={358}>
      <LedgerStatement {...args} />
    </Container>
  ),
}
