import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type LedgerSource,
  type ProviderId,
} from '@usage-kit/core'
import {
  createLassoMock,
  createMonkMock,
  createNgrokMock,
  createSynapMock,
  createVayuMock,
  DEFAULT_TOKEN,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
  type MockOptions,
  type ProviderMock,
} from '@usage-kit/mocks'
import { useLedger } from '@usage-kit/react'
import { useState, type ReactNode } from 'react'
import { expect, fn, userEvent, within } from 'storybook/test'
import type { BalanceChartLedger } from '../chart/types.js'
import { generatedUsage } from './fixtures.js'
import type { UsageChartProps } from './types.js'
import { UsageChart } from './UsageChart.js'

const token = DEFAULT_TOKEN

const SOURCES: Record<ProviderId, () => LedgerSource> = {
  vayu: () => createVayuSource({ customerId: VAYU_CUSTOMER_ID, token }),
  monk: () => createMonkSource({ contractId: MONK_CONTRACT_ID, token }),
  ngrok: () => createNgrokSource({ token }),
  synap: () => createSynapSource({ token }),
  lasso: () => createLassoSource({ token }),
}

const MOCKS: Record<ProviderId, (options: MockOptions) => ProviderMock> = {
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  synap: createSynapMock,
  lasso: createLassoMock,
}

/** The chart over a provider's mocked ledger, read through `useLedger` like a host would. */
function ProviderChart({ provider, ...props }: UsageChartProps & { provider: ProviderId }) {
  const [source] = useState(SOURCES[provider])
  const ledger = useLedger({ source, pageSize: 300 })
  return <UsageChart {...props} ledger={ledger} />
}

// Three months of generated usage over seven services (top six and 'Other').
const quarter = generatedUsage(90, 12)
const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)
const iso = (at: number) => new Date(at).toISOString()

const pending: BalanceChartLedger = {
  entries: [],
  status: 'pending',
  error: null,
  refetch: () => Promise.resolve(),
}

function Container({ width, children }: { width: number; children: ReactNode }) {
  return <div style={{ width, maxWidth: 'none' }}>{children}</div>
}

const meta = {
  title: 'Components/UsageChart',
  component: UsageChart,
  args: {
    entries: quarter,
    height: 240,
    onBucketSelect: fn(),
    onGroupSelect: fn(),
    onIntervalChange: fn(),
    onGroupByChange: fn(),
    onTableOpenChange: fn(),
  },
  argTypes: {
    height: { control: { type: 'range', min: 160, max: 480, step: 10 } },
    width: { control: 'number' },
    ledger: { control: false },
    entries: { control: false },
  },
} satisfies Meta<typeof UsageChart>

export default meta
type Story = StoryObj<typeof meta>

const chartOf = (canvasElement: HTMLElement, name = 'Usage over time') =>
  within(canvasElement).findByRole('group', { name }, { timeout: 5000 })

/** A story over one provider's mocked ledger. */
const fromProvider = (
  provider: ProviderId,
  options: MockOptions = { size: 300 },
  args: Partial<UsageChartProps> = {},
): Story => ({
  args: { entries: undefined, ...args },
  render: (storyArgs) => <ProviderChart provider={provider} {...storyArgs} />,
  beforeEach({ msw }) {
    msw.use(...MOCKS[provider](options).handlers)
  },
  play: async ({ canvasElement }) => {
    await chartOf(canvasElement)
  },
})

export const SynapByCategory: Story = {
  ...fromProvider('synap'),
  name: 'Synap by category',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement)
    await expect(canvas.getByRole('group', { name: 'Grouping' })).toBeVisible()
    chart.focus()
    await userEvent.keyboard('{End}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/: total [\d,.]+/)
    await userEvent.keyboard('{Enter}')
    await expect(args.onBucketSelect).toHaveBeenCalled()
  },
}

export const SynapByMetric: Story = {
  ...fromProvider('synap', { size: 300 }, { defaultGroupBy: 'metric' }),
  name: 'Synap by metric',
}

export const LassoByService: Story = {
  ...fromProvider('lasso'),
  name: 'Lasso by service',
  play: async ({ canvasElement }) => {
    await chartOf(canvasElement)
    const legend = within(canvasElement).getByRole('list', { name: 'Series' })
    await expect(within(legend).getAllByRole('button', { pressed: true }).length).toBeGreaterThan(1)
  },
}

export const MonkSingleSeries: Story = {
  ...fromProvider('monk'),
  name: 'Monk single series',
  play: async ({ canvasElement }) => {
    await chartOf(canvasElement)
    await expect(within(canvasElement).getByText(/does not report usage categories/)).toBeVisible()
  },
}

export const Vayu: Story = fromProvider('vayu')

export const NgrokInvoices: Story = {
  ...fromProvider('ngrok'),
  name: 'ngrok invoices (money)',
  play: async ({ canvasElement }) => {
    await chartOf(canvasElement)
    const legend = within(canvasElement).getByRole('list', { name: 'Series' })
    await expect(legend).toHaveTextContent(/\$[\d,]+\.\d\d/)
  },
}

export const Hourly: Story = {
  args: { from: iso(START + 10 * DAY), to: iso(START + 12 * DAY - 1), defaultInterval: 'hour' },
}

export const Daily: Story = {
  args: { from: iso(START), to: iso(START + 31 * DAY - 1), defaultInterval: 'day' },
}

export const Weekly: Story = { args: { defaultInterval: 'week' } }

export const Monthly: Story = { args: { defaultInterval: 'month' } }

export const SelectedBar: Story = {
  name: 'Selected bar',
  args: {
    from: iso(START),
    to: iso(START + 31 * DAY - 1),
    selectedBucket: { start: iso(START + 9 * DAY), end: iso(START + 10 * DAY) },
  },
}

export const WithTable: Story = {
  name: 'Data table',
  args: { defaultTableOpen: true, defaultInterval: 'week' },
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table', { name: 'Usage data' })
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(10)
  },
}

export const Empty: Story = {
  ...fromProvider('monk', { scenario: 'empty' }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No usage in this range.')).toBeVisible()
  },
}

export const Loading: Story = {
  args: { entries: undefined, ledger: pending },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Loading usage…')
  },
}

export const ErrorState: Story = {
  ...fromProvider('monk', { scenario: 'unauthorized' }),
  name: 'Error',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/signed out/)
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement)
    chart.focus()
    await userEvent.keyboard('{End}')
  },
}

export const Czech: Story = {
  name: 'cs-CZ',
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement, 'Využití v čase')
    chart.focus()
    await userEvent.keyboard('{Home}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/celkem [\d\s\u00a0,]+;/)
  },
}

export const RightToLeft: Story = {
  name: 'RTL',
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement)
    chart.focus()
    // Mirrored: the oldest bar is on the right, and ArrowLeft moves forward in time.
    await userEvent.keyboard('{ArrowLeft}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/^Week of Dec 2\d, 2025|Jan/)
  },
}

export const Phone: Story = {
  name: 'Phone (390 px)',
  render: (args) => (
    <Container width={358}>
      <UsageChart {...args} />
    </Container>
  ),
}

export const Wide: Story = {
  render: (args) => (
    <Container width={1200}>
      <UsageChart {...args} />
    </Container>
  ),
}
