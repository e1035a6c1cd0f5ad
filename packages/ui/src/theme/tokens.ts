import type { EntryKind } from '@usage-kit/core'

/**
 * The theme a host passes as a prop (or to `UsageKitProvider`). Every value becomes a `--uk-*` CSS
 * custom property, written inline on the component's root, so it wins over host CSS above that
 * component and holds for everything inside it. A host can set the same variables in its own CSS
 * instead (on `:root`, on a wrapper, or in a component's `style`): anything a theme does not name
 * is inherited from there, and the built-in palette only fills in what nobody set.
 */
export interface UsageKitTheme {
  /**
   * Which built-in palette fills in the colours that neither this theme nor the host's CSS sets.
   * A host-set `--uk-color-*` variable wins in both modes (set it to `light-dark(a, b)` for one
   * per mode).
   * @default the enclosing kit component's mode, else 'light'
   */
  mode?: 'light' | 'dark'
  /** Colours; any CSS colour. Unset ones are inherited from the host, else the palette of `mode`. */
  colors?: Partial<Record<ThemeColor, string>>
  /**
   * Corner radius of cards, badges and inputs.
   * @default '8px'
   */
  radius?: string
  /**
   * Row height and padding.
   * @default 'comfortable'
   */
  density?: 'compact' | 'comfortable' | 'spacious'
  /**
   * Font stack.
   * @default inherits the host page's font
   */
  font?: string
}

/** Named colours of the kit. The five kind colours are also used by the chart markers. */
export type ThemeColor =
  | 'surface'
  | 'surfaceMuted'
  | 'text'
  | 'textMuted'
  | 'border'
  | 'accent'
  | 'accentText'
  | 'focus'
  | 'danger'
  | 'pending'
  | EntryKind

/** The CSS custom property of a colour: `surfaceMuted` -> `--uk-color-surface-muted`. */
export function colorVariable(name: ThemeColor): `--uk-color-${string}` {
  return `--uk-color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}

const DENSITY_ROW_HEIGHT = { compact: '32px', comfortable: '40px', spacious: '48px' } as const
const DENSITY_SPACE = { compact: '6px', comfortable: '8px', spacious: '12px' } as const

/**
 * The `--uk-*` variables a theme sets. Only what the theme names is written: everything else is
 * inherited (from host CSS or an enclosing kit component), else the stylesheet's palette for the
 * root's `data-theme`.
 */
export function themeVariables(theme: UsageKitTheme | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  if (!theme) return out
  for (const [name, value] of Object.entries(theme.colors ?? {})) {
    if (value) out[colorVariable(name as ThemeColor)] = value
  }
  if (theme.radius) out['--uk-radius'] = theme.radius
  if (theme.font) out['--uk-font'] = theme.font
  if (theme.density) {
    out['--uk-row-height'] = DENSITY_ROW_HEIGHT[theme.density]
    out['--uk-space'] = DENSITY_SPACE[theme.density]
  }
  return out
}

/** Reads a loosely typed theme (from the provider) as a `UsageKitTheme`. */
export function asTheme(value: unknown): UsageKitTheme | undefined {
  return typeof value === 'object' && value !== null ? (value as UsageKitTheme) : undefined
}

/**
 * The usage chart's series colours, one per group in order (`--uk-series-1` … `--uk-series-8`),
 * and `other` for the group that merges the rest (`--uk-series-other`), per palette. A host sets
 * the public variables to recolour; these fill in what it leaves unset. Each meets 3:1 against
 * the palette's surface (WCAG 1.4.11, checked by palette.test.ts against 00-tokens.css, which
 * must hold the same values).
 */
export const SERIES_PALETTE = {
  light: {
    surface: '#ffffff',
    series: [
      '#1d4ed8',
      '#c2410c',
      '#047857',
      '#7c3aed',
      '#be185d',
      '#0e7490',
      '#a16207',
      '#4d7c0f',
    ],
    other: '#6b7280',
  },
  dark: {
    surface: '#14171c',
    series: [
      '#60a5fa',
      '#fb923c',
      '#34d399',
      '#a78bfa',
      '#f472b6',
      '#22d3ee',
      '#facc15',
      '#a3e635',
    ],
    other: '#9ca3af',
  },
} as const

/** How many series colours the palette has; groups beyond it reuse them in turn. */
export const SERIES_COUNT = 8
