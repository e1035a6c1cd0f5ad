'use client'

import { QueryClientContext, QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react'
import { cycleAnchorDay, type CycleAnchor } from '../filters/cycles.js'
import { createUsageKitQueryClient } from '../ledger/retry.js'

/**
 * Theme values the ui package writes as `--uk-*` CSS variables. Declared loosely here (hooks
 * carry no styling); `@usage-kit/ui` documents the tokens.
 */
export type UsageKitThemeInput = object

/** Replacement strings keyed by message id; the ui package documents the ids. */
export type UsageKitMessages = Readonly<Record<string, string>>

/**
 * The locale dates are written in: a date-fns `Locale` (the ui package formats dates with
 * date-fns). Declared loosely here, since hooks format nothing.
 */
export type UsageKitDateLocale = object

/** What every kit component and hook below the provider reads. */
export interface UsageKitSettings {
  /** BCP 47 locale for dates and numbers. */
  locale: string
  /** IANA time zone for dates and date-range presets. */
  timeZone: string
  theme: UsageKitThemeInput | undefined
  messages: UsageKitMessages
  dateLocale: UsageKitDateLocale | undefined
  /** Where billing cycles start, for the cycle date presets; undefined when there are none. */
  cycleAnchor: CycleAnchor | undefined
}

export interface UsageKitProviderProps {
  /**
   * The react-query client. When absent, the host's client from a surrounding
   * `QueryClientProvider` is used, and only when there is none does the kit create its own.
   * @default the surrounding client, else a new one with the kit's retry policy
   */
  queryClient?: QueryClient
  /**
   * BCP 47 locale for numbers (through Intl) and for ordering text. The words and the month names
   * come from `messages` and `dateLocale`: a language pack from
   * `@usage-kit/ui/locales/*` sets both (`<UsageKitProvider locale="cs-CZ" {...cs}>`).
   * @default 'en-US'
   */
  locale?: string
  /**
   * Time zone for dates and date-range presets. Pass it when rendering on a server, so the server
   * and the browser format the same dates.
   * @default the runtime's own time zone (the browser's, or the server's), else 'UTC'
   */
  timeZone?: string
  /**
   * Theme tokens for the ui package.
   * @default undefined (the ui package's light theme)
   */
  theme?: UsageKitThemeInput
  /**
   * Replacements for any string the kit shows (a language pack's `messages`, or a few overrides).
   * @default {} (the kit's English)
   */
  messages?: UsageKitMessages
  /**
   * The date-fns `Locale` dates are written with (a language pack's `dateLocale`).
   * @default undefined (English, en-US)
   */
  dateLocale?: UsageKitDateLocale
  /**
   * Where the account's billing cycles start: a day of the month (1–31), or an ISO date
   * 'YYYY-MM-DD' whose day of the month is the anchor (in a shorter month a cycle starts on its
   * last day). With one, date-range pickers add "This billing cycle", "Last billing cycle" and
   * "Last 3 billing cycles", counted in `timeZone`. A `useLedgerFilters` call may override it.
   * @default undefined (no billing-cycle presets)
   * @throws RangeError, during render, for any other value.
   */
  cycleAnchor?: CycleAnchor
  children?: ReactNode
}

const SettingsContext = createContext<UsageKitSettings | null>(null)
const NO_MESSAGES: UsageKitMessages = {}

/**
 * The root of the kit: settings for everything below it, and a react-query client. It never
 * creates a second client when the host already provides one.
 */
export function UsageKitProvider({
  queryClient,
  locale = 'en-US',
  timeZone,
  theme,
  messages = NO_MESSAGES,
  dateLocale,
  cycleAnchor,
  children,
}: UsageKitProviderProps) {
  const surrounding = useContext(QueryClientContext)
  // Created once, and only when neither the props nor the tree supply a client.
  const [ownClient] = useState(() =>
    queryClient || surrounding ? null : createUsageKitQueryClient(),
  )
  const zone = timeZone ?? runtimeTimeZone()
  // Checked where it enters, so a bad anchor fails at once rather than when a preset is picked.
  useMemo(() => cycleAnchor !== undefined && cycleAnchorDay(cycleAnchor), [cycleAnchor])
  const settings = useMemo<UsageKitSettings>(
    () => ({ locale, timeZone: zone, theme, messages, dateLocale, cycleAnchor }),
    [locale, zone, theme, messages, dateLocale, cycleAnchor],
  )
  const client = queryClient ?? surrounding ?? ownClient
  const content = <SettingsContext.Provider value={settings}>{children}</SettingsContext.Provider>
  // A surrounding client is already in context; re-providing it would be harmless but noisy.
  return client === surrounding ? (
    content
  ) : (
    <QueryClientProvider client={client as QueryClient}>{content}</QueryClientProvider>
  )
}

/**
 * The kit's settings. Throws when used outside `UsageKitProvider`, with the fix in the message.
 */
export function useUsageKit(): UsageKitSettings {
  const settings = useContext(SettingsContext)
  if (settings === null) {
    throw new Error(
      'useUsageKit: no <UsageKitProvider> above this component. Wrap the kit (or your app) in ' +
        '<UsageKitProvider> from @usage-kit/react.',
    )
  }
  return settings
}

/** The kit's settings, or null outside a provider (for hooks that work either way). */
export function useOptionalUsageKit(): UsageKitSettings | null {
  return useContext(SettingsContext)
}

let runtimeZone: string | undefined
/** The browser's (or the server's) own time zone, read once; 'UTC' where Intl cannot say. */
export function runtimeTimeZone(): string {
  try {
    runtimeZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    runtimeZone = 'UTC'
  }
  return runtimeZone
}
