/**
 * Typed `--uk-*` variables in React's `style` prop, the way Radix types its own: a host writes
 * `style={{ '--uk-color-accent': '#7c3aed' }}` and gets completion and checking. Set on any
 * element (a kit component or a wrapper), they hold for every kit component inside it.
 */
import 'react'

declare module 'react' {
  interface CSSProperties {
    '--uk-color-surface'?: string
    '--uk-color-surface-muted'?: string
    '--uk-color-text'?: string
    '--uk-color-text-muted'?: string
    '--uk-color-border'?: string
    '--uk-color-accent'?: string
    '--uk-color-accent-text'?: string
    '--uk-color-focus'?: string
    '--uk-color-danger'?: string
    '--uk-color-pending'?: string
    '--uk-color-grant'?: string
    '--uk-color-usage'?: string
    '--uk-color-adjustment'?: string
    '--uk-color-reversal'?: string
    '--uk-color-expiration'?: string
    /** The usage chart's series colours, one per group in order; `other` for merged groups. */
    '--uk-series-1'?: string
    '--uk-series-2'?: string
    '--uk-series-3'?: string
    '--uk-series-4'?: string
    '--uk-series-5'?: string
    '--uk-series-6'?: string
    '--uk-series-7'?: string
    '--uk-series-8'?: string
    '--uk-series-other'?: string
    '--uk-radius'?: string
    '--uk-font'?: string
    '--uk-row-height'?: string
    '--uk-space'?: string
    '--uk-shadow'?: string
  }
}
