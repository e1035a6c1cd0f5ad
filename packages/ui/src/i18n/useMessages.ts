import { useOptionalUsageKit } from '@usage-kit/react'
import { useCallback, useMemo } from 'react'
import { cs } from './cs.js'
import { en, type MessageCatalog, type MessageKey } from './en.js'

/** Replacements for some messages, by id. */
export type MessageOverrides = Partial<Record<MessageKey, string>>

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/** The shipped catalogue for a locale: Czech for `cs*`, English otherwise. */
export function catalogFor(locale: string): MessageCatalog {
  return locale.toLowerCase().startsWith('cs') ? cs : en
}

/** A translate function: the locale's catalogue, then the provider's messages, then the component's. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function useMessages(overrides?: MessageOverrides): Translate {
  const settings = useOptionalUsageKit()
  const locale = settings?.locale ?? 'en-US'
  const fromProvider = settings?.messages
  const catalog = useMemo(
    () => ({
      ...catalogFor(locale),
      ...(fromProvider as MessageOverrides | undefined),
      ...overrides,
    }),
    [locale, fromProvider, overrides],
  )
  return useCallback((key, values) => formatMessage(catalog[key] ?? en[key], values), [catalog])
}
