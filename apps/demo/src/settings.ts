import { PROVIDER_IDS, type ProviderId } from '@usage-kit/core'
import type { VayuPagination } from '@usage-kit/mocks'

/** Every demo switch lives in the URL, so any state can be linked. */
export interface DemoSettings {
  provider: ProviderId
  pagination: 'infinite' | 'offset'
  size: number
  scenario: DemoScenario
  theme: 'light' | 'dark' | 'brand'
  locale: 'en-US' | 'cs-CZ'
  dir: 'ltr' | 'rtl'
  /**
   * `mock`: the page calls the mocked provider directly. `server`: the page calls the kit's
   * ledger endpoint (createLedgerHandler in the demo's server), which calls the mocked provider.
   */
  mode: 'mock' | 'server'
  /** A fixed clock for reproducible ledgers (ISO date); default: now. */
  now: string | null
  /**
   * How the Vayu mock pages (docs/providers/vayu.md): the documented shape (`strict-doc`), the
   * list fields of Vayu's other endpoints, or the documented shape from a server that ignores
   * `cursor` (the history then says it may be incomplete).
   */
  vayu: VayuPagination
}

export const SCENARIOS = [
  'normal',
  'empty',
  'slow',
  '401',
  '429',
  '500',
  'malformed',
  'appending',
] as const
export type DemoScenario = (typeof SCENARIOS)[number]
export const SIZES = [200, 1_000, 10_000, 100_000] as const
export const THEMES = ['light', 'dark', 'brand'] as const
export const LOCALES = ['en-US', 'cs-CZ'] as const
export const VAYU_PAGINATIONS: readonly VayuPagination[] = [
  'strict-doc',
  'list-convention',
  'first-page-only',
]

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback

export function readSettings(search: string): DemoSettings {
  const params = new URLSearchParams(search)
  const size = Number(params.get('size'))
  const now = params.get('now')
  return {
    provider: pick(params.get('provider'), PROVIDER_IDS, 'monk'),
    pagination: pick(params.get('pagination'), ['infinite', 'offset'] as const, 'infinite'),
    size:
      Number.isInteger(size) && size >= 0 && size <= 100_000 && params.has('size') ? size : 1_000,
    scenario: pick(params.get('scenario'), SCENARIOS, 'normal'),
    theme: pick(params.get('theme'), THEMES, 'light'),
    locale: pick(params.get('locale'), LOCALES, 'en-US'),
    dir: pick(params.get('dir'), ['ltr', 'rtl'] as const, 'ltr'),
    mode: pick(params.get('mode'), ['mock', 'server'] as const, 'mock'),
    now: now !== null && !Number.isNaN(Date.parse(now)) ? now : null,
    vayu: pick(params.get('vayu'), VAYU_PAGINATIONS, 'strict-doc'),
  }
}

/** Writes the switches into the current URL, leaving every other parameter (the filters) alone. */
export function writeSettings(settings: DemoSettings): void {
  const url = new URL(window.location.href)
  const entries: [string, string][] = [
    ['provider', settings.provider],
    ['pagination', settings.pagination],
    ['size', String(settings.size)],
    ['scenario', settings.scenario],
    ['theme', settings.theme],
    ['locale', settings.locale],
    ['dir', settings.dir],
    ['mode', settings.mode],
  ]
  for (const [key, value] of entries) url.searchParams.set(key, value)
  // Only where it changes something: a Vayu ledger paged other than as documented.
  if (settings.provider === 'vayu' && settings.vayu !== 'strict-doc') {
    url.searchParams.set('vayu', settings.vayu)
  } else url.searchParams.delete('vayu')
  window.history.replaceState(window.history.state, '', url)
}
