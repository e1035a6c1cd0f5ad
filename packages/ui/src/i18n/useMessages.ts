import { useOptionalUsageKit } from '@usage-kit/react'
import { useCallback, useMemo } from 'react'
import { en, type MessageKey } from './en.js'

/** Replacements for some messages, by id. */
export type MessageOverrides = Partial<Record<MessageKey, string>>

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

/**
 * A translate function: the component's messages, then the provider's (a language pack's, say),
 * then the kit's English.
 */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string

export function useMessages(overrides?: MessageOverrides): Translate {
  const settings = useOptionalUsageKit()
  const fromProvider = settings?.messages
  const catalog: MessageOverrides = useMemo(
    () => ({ ...(fromProvider as MessageOverrides | undefined), ...overrides }),
    [fromProvider, overrides],
  )
  return useCallback((key, values) => formatMessage(catalog[key] ?? en[key], values), [catalog])
}
