import type { Meta, StoryObj } from '@storybook/react-vite'
import { createMonkSource } from '@usage-kit/core'
import { createMonkMock, MONK_CONTRACT_ID } from '@usage-kit/mocks'
import type { ReactNode } from 'react'
import { expect, waitFor, within } from 'storybook/test'
import { UsageHistory } from '../history/UsageHistory.js'
import type { UsageKitTheme } from './tokens.js'
// The bridge as text, mounted with each story (a plain import would stay in the page for every
// story after this one).
import bridge from '../themes/shadcn.css?raw'

/*
 * The shadcn bridge (`@usage-kit/ui/themes/shadcn.css`) in a shadcn/ui host: the host's
 * globals.css sets shadcn's variables on `:root` and `.dark` (Tailwind v4 form, oklch values, the
 * violet theme), and the kit takes them with no `--uk-*` or `theme` of its own. Each story reads
 * the computed colours of the parts and compares them with the host's values; the a11y addon
 * checks contrast in both modes.
 */

const source = createMonkSource({ token: 'test-token', contractId: MONK_CONTRACT_ID })

/** The shadcn variables a host sets; what the kit maps, and chart colours 1 to 5. */
type Host = Record<
  | '--background'
  | '--foreground'
  | '--card'
  | '--card-foreground'
  | '--muted'
  | '--muted-foreground'
  | '--border'
  | '--primary'
  | '--primary-foreground'
  | '--ring'
  | '--destructive'
  | `--chart-${1 | 2 | 3 | 4 | 5}`,
  string
>

const LIGHT: Host = {
  '--background': 'oklch(0.985 0 0)',
  '--foreground': 'oklch(0.145 0 0)',
  '--card': 'oklch(1 0 0)',
  '--card-foreground': 'oklch(0.145 0 0)',
  '--muted': 'oklch(0.97 0 0)',
  '--muted-foreground': 'oklch(0.5 0 0)',
  '--border': 'oklch(0.922 0 0)',
  '--primary': 'oklch(0.541 0.281 293.009)',
  '--primary-foreground': 'oklch(0.969 0.016 293.756)',
  '--ring': 'oklch(0.702 0.183 293.541)',
  '--destructive': 'oklch(0.577 0.245 27.325)',
  '--chart-1': 'oklch(0.646 0.222 41.116)',
  '--chart-2': 'oklch(0.6 0.118 184.704)',
  '--chart-3': 'oklch(0.398 0.07 227.392)',
  '--chart-4': 'oklch(0.828 0.189 84.429)',
  '--chart-5': 'oklch(0.769 0.188 70.08)',
}
const DARK: Host = {
  '--background': 'oklch(0.145 0 0)',
  '--foreground': 'oklch(0.985 0 0)',
  '--card': 'oklch(0.205 0 0)',
  '--card-foreground': 'oklch(0.985 0 0)',
  '--muted': 'oklch(0.269 0 0)',
  '--muted-foreground': 'oklch(0.708 0 0)',
  '--border': 'oklch(1 0 0 / 10%)',
  '--primary': 'oklch(0.702 0.183 293.541)',
  '--primary-foreground': 'oklch(0.205 0 0)',
  '--ring': 'oklch(0.541 0.281 293.009)',
  '--destructive': 'oklch(0.704 0.191 22.216)',
  '--chart-1': 'oklch(0.488 0.243 264.376)',
  '--chart-2': 'oklch(0.696 0.17 162.48)',
  '--chart-3': 'oklch(0.769 0.188 70.08)',
  '--chart-4': 'oklch(0.627 0.265 303.9)',
  '--chart-5': 'oklch(0.645 0.246 16.439)',
}
/** A radius that differs from the kit's 8px. */
const RADIUS = '0.75rem'

const css = (selector: string, variables: Record<string, string>) =>
  `${selector} { ${Object.entries(variables)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')} }`

/** The host's globals.css and the bridge, unmounted with the story. */
function ShadcnPage({ dark = false, children }: { dark?: boolean; children: ReactNode }) {
  return (
    <>
      <style>{`${bridge}\n${css(':root', { ...LIGHT, '--radius': RADIUS })}\n${css('.dark', DARK)}`}</style>
      <div
        className={dark ? 'dark' : undefined}
        style={{ background: 'var(--background)', color: 'var(--foreground)', padding: 16 }}
      >
        {children}
      </div>
    </>
  )
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

function part(root: ParentNode, selector: string): CSSStyleDeclaration {
  const element = root.querySelector(selector)
  if (!element) throw new Error(`no ${selector}`)
  return getComputedStyle(element)
}

async function ready(root: HTMLElement) {
  await waitFor(() => expect(within(root).getAllByRole('row').length).toBeGreaterThan(3), {
    timeout: 5000,
  })
  await waitFor(() => expect(root.querySelector('.uk-chart__line')).not.toBeNull(), {
    timeout: 5000,
  })
}

/** The parts show the host's colours: surfaces, text, border, radius, accent, chart series. */
async function expectHost(root: HTMLElement, host: Host, overrides: { accent?: string } = {}) {
  await ready(root)
  const table = part(root, '.uk-table')
  await expect(table.backgroundColor).toBe(computed(host['--card']))
  await expect(table.color).toBe(computed(host['--card-foreground']))
  await expect(table.borderTopColor).toBe(computed(host['--border']))
  await expect(table.borderTopLeftRadius).toBe('12px')
  await expect(part(root, '.uk-filter-bar').backgroundColor).toBe(computed(host['--card']))
  await expect(part(root, '.uk-chart').borderTopColor).toBe(computed(host['--border']))
  await expect(part(root, '.uk-chart__line').stroke).toBe(
    computed(overrides.accent ?? host['--primary']),
  )
  // What no part shows until asked (the retry button, the focus ring, the usage chart's bars):
  // the kit's resolved tokens on a root.
  const tokens: Record<string, string> = {
    '--_uk-color-surface-muted': host['--muted'],
    '--_uk-color-text-muted': host['--muted-foreground'],
    '--_uk-color-accent-text': host['--primary-foreground'],
    '--_uk-color-focus': host['--ring'],
    '--_uk-color-danger': host['--destructive'],
  }
  for (const n of [1, 2, 3, 4, 5] as const) tokens[`--_uk-series-${n}`] = host[`--chart-${n}`]
  for (const [name, value] of Object.entries(tokens)) {
    await expect({ name, value: table.getPropertyValue(name).trim() }).toEqual({ name, value })
  }
}

function History(props: { theme?: UsageKitTheme }) {
  return <UsageHistory source={source} tableHeight={320} {...props} />
}

const meta = {
  title: 'Theming/shadcn bridge',
  component: History,
  beforeEach({ msw }) {
    msw.use(...createMonkMock({ size: 40, seed: 3 }).handlers)
  },
} satisfies Meta<typeof History>

export default meta
type Story = StoryObj<typeof meta>

/** A light shadcn host: the kit in the host's card, text, border, primary and chart colours. */
export const Light: Story = {
  render: (args) => (
    <ShadcnPage>
      <History {...args} />
    </ShadcnPage>
  ),
  play: async ({ canvasElement }) => {
    await expectHost(canvasElement, LIGHT)
    await expect(part(canvasElement, '.uk-table').colorScheme).toBe('light')
  },
}

/**
 * Dark the way next-themes does it, `class="dark"` on <html>: the host's dark values, and the
 * kit's dark palette for what shadcn has no name for (the entry kinds), with no `theme` prop.
 */
export const DarkOnHtml: Story = {
  beforeEach() {
    document.documentElement.classList.add('dark')
    return () => document.documentElement.classList.remove('dark')
  },
  render: Light.render,
  play: async ({ canvasElement }) => {
    await expectHost(canvasElement, DARK)
    await expect(part(canvasElement, '.uk-table').colorScheme).toBe('dark')
    await expect(part(canvasElement, '.uk-table__row .uk-badge[data-kind="usage"]').color).toBe(
      computed('#79c0ff'),
    )
  },
}

/**
 * `.dark` on a wrapper below <html> (Tailwind's `.dark *` variant), and a `theme` colour on the
 * component: the theme's accent wins over `--primary`, the host gives the rest.
 */
export const DarkWrapperAndThemeColor: Story = {
  args: { theme: { colors: { accent: '#c4b5fd' } } },
  render: (args) => (
    <ShadcnPage dark>
      <History {...args} />
    </ShadcnPage>
  ),
  play: async ({ canvasElement }) => {
    await expectHost(canvasElement, DARK, { accent: '#c4b5fd' })
  },
}

/** On a light host, `theme={{ mode: 'dark' }}` keeps the kit's own dark palette. */
export const ThemeModeDarkOnLightHost: Story = {
  args: { theme: { mode: 'dark' } },
  render: Light.render,
  play: async ({ canvasElement }) => {
    await ready(canvasElement)
    const table = part(canvasElement, '.uk-table')
    await expect(table.backgroundColor).toBe(computed('#14171c'))
    await expect(table.color).toBe(computed('#e6edf3'))
    await expect(part(canvasElement, '.uk-chart__line').stroke).toBe(computed('#58a6ff'))
  },
}
