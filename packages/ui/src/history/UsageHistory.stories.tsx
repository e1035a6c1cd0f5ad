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
  createMock,
  createMonkMock,
  createVayuMock,
  MONK_CONTRACT_ID,
  VAYU_CUSTOMER_ID,
} from '@usage-kit/mocks'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { UsageKitTheme } from '../theme/tokens.js'
import { UsageHistory } from './UsageHistory.js'

const token = 'test-token'
const SOURCES: Record<ProviderId, () => LedgerSource> = {
  synap: () => createSynapSource({ token }),
  vayu: () => createVayuSource({ token, customerId: VAYU_CUSTOMER_ID }),
  monk: () => createMonkSource({ token, contractId: MONK_CONTRACT_ID }),
  ngrok: () => createNgrokSource({ token }),
  lasso: () => createLassoSource({ token }),
}

interface StoryArgs {
  provider: ProviderId
  pagination: 'infinite' | 'offset'
  size: number
  /** 'toolbar' leaves the mode to the Storybook toolbar (the provider's theme). */
  mode: 'toolbar' | 'light' | 'dark'
  accent: string
  radius: string
  density: 'compact' | 'comfortable' | 'spacious'
  font: string
  /** The chart shown first (the switch's default). */
  chartView?: 'balance' | 'usage'
}

/**
 * The story's args become the theme prop, so every theme token has a control; with every arg at
 * its default there is no theme prop, and the toolbar's theme applies.
 */
function themeFrom(args: StoryArgs): UsageKitTheme | undefined {
  const custom =
    args.mode !== 'toolbar' ||
    args.accent ||
    args.radius ||
    args.font ||
    args.density !== 'comfortable'
  if (!custom) return undefined
  return {
    ...(args.mode !== 'toolbar' ? { mode: args.mode } : {}),
    ...(args.accent ? { colors: { accent: args.accent, focus: args.accent } } : {}),
    ...(args.radius ? { radius: args.radius } : {}),
    density: args.density,
    ...(args.font ? { font: args.font } : {}),
  }
}

function Story(args: StoryArgs) {
  // One source per provider for the story's life, like a host's module-level source.
  const source = SOURCES[args.provider]()
  return (
    <UsageHistory
      source={source}
      pagination={args.pagination}
      theme={themeFrom(args)}
      tableHeight={360}
      {...(args.chartView ? { defaultChartView: args.chartView } : {})}
    />
  )
}

const meta = {
  title: 'Components/UsageHistory',
  component: Story,
  args: {
    provider: 'monk',
    pagination: 'infinite',
    size: 300,
    mode: 'toolbar',
    accent: '',
    radius: '',
    density: 'comfortable',
    font: '',
  },
  argTypes: {
    provider: { control: 'select', options: ['synap', 'vayu', 'monk', 'ngrok', 'lasso'] },
    pagination: { control: 'inline-radio', options: ['infinite', 'offset'] },
    size: { control: 'select', options: [0, 300, 10_000, 100_000] },
    mode: { control: 'inline-radio', options: ['toolbar', 'light', 'dark'] },
    accent: { control: 'color' },
    radius: { control: 'text' },
    density: { control: 'inline-radio', options: ['compact', 'comfortable', 'spacious'] },
    font: { control: 'text' },
  },
  beforeEach({ msw, args }) {
    msw.use(...createMock(args.provider, { size: args.size, seed: 3 }).handlers)
  },
} satisfies Meta<typeof Story>

export default meta
type Story = StoryObj<typeof meta>

export const Monk: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(3), {
      timeout: 5000,
    })
    const totals = canvas.getByRole('region', { name: 'Totals for the selected range' })
    await expect(within(totals).getByText('Granted')).toBeVisible()
    // Filtering by a kind reaches the table.
    await userEvent.click(canvas.getByRole('checkbox', { name: /grant/i }))
    const table = canvas.getByRole('table', { name: /credit history/i })
    await waitFor(() => expect(within(table).queryAllByText('Usage')).toHaveLength(0))
    await expect(within(table).getAllByText('Grant').length).toBeGreaterThan(0)
  },
}
export const Synap: Story = { args: { provider: 'synap' } }
export const Vayu: Story = { args: { provider: 'vayu' } }
/**
 * A Vayu server that ignores `cursor` (the documented shape says nothing of paging): past its
 * first full page the end of the ledger cannot be established, and the history says so in words
 * beside the totals and in the table footer.
 */
export const MayBeIncomplete: Story = {
  args: { provider: 'vayu', size: 1500 },
  beforeEach({ msw }) {
    msw.use(...createVayuMock({ size: 1500, seed: 3, pagination: 'first-page-only' }).handlers)
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const note = /^This history may be incomplete: 1,000 entries are shown/
    await waitFor(() => expect(canvas.getAllByText(note)).toHaveLength(2), { timeout: 5000 })
    const statuses = canvas.getAllByRole('status')
    for (const shown of canvas.getAllByText(note)) await expect(statuses).toContain(shown)
  },
}
/**
 * Opens on the usage chart (Synap by category): choosing a bar narrows the table to that day's
 * usage and the filter bar offers Undo.
 */
export const UsageBySynapCategory: Story = {
  args: { provider: 'synap', chartView: 'usage' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const plot = await canvas.findByRole('group', { name: 'Usage over time' }, { timeout: 5000 })
    plot.focus()
    await userEvent.keyboard('{End}{Enter}')
    await expect(
      await canvas.findByRole('button', { name: "Undo the chart's selection" }),
    ).toBeVisible()
  },
}
export const UsageLassoByService: Story = { args: { provider: 'lasso', chartView: 'usage' } }
export const UsageMonkSingleSeries: Story = { args: { provider: 'monk', chartView: 'usage' } }
export const UsageDarkCzech: Story = {
  args: { provider: 'synap', chartView: 'usage' },
  globals: { theme: 'dark', locale: 'cs-CZ' },
}
export const Ngrok: Story = { args: { provider: 'ngrok' } }
export const Lasso: Story = { args: { provider: 'lasso' } }
export const OffsetPages: Story = { args: { pagination: 'offset' } }
export const Empty: Story = { args: { size: 0 } }
export const HundredThousandEntries: Story = { args: { size: 100_000 } }
export const Dark: Story = { globals: { theme: 'dark' } }
export const BrandTheme: Story = {
  args: {
    accent: '#6d28d9',
    radius: '14px',
    density: 'spacious',
    font: 'Georgia, "Times New Roman", serif',
  },
}
export const Czech: Story = { globals: { locale: 'cs-CZ' } }
export const RightToLeft: Story = { globals: { dir: 'rtl' } }
export const SignedOut: Story = {
  beforeEach({ msw }) {
    msw.use(...createMonkMock({ scenario: 'unauthorized' }).handlers)
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getAllByRole('alert')[0]).toHaveTextContent(/signed out/i), {
      timeout: 5000,
    })
    await expect(canvas.getAllByRole('button', { name: 'Try again' })[0]).toBeVisible()
  },
}
