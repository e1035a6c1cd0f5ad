import type { Meta, StoryObj } from '@storybook/react-vite'
import { createMonkSource, projectRunway, type LedgerEntry, type Runway } from '@usage-kit/core'
import { createMonkMock, DEFAULT_TOKEN, ledgerEntry, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import { useLedger } from '@usage-kit/react'
import { useMemo, useState, type ReactNode } from 'react'
import { expect, within } from 'storybook/test'
import { BalanceChart } from './BalanceChart.js'
import type { BalanceChartProps } from './types.js'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 1)
const AS_OF = '2026-05-01T00:00:00.000Z'

/**
 * A prepaid ledger, newest first: 12,000 credits on 1 Jan, then about 58 a day of usage through
 * April (steady, with a deterministic wobble). `promo` adds 1,500 on 25 Apr that expire on
 * 12 May, before the forecast can use them up.
 */
function prepaid(promo: boolean): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  let balance = 0
  const push = (at: number, fields: Partial<LedgerEntry> & { credits: number }) => {
    balance += fields.credits
    entries.push(
      ledgerEntry({
        id: `f${entries.length}`,
        provider: 'vayu',
        occurredAt: new Date(at).toISOString(),
        balanceAfter: balance,
        ...fields,
      }),
    )
  }
  push(START, { kind: 'grant', providerType: 'Grant', credits: 12_000 })
  for (let day = 0; day < 120; day++) {
    const at = START + day * DAY + 12 * 3_600_000
    if (promo && day === 114) {
      push(at - 3_600_000, {
        kind: 'grant',
        providerType: 'Grant',
        credits: 1_500,
        expiresAt: '2026-05-12T00:00:00.000Z',
        description: 'Spring promotion',
      })
    }
    push(at, {
      kind: 'usage',
      providerType: 'Deduct',
      credits: -Math.round(58 + 22 * Math.sin(day)),
    })
  }
  return entries.reverse()
}

const steady = prepaid(false)
const promoted = prepaid(true)
const runwayOf = (entries: readonly LedgerEntry[]): Runway =>
  projectRunway(entries, { asOf: AS_OF })

/** `runway` at another burn rate, for a run-out far beyond the history (no expiries). */
function slowly(runway: Runway, burnPerDay: number): Runway {
  const balance = runway.balance ?? 0
  const runsOutAt = new Date(Date.parse(AS_OF) + (balance / burnPerDay) * DAY).toISOString()
  return {
    ...runway,
    burnPerDay,
    runsOutAt,
    expiresUnused: 0,
    path: [
      { at: AS_OF, balance },
      { at: runsOutAt, balance: 0 },
    ],
  }
}

function Container({ width, children }: { width: number; children: ReactNode }) {
  return <div style={{ width, maxWidth: 'none' }}>{children}</div>
}

const meta = {
  title: 'Components/BalanceChart forecast',
  component: BalanceChart,
  args: { entries: steady, forecast: runwayOf(steady), height: 240 },
  argTypes: { entries: { control: false }, forecast: { control: false } },
} satisfies Meta<typeof BalanceChart>

export default meta
type Story = StoryObj<typeof meta>

const describedAs = async (canvasElement: HTMLElement, text: RegExp) => {
  const figure = await within(canvasElement).findByRole('figure')
  await expect(figure).toHaveAccessibleDescription(text)
}

export const Forecast: Story = {
  play: async ({ canvasElement }) => {
    await describedAs(
      canvasElement,
      /At \d+ credits a day \(last 30 days\), the balance runs out around [A-Z][a-z]{2} \d+, 2026\.$/,
    )
    await expect(canvasElement.querySelector('.uk-chart__forecast')).not.toBeNull()
  },
}

export const ForecastWithExpiry: Story = {
  name: 'Forecast with expiry',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  play: async ({ canvasElement }) => {
    await describedAs(canvasElement, /credits expire unused on May 12, 2026\.$/)
  },
}

export const ForecastDark: Story = {
  name: 'Forecast, dark',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  globals: { theme: 'dark' },
}

export const ForecastCzech: Story = {
  name: 'Forecast, cs-CZ',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    await describedAs(canvasElement, /Při spotřebě .* denně \(za posledních 30 dní\)/)
  },
}

export const ForecastRightToLeft: Story = {
  name: 'Forecast, RTL',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  globals: { dir: 'rtl' },
}

export const ForecastPhone: Story = {
  name: 'Forecast, 390 px',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  render: (args) => (
    <Container width={358}>
      <BalanceChart {...args} />
    </Container>
  ),
}

export const ForecastWide: Story = {
  name: 'Forecast, 1200 px',
  args: { entries: promoted, forecast: runwayOf(promoted) },
  render: (args) => (
    <Container width={1200}>
      <BalanceChart {...args} />
    </Container>
  ),
}

/** A slow burn runs out years away: the line stops at the edge and the summary says so. */
export const ForecastBeyondTheChart: Story = {
  name: 'Forecast beyond the chart',
  args: { forecast: slowly(runwayOf(steady), 8) },
  play: async ({ canvasElement }) => {
    await describedAs(canvasElement, /The dashed line stops at the edge of the chart/)
  },
}

/** No usage in the window: no line, no sentence. */
export const NoBurn: Story = {
  name: 'Forecast at zero burn',
  args: { forecast: projectRunway(steady, { asOf: '2027-01-01T00:00:00.000Z' }) },
  play: async ({ canvasElement }) => {
    await describedAs(canvasElement, /highest [\d,]+\.$/)
    await expect(canvasElement.querySelector('.uk-chart__forecast')).toBeNull()
  },
}

/** Monk's mocked ledger, forecast from its newest entry as a host would with `useRunway`. */
function MonkForecast(props: BalanceChartProps) {
  const [source] = useState(() =>
    createMonkSource({ contractId: MONK_CONTRACT_ID, token: DEFAULT_TOKEN }),
  )
  const ledger = useLedger({ source, pageSize: 300 })
  const newest = ledger.entries[0]?.occurredAt
  const runway = useMemo(
    () => (newest ? projectRunway(ledger.entries, { asOf: newest }) : null),
    [ledger.entries, newest],
  )
  return <BalanceChart {...props} entries={undefined} ledger={ledger} forecast={runway} />
}

export const Monk: Story = {
  name: 'Forecast, Monk',
  args: { entries: undefined, forecast: undefined },
  render: (args) => <MonkForecast {...args} />,
  beforeEach({ msw }) {
    msw.use(...createMonkMock({ size: 300 }).handlers)
  },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByRole('group', {}, { timeout: 5000 })
  },
}
