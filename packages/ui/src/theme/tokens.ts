import type { EntryKind } from '@usage-kit/core'

/**
 * The theme a host passes as a prop. Every value becomes a `--uk-*` CSS custom property on the
 * kit's root, so a host can also set the same variables in its own CSS.
 */
export interface UsageKitTheme {
  /**
   * Which built-in palette the other values start from.
   * @default 'light'
   */
  mode?: 'light' | 'dark'
  /** Colours; any CSS colour. Unset ones come from the palette of `mode`. */
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
 * The `--uk-*` variables a theme sets. Only what the theme names is written: everything else
 * falls back to the stylesheet's palette (chosen by `data-theme`), so host CSS can still win.
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
