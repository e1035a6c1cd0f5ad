import type { Meta, StoryObj } from '@storybook/react-vite'
import { createMonkSource } from '@usage-kit/core'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import type { CSSProperties, ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { BalanceChart } from '../chart/BalanceChart.js'
import { LedgerFilterBar } from '../filters/LedgerFilterBar.js'
import { UsageHistory } from '../history/UsageHistory.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { makeEntries } from '../table/fixtures.js'
import { LedgerTable } from '../table/LedgerTable.js'
import type { UsageKitTheme } from './tokens.js'

/*
 * How a host's colours reach the parts. Every kit component is a kit root of its own, and
 * UsageHistory's filter bar, chart and table are kit roots inside it; each story sets the colours
 * one way a host would, and reads the computed colours of one element per part. All colours keep
 * text at WCAG AA, on the light surface or (in the dark stories) the dark one.
 */

// Module-level: the ledger's query key follows the source, so it must stay the same object.
const source = createMonkSource({ token: 'test-token', contractId: MONK_CONTRACT_ID })
const entries = makeEntries(60)

/** The colours a story's host sets, and those the built-in palettes give. */
interface Palette {
  surface: string
  text: string
  border: string
  accent: string
  usage: string
  grant: string
}

const LIGHT: Palette = {
  surface: '#ffffff',
  text: '#1b1f24',
  border: '#d1d9e0',
  accent: '#0b5fc5',
  usage: '#1d4ed8',
  grant: '#12702f',
}
const DARK: Palette = {
  surface: '#14171c',
  text: '#e6edf3',
  border: '#30363d',
  accent: '#58a6ff',
  usage: '#79c0ff',
  grant: '#3fb950',
}
/** A host brand: every colour differs from both built-in palettes. */
const BRAND: Palette = {
  ...LIGHT,
  border: '#8a5a2b',
  accent: '#6d28d9',
  usage: '#9d174d',
  grant: '#0f766e',
}
/** What a nested component's own theme sets. */
const NESTED = { accent: '#b45309', usage: '#7e22ce' }

const brandVariables = {
  '--uk-color-border': BRAND.border,
  '--uk-color-accent': BRAND.accent,
  '--uk-color-usage': BRAND.usage,
  '--uk-color-grant': BRAND.grant,
} satisfies CSSProperties

const brandTheme: UsageKitTheme = {
  colors: { border: BRAND.border, accent: BRAND.accent, usage: BRAND.usage, grant: BRAND.grant },
}

function css(selector: string, variables: Record<string, string>): string {
  const body = Object.entries(variables)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')
  return `${selector} { ${body} }`
}

/** A host stylesheet; unmounted with the story, so it never leaks into the next one. */
function HostStyle({ children }: { children: string }) {
  return <style>{children}</style>
}

/** A colour as the browser computes it, for comparing with an element's computed colour. */
function computed(value: string): string {
  const probe = document.createElement('div')
  probe.style.color = value
  document.body.append(probe)
  const out = getComputedStyle(probe).color
  probe.remove()
  return out
}

function style(element: Element | null | undefined): CSSStyleDeclaration {
  if (!element) throw new Error('element not found')
  return getComputedStyle(element)
}

/** Waits for the parts of a UsageHistory (or a composed page) to show their data. */
async function ready(root: HTMLElement, { chart = true } = {}) {
  const canvas = within(root)
  await waitFor(() => expect(canvas.getAllByRole('row').length).toBeGreaterThan(3), {
    timeout: 5000,
  })
  if (chart) {
    await waitFor(() => expect(root.querySelector('.uk-chart__line')).not.toBeNull(), {
      timeout: 5000,
    })
  }
}

/** The filter bar: its frame in the border colour, the usage chip's box in the usage colour. */
async function expectFilterBar(root: ParentNode, palette: Palette) {
  const bar = root.querySelector('.uk-filter-bar')
  await expect(style(bar).borderTopColor).toBe(computed(palette.border))
  await expect(style(bar).backgroundColor).toBe(computed(palette.surface))
  const box = bar?.querySelector('.uk-filter-chip[data-kind="usage"] .uk-filter-chip__box')
  await expect(style(box).borderTopColor).toBe(computed(palette.usage))
}

/** The chart: its frame, the balance line in the accent colour, a grant marker. */
async function expectChart(root: ParentNode, palette: Palette) {
  const chart = root.querySelector('.uk-chart')
  await expect(style(chart).borderTopColor).toBe(computed(palette.border))
  await expect(style(chart).backgroundColor).toBe(computed(palette.surface))
  await expect(style(chart?.querySelector('.uk-chart__line')).stroke).toBe(computed(palette.accent))
  const marker = chart?.querySelector('.uk-chart__marker[data-kind="grant"]')
  await expect(style(marker).fill).toBe(computed(palette.grant))
}

/**
 * The table: its frame and text, a usage badge, and (after opening the first row's details) the
 * open row's background, a tint of the accent colour.
 */
async function expectTable(root: ParentNode, palette: Palette) {
  const table = root.querySelector<HTMLElement>('.uk-table')
  if (!table) throw new Error('no table')
  await expect(style(table).borderTopColor).toBe(computed(palette.border))
  await expect(style(table).backgroundColor).toBe(computed(palette.surface))
  await expect(style(table).color).toBe(computed(palette.text))
  const badge = table.querySelector('.uk-table__row .uk-badge[data-kind="usage"]')
  await expect(style(badge).color).toBe(computed(palette.usage))

  const row = table.querySelector<HTMLElement>('.uk-table__row')
  const toggle = row?.querySelector<HTMLElement>('.uk-table__toggle')
  if (!row || !toggle) throw new Error('no row')
  if (row.dataset.expanded !== 'true') await userEvent.click(toggle)
  await waitFor(() => expect(row).toHaveAttribute('data-expanded', ''))
  await expect(style(row).backgroundColor).toBe(
    computed(`color-mix(in srgb, ${palette.accent} 7%, ${palette.surface})`),
  )
}

async function expectAllParts(root: HTMLElement, palette: Palette) {
  await ready(root)
  await expectFilterBar(root, palette)
  await expectChart(root, palette)
  await expectTable(root, palette)
}

function History(props: { theme?: UsageKitTheme; style?: CSSProperties }) {
  return <UsageHistory source={source} tableHeight={320} {...props} />
}

/** A dark page for the dark stories, so text outside the kit's cards is on dark too. */
function DarkPage({ children }: { children: ReactNode }) {
  return <div style={{ background: '#0d1117', color: DARK.text, padding: 16 }}>{children}</div>
}

const meta = {
  title: 'Theming/Host variables',
  component: History,
  beforeEach({ msw }) {
    msw.use(...createMonkMock({ size: 40, seed: 3 }).handlers)
  },
} satisfies Meta<typeof History>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A nested component's own theme wins in its subtree, and only for what it names: the table,
 * with an accent and usage colour of its own, sits in a wrapper whose host variables the filter
 * bar and chart beside it show; the table still takes the wrapper's border and grant colours.
 * First in the file: it reads no mocked provider, so the browser's start-up is not added to one.
 */
export const NestedThemeWins: Story = {
  render: () => (
    <div style={{ ...brandVariables, display: 'grid', gap: 16 }}>
      <LedgerFilterBar entries={entries} />
      <BalanceChart entries={entries} height={200} />
      <LedgerTable
        entries={entries}
        height={320}
        theme={{ colors: { accent: NESTED.accent, usage: NESTED.usage } }}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    await expectFilterBar(canvasElement, BRAND)
    await expectChart(canvasElement, BRAND)
    await expectTable(canvasElement, { ...BRAND, ...NESTED })
  },
}

/** Nothing set: the built-in light palette, through every nested kit root. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, LIGHT)
  },
}

/** The host sets the variables on `:root`, as a design system's tokens would. */
export const OnRoot: Story = {
  render: (args) => (
    <>
      <HostStyle>{css(':root', brandVariables)}</HostStyle>
      <History {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, BRAND)
  },
}

/** The host sets them on a wrapper of its own. */
export const OnWrapper: Story = {
  render: (args) => (
    <div className="host-brand">
      <HostStyle>{css('.host-brand', brandVariables)}</HostStyle>
      <History {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, BRAND)
  },
}

/** The host sets them in `style` on UsageHistory (typed `--uk-*` CSSProperties). */
export const InStyle: Story = {
  args: { style: brandVariables },
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, BRAND)
  },
}

/** The `theme` prop on UsageHistory reaches its parts. */
export const ThemeProp: Story = {
  args: { theme: brandTheme },
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, BRAND)
  },
}

/** `style` on a component wins over its own `theme` prop, in its parts too. */
export const StyleOverTheme: Story = {
  args: {
    theme: { colors: { accent: NESTED.accent, usage: NESTED.usage } },
    style: brandVariables,
  },
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, BRAND)
  },
}

/**
 * Kit roots inside a themed kit root (`KitRoot`, as UsageHistory holds its parts): one without a
 * theme inherits the outer theme's colours and mode; one with its own theme wins for what it names
 * and keeps the outer mode.
 */
export const NestedInThemedRoot: Story = {
  render: () => (
    <DarkPage>
      <KitRoot
        part="story-scope"
        theme={{ mode: 'dark', colors: { accent: '#f0abfc', usage: '#f9a8d4' } }}
        style={{ display: 'grid', gap: 16 }}
      >
        <LedgerFilterBar entries={entries} />
        <BalanceChart entries={entries} height={200} />
        <LedgerTable
          entries={entries}
          height={320}
          theme={{ colors: { accent: '#fdba74', usage: '#fcd34d' } }}
        />
      </KitRoot>
    </DarkPage>
  ),
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const outer = { ...DARK, accent: '#f0abfc', usage: '#f9a8d4' }
    for (const part of canvasElement.querySelectorAll('.uk-root')) {
      await expect(part).toHaveAttribute('data-theme', 'dark')
    }
    await expectFilterBar(canvasElement, outer)
    await expectChart(canvasElement, outer)
    await expectTable(canvasElement, { ...outer, accent: '#fdba74', usage: '#fcd34d' })
  },
}

/**
 * `theme={{ mode: 'dark' }}`: the dark palette fills in whatever the host does not set, and what
 * the host sets on `:root` wins in dark mode too: a plain value as it is, a `light-dark()` value
 * by its dark half.
 */
export const DarkMode: Story = {
  args: { theme: { mode: 'dark' } },
  render: (args) => (
    <DarkPage>
      <HostStyle>
        {css(':root', {
          '--uk-color-accent': '#f0abfc',
          '--uk-color-usage': `light-dark(${BRAND.usage}, #f9a8d4)`,
        })}
      </HostStyle>
      <History {...args} />
    </DarkPage>
  ),
  play: async ({ canvasElement }) => {
    const palette = { ...DARK, accent: '#f0abfc', usage: '#f9a8d4' }
    await expectAllParts(canvasElement, palette)
    for (const part of canvasElement.querySelectorAll('.uk-root')) {
      await expect(part).toHaveAttribute('data-theme', 'dark')
    }
  },
}

/** The same host `light-dark()` value in light mode: its light half. */
export const LightDarkValueInLight: Story = {
  render: (args) => (
    <>
      <HostStyle>
        {css(':root', { '--uk-color-usage': `light-dark(${BRAND.usage}, #f9a8d4)` })}
      </HostStyle>
      <History {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    await expectAllParts(canvasElement, { ...LIGHT, usage: BRAND.usage })
  },
}
