import type { Meta, StoryObj } from '@storybook/react-vite'
import { createSynapSource, type LedgerQuery } from '@usage-kit/core'
import { createSynapMock, DEFAULT_TOKEN } from '@usage-kit/mocks'
import { useLedger, useLedgerFilters } from '@usage-kit/react'
import { useState } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { KitRoot } from '../primitives/KitRoot.js'
import { LedgerFilterBar } from './LedgerFilterBar.js'
import type { LedgerFilterBarProps } from './types.js'

const NOW = new Date('2026-03-15T12:00:00.000Z')
const now = () => NOW

/** Text that must stay inert and inside the layout wherever a category shows. */
const HOSTILE_CATEGORIES = [
  'inference',
  'storage',
  '<img src=x onerror=alert(1)>',
  'a-very-long-service-name-without-any-break-opportunity-at-all-0123456789abcdef',
  '\u202Eevil\u202C rtl override',
  'خدمة التخزين',
]

/** What the bar's query is now, as text, so plays (and people) can see each change land. */
function Readout({ query }: { query: LedgerQuery }) {
  return (
    // In a kit root, so it takes the theme's text colour on the dark background too.
    <KitRoot part="uk-story-readout" style={{ marginBlock: 12, overflowWrap: 'anywhere' }}>
      Query:{' '}
      <output aria-label="Current query" dir="ltr">
        {JSON.stringify(query)}
      </output>
    </KitRoot>
  )
}

/** Uncontrolled: the bar keeps the state; the readout listens to onValueChange. */
function Uncontrolled(props: LedgerFilterBarProps) {
  const [seen, setSeen] = useState<LedgerQuery>(props.defaultValue ?? {})
  return (
    <>
      <LedgerFilterBar
        {...props}
        onValueChange={(query) => {
          setSeen(query)
          props.onValueChange?.(query)
        }}
      />
      <Readout query={seen} />
    </>
  )
}

/** Controlled: the story owns the query and passes it back as `value`. */
function Controlled(props: LedgerFilterBarProps) {
  const [query, setQuery] = useState<LedgerQuery>(props.value ?? {})
  return (
    <>
      <LedgerFilterBar
        {...props}
        value={query}
        onValueChange={(next) => {
          setQuery(next)
          props.onValueChange?.(next)
        }}
      />
      <Readout query={query} />
    </>
  )
}

/** Categories collected from a real (mocked) Synap ledger, fetched unfiltered. */
function FromData(props: LedgerFilterBarProps) {
  const [source] = useState(() => createSynapSource({ token: DEFAULT_TOKEN }))
  const ledger = useLedger({ source, query: {}, pageSize: 100 })
  return <Uncontrolled {...props} entries={ledger.entries} />
}

/**
 * A host that shares its filter state with the bar, and a stand-in for the usage chart: choosing
 * "its" bar narrows the filters the way `UsageChart` does.
 */
function LinkedToChart(props: LedgerFilterBarProps) {
  const filters = useLedgerFilters({ now, defaultValue: props.defaultValue })
  return (
    <>
      <button
        type="button"
        onClick={() =>
          filters.narrow({
            from: '2026-03-03T00:00:00.000Z',
            to: '2026-03-03T23:59:59.999Z',
            categories: ['inference'],
          })
        }
      >
        Choose the bar of March 3
      </button>
      <LedgerFilterBar {...props} filters={filters} />
      <Readout query={filters.value} />
    </>
  )
}

const meta = {
  title: 'Components/LedgerFilterBar',
  component: LedgerFilterBar,
  args: {
    now,
    onValueChange: fn(),
    searchDebounceMs: 300,
    categories: HOSTILE_CATEGORIES.slice(0, 2),
  },
  argTypes: {
    categoryInput: { control: 'inline-radio', options: ['select', 'text'] },
    show: { control: 'check', options: ['kinds', 'range', 'category', 'search', 'reset'] },
  },
  render: (args) => <Uncontrolled {...args} />,
} satisfies Meta<typeof LedgerFilterBar>

export default meta
type Story = StoryObj<typeof meta>

const readout = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('status', { name: 'Current query' })

export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Usage' }))
    await expect(readout(canvasElement)).toHaveTextContent('{"kinds":["usage"]}')
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'inference')
    // Nothing yet: the search waits for a pause in typing.
    await expect(readout(canvasElement)).not.toHaveTextContent('inference')
    await waitFor(() =>
      expect(readout(canvasElement)).toHaveTextContent('{"kinds":["usage"],"search":"inference"}'),
    )
    await expect(args.onValueChange).toHaveBeenLastCalledWith({
      kinds: ['usage'],
      search: 'inference',
    })
  },
}

export const ControlledValue: Story = {
  name: 'Controlled',
  args: { value: { kinds: ['grant', 'usage'], search: 'inference' } },
  render: (args) => <Controlled {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Date range' }),
      'Last 30 days',
    )
    await expect(readout(canvasElement)).toHaveTextContent(
      '"from":"2026-02-14T00:00:00.000Z","to":"2026-03-15T23:59:59.999Z"',
    )
    await expect(canvas.getByRole('combobox', { name: 'Date range' })).toHaveDisplayValue(
      'Last 30 days',
    )
  },
}

export const CategoriesFromData: Story = {
  args: { categories: undefined },
  render: (args) => <FromData {...args} />,
  beforeEach({ msw }) {
    msw.use(...createSynapMock({ size: 300 }).handlers)
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const select = canvas.getByRole('combobox', { name: 'Category' })
    await waitFor(() => expect(select).toBeEnabled(), { timeout: 5000 })
    await userEvent.selectOptions(select, 'retrieval')
    await expect(readout(canvasElement)).toHaveTextContent('{"categories":["retrieval"]}')
  },
}

export const FreeTextCategory: Story = {
  args: { categoryInput: 'text', categories: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Category' }), 'storage')
    await waitFor(() =>
      expect(readout(canvasElement)).toHaveTextContent('{"categories":["storage"]}'),
    )
  },
}

export const CustomRangeOpen: Story = {
  args: { defaultValue: { from: '2026-01-05', to: '2026-02-10T23:59:59.999Z' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('combobox', { name: 'Date range' })).toHaveValue('custom')
    await expect(canvas.getByLabelText('From')).toHaveValue('2026-01-05')
    await expect(canvas.getByLabelText('To')).toHaveValue('2026-02-10')
  },
}

const ALL_SET: LedgerQuery = {
  kinds: ['grant', 'usage', 'reversal'],
  from: '2026-02-03T00:00:00.000Z',
  to: '2026-03-10T23:59:59.999Z',
  categories: [HOSTILE_CATEGORIES[2] ?? ''],
  search: 'a-very-long-search-without-spaces-that-must-stay-inside-its-box-0123456789',
}

export const AllFiltersSet: Story = {
  args: { value: ALL_SET, categories: HOSTILE_CATEGORIES },
  render: (args) => <Controlled {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('search')).toHaveAttribute('data-state', 'filtered')
    await expect(canvas.queryByRole('img')).not.toBeInTheDocument()
    const reset = canvas.getByRole('button', { name: 'Reset filters' })
    await userEvent.click(reset)
    await expect(readout(canvasElement)).toHaveTextContent('{}')
    await expect(reset).toBeDisabled()
    await expect(canvas.getByRole('checkbox', { name: 'Grant' })).toHaveFocus()
    await expect(canvas.getByRole('search')).toHaveAttribute('data-state', 'default')
  },
}

export const Narrow: Story = {
  args: { value: ALL_SET, categories: HOSTILE_CATEGORIES },
  render: (args) => <Controlled {...args} />,
  decorators: [
    (Story) => (
      <div style={{ width: 320 }}>
        <Story />
      </div>
    ),
  ],
}

export const Dark: Story = {
  args: { defaultValue: { kinds: ['grant', 'expiration'], search: 'inference' } },
  globals: { theme: 'dark' },
}

export const Czech: Story = {
  name: 'cs-CZ',
  args: { defaultValue: { kinds: ['usage'] } },
  globals: { locale: 'cs-CZ' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('group', { name: 'Typ' })).toBeVisible()
    await expect(canvas.getByRole('combobox', { name: 'Období' })).toBeVisible()
  },
}

export const RightToLeft: Story = {
  name: 'RTL',
  args: { value: ALL_SET, categories: HOSTILE_CATEGORIES },
  render: (args) => <Controlled {...args} />,
  globals: { dir: 'rtl' },
}

export const BillingCycles: Story = {
  args: { cycleAnchor: 31 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const range = canvas.getByRole('combobox', { name: 'Date range' })
    await userEvent.selectOptions(range, 'Last billing cycle')
    // Anchor 31 in a short month: the cycle before the one from February 28 began on January 31.
    await expect(readout(canvasElement)).toHaveTextContent(
      '{"from":"2026-01-31T00:00:00.000Z","to":"2026-02-27T23:59:59.999Z"}',
    )
    await expect(range).toHaveDisplayValue('Last billing cycle')
  },
}

export const UndoChartSelection: Story = {
  name: 'Undo a chart selection',
  args: { defaultValue: { kinds: ['usage'] } },
  render: (args) => <LinkedToChart {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Choose the bar of March 3' }))
    await expect(canvas.getByRole('combobox', { name: 'Date range' })).toHaveValue('custom')
    const undo = canvas.getByRole('button', { name: "Undo the chart's selection" })
    await userEvent.click(undo)
    await expect(readout(canvasElement)).toHaveTextContent('{"kinds":["usage"]}')
    await expect(undo).not.toBeInTheDocument()
  },
}

export const UndoChartSelectionNarrow: Story = {
  name: 'Undo a chart selection, 390 px',
  args: { defaultValue: { kinds: ['usage'] } },
  render: (args) => <LinkedToChart {...args} />,
  decorators: [
    (Story) => (
      <div style={{ width: 390 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Choose the bar of March 3' }))
    const undo = canvas.getByRole('button', { name: "Undo the chart's selection" })
    const bar = canvas.getByRole('search').getBoundingClientRect()
    const box = undo.getBoundingClientRect()
    // Inside the bar, not cut off or pushed out by the other controls.
    await expect(box.left >= bar.left && box.right <= bar.right).toBe(true)
  },
}
