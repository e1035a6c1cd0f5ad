import type { Locale } from 'date-fns'
import type { MessageCatalog } from './en.js'

/**
 * A language for the kit: every message and the date-fns locale its dates are written with. The
 * kit's own text is English; other languages are opt-in imports (`@usage-kit/ui/locales/cs`), and a
 * host can write its own pack for any language. Its fields are `UsageKitProvider` props, so a pack
 * spreads onto the provider: `<UsageKitProvider locale="cs-CZ" {...cs}>`.
 */
export interface UsageKitLocale {
  /** Every string the kit shows, in this language. */
  messages: MessageCatalog
  /** The date-fns locale for month and weekday names and date order. */
  dateLocale: Locale
}
