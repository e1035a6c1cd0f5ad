import type { Meta, StoryObj } from '@storybook/react-vite'
import {
  createLassoSource,
  createMonkSource,
  createNgrokSource,
  createSynapSource,
  createVayuSource,
  type EntryKind,
  type LedgerEntry,
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
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { BalanceChart } from './BalanceChart.js'
import { entryOf } from './fixtures.js'
import type { BalanceChartLedger, BalanceChartProps } from './types.js'

const DAY = 86_400_000
const token = DEFAULT_TOKEN

const SOURCES: Record<ProviderId, () => LedgerSource> = {
  vayu: () => createVayuSource({ customerId: VAYU_CUSTOMER_ID, token }),
  monk: () => createMonkSource({ contractId: MONK_CONTRACT_ID, token }),
  ngrok: () => createNgrokSource({ token }),
  synap: () => createSynapSource({ token }),
  lasso: () => createLassoSource({ token }),
}

/** The chart over a provider's mocked ledger, read through `useLedger` like a host would. */
function ProviderChart({ provider, ...props }: BalanceChartProps & { provider: ProviderId }) {
  const [source] = useState(SOURCES[provider])
  const ledger = useLedger({ source, pageSize: 300 })
  return <BalanceChart {...props} ledger={ledger} />
}

/** A deterministic PRNG (mulberry32), so generated stories look the same on every run. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Plain entries with a consistent running balance (kept in hundredths, so it is exact), newest
 * first, shaped like a subscription: a grant at the start of each month, steady noisy usage, and
 * now and then an expiration of what a grant left unused.
 */
function generateEntries(count: number, spanDays: number, withBalance = true): LedgerEntry[] {
  const next = random(count)
  const start = Date.UTC(2025, 8, 1)
  const step = (spanDays * DAY) / count
  const period = Math.max(2, Math.round(count / (spanDays / 30)))
  const grant = 1_000_000
  const usage = (grant * 0.92) / period
  const entries: LedgerEntry[] = []
  let cents = 0
  for (let i = 0; i < count; i++) {
    const phase = i % period
    let kind: EntryKind = 'usage'
    let delta = -Math.min(cents, Math.round(usage * 2 * next()))
    if (phase === 0) {
      kind = 'grant'
      delta = grant + Math.round(next() * 4) * 100_000
    } else if (phase === period - 1 && next() < 0.5) {
      kind = 'expiration'
      delta = -Math.round(cents * 0.4)
    }
    cents += delta
    entries.push({
      ...entryOf({
        at: start + Math.floor(i * step),
        balance: cents / 100,
        entryId: `gen-${i}`,
        kind,
      }),
      providerType: kind === 'grant' ? 'Grant' : kind === 'expiration' ? 'Expire' : 'Deduct',
      credits: delta / 100,
      balanceAfter: withBalance ? cents / 100 : null,
    })
  }
  return entries.reverse()
}

let large: LedgerEntry[] | null = null
/** 100,000 entries, built once per page load. */
const largeLedger = () => (large ??= generateEntries(100_000, 730))
const sample = generateEntries(420, 420)
const noBalances = generateEntries(120, 120, false)

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
  title: 'Components/BalanceChart',
  component: BalanceChart,
  args: {
    entries: sample,
    height: 240,
    fill: 'area',
    onTableOpenChange: fn(),
    onActivePointChange: fn(),
  },
  argTypes: {
    fill: { control: 'inline-radio', options: ['area', 'none'] },
    height: { control: { type: 'range', min: 120, max: 480, step: 10 } },
    width: { control: 'number' },
    ledger: { control: false },
    entries: { control: false },
  },
} satisfies Meta<typeof BalanceChart>

export default meta
type Story = StoryObj<typeof meta>

const chartOf = (canvasElement: HTMLElement, name = 'Balance over time') =>
  within(canvasElement).findByRole('group', { name }, { timeout: 5000 })

const MOCKS: Record<ProviderId, (options: MockOptions) => ProviderMock> = {
  vayu: createVayuMock,
  monk: createMonkMock,
  ngrok: createNgrokMock,
  synap: createSynapMock,
  lasso: createLassoMock,
}

/** A story over one provider's mocked ledger; Vayu sends balances, the others are reconstructed. */
const fromProvider = (provider: ProviderId, options: MockOptions = { size: 300 }): Story => ({
  args: { entries: undefined },
  render: (args) => <ProviderChart provider={provider} {...args} />,
  beforeEach({ msw }) {
    msw.use(...MOCKS[provider](options).handlers)
  },
  play: async ({ canvasElement }) => {
    await chartOf(canvasElement)
  },
})

export const Vayu: Story = {
  ...fromProvider('vayu'),
  play: async ({ canvasElement, args }) => {
    const chart = await chartOf(canvasElement)
    const live = within(canvasElement).getByRole('status')
    chart.focus()
    await userEvent.keyboard('{ArrowRight}')
    await expect(live).toHaveTextContent(/: balance [\d,.]+, (Grant|Usage|Adjustment|Reversal)/)
    await userEvent.keyboard('{End}')
    await expect(live).toHaveTextContent(/Oct \d+, 2026 .*: balance [\d,.]+/)
    await expect(args.onActivePointChange).toHaveBeenCalled()
    await userEvent.keyboard('{Escape}')
    await expect(live).toBeEmptyDOMElement()
  },
}

export const Monk: Story = {
  ...fromProvider('monk'),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await chartOf(canvasElement)
    // Markers are named a render after the first paint.
    await expect(
      (await canvas.findAllByRole('img', { name: /^Grant on / })).length,
    ).toBeGreaterThan(0)
    await userEvent.click(canvas.getByRole('button', { name: 'Show data table' }))
    const table = canvas.getByRole('table', { name: 'Balance data' })
    await expect(within(table).getAllByRole('row').length).toBeGreaterThan(1)
    await expect(args.onTableOpenChange).toHaveBeenCalledWith(true)
    await userEvent.click(canvas.getByRole('button', { name: 'Hide data table' }))
    await expect(canvas.queryByRole('table')).toBeNull()
  },
}

export const Ngrok: Story = fromProvider('ngrok')

export const Synap: Story = fromProvider('synap')

export const Lasso: Story = fromProvider('lasso')

export const Loading: Story = {
  args: { entries: undefined, ledger: pending },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'Loading the balance…',
    )
  },
}

export const Empty: Story = {
  ...fromProvider('monk', { scenario: 'empty' }),
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('No balance to show for these filters.'),
    ).toBeVisible()
  },
}

export const Unavailable: Story = {
  args: { entries: noBalances },
  play: async ({ canvasElement }) => {
    await expect(
      within(canvasElement).getByText('This provider does not report a running balance.'),
    ).toBeVisible()
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

export const ErrorThenRetry: Story = {
  // The ledger and the balance request (sent together) fail once; the retry reads both.
  ...fromProvider('monk', { scenario: 'unauthorized', failCount: 2 }),
  name: 'Error, then retry',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Try again' }, { timeout: 5000 }),
    )
    await chartOf(canvasElement)
  },
}

export const HundredThousandPoints: Story = {
  name: '100,000 points',
  args: { entries: undefined },
  // Built in render (not args) so the controls panel never serialises 100,000 entries.
  render: (args) => <BalanceChart {...args} entries={largeLedger()} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement)
    const width = chart.getBoundingClientRect().width
    chart.focus()
    await userEvent.keyboard('{End}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/Aug 31, 2027 .*: balance/)
    await userEvent.click(canvas.getByRole('button', { name: 'Show data table' }))
    const rows = within(canvas.getByRole('table')).getAllByRole('row').length - 1
    await expect(rows).toBeLessThanOrEqual(width)
    await expect(canvas.getAllByRole('img').length).toBeLessThanOrEqual(width)
  },
}

export const Narrow: Story = {
  render: (args) => (
    <Container width={280}>
      <BalanceChart {...args} />
    </Container>
  ),
}

export const Wide: Story = {
  render: (args) => (
    <Container width={1200}>
      <BalanceChart {...args} />
    </Container>
  ),
}

export const LineOnly: Story = { args: { fill: 'none' } }

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const chart = await chartOf(canvasElement)
    chart.focus()
    await userEvent.keyboard('{End}')
  },
}

export const Brand: Story = { globals: { theme: 'brand' } }

export const Czech: Story = {
  name: 'cs-CZ',
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement, 'Zůstatek v čase')
    await expect(canvas.getByText(/se zůstatek změnil z/)).toBeVisible()
    chart.focus()
    await userEvent.keyboard('{Home}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/zůstatek [\d\s\u00a0,]+, Přidělení/)
    await userEvent.click(canvas.getByRole('button', { name: 'Zobrazit tabulku dat' }))
    await expect(canvas.getByRole('table', { name: 'Data zůstatku' })).toBeVisible()
  },
}

export const RightToLeft: Story = {
  name: 'RTL',
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const chart = await chartOf(canvasElement)
    chart.focus()
    // Mirrored: the oldest point is on the right, and ArrowLeft moves forward in time.
    await userEvent.keyboard('{ArrowLeft}')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/Sep 1, 2025/))
    await userEvent.keyboard('{End}')
    await expect(canvas.getByRole('status')).toHaveTextContent(/Oct 2\d, 2026/)
  },
}
