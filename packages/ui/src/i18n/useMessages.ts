'use client'

import { useOptionalUsageKit } from '@usage-kit/react'
import { useCallback, useMemo } from 'react'
import { en, type MessageKey } from './en.js'
import { formatMessage, type MessageValues } from './messageFormat.js'

export { formatMessage, type MessageValues } from './messageFormat.js'

/**
 * Replacements for some messages, by id. Same syntax as the kit's own: `{name}` and
 * `{count, plural, one {# entry} other {# entries}}` (ICU MessageFormat).
 */
export type MessageOverrides = Partial<Record<MessageKey, string>>

/**
 * A translate function: the component's messages, then the provider's (a language pack's, say),
 * then the kit's English, filled for the provider's locale. Pass counts as numbers.
 */
export type Translate = (key: MessageKey, values?: MessageValues) => string

export function useMessages(overrides?: MessageOverrides): Translate {
  const settings = useOptionalUsageKit()
  const fromProvider = settings?.messages
  const locale = settings?.locale ?? 'en-US'
  const catalog: MessageOverrides = useMemo(
    () => ({ ...(fromProvider as MessageOverrides | undefined), ...overrides }),
    [fromProvider, overrides],
  )
  return useCallback(
    (key, values) => formatMessage(catalog[key] ?? en[key], values, locale),
    [catalog, locale],
  )
}
