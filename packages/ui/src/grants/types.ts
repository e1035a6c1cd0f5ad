import type { CreditGrant } from '@usage-kit/core'
import type { CSSProperties, HTMLAttributes } from 'react'
import type { BalanceChartLedger } from '../chart/types.js'
import type { MessageOverrides } from '../i18n/useMessages.js'
import type { UsageKitTheme } from '../theme/tokens.js'

/** What the grants panel reads: the whole-ledger set (`useLedgerSet`) or `useLedger`'s result. */
export type CreditGrantsLedger = BalanceChartLedger

/**
 * Props of `CreditGrants`. Styling contract:
 * @selector .uk-grants - the root `<section>`, present unless the ledger has no grants
 * @selector [data-state="loading" | "error" | "ready"] - on the root
 * @selector .uk-grants__item[data-status="active" | "expiring" | "expired" | "depleted"] - a grant
 * @selector .uk-grants__item[data-attribution="exact" | "estimated"] - how its use was attributed
 * @selector .uk-grants__meter - the remaining bar (`role="meter"`); its fill is `.uk-grants__fill`
 * Renders nothing once the ledger is read and holds no grant (a usage-only provider shows no
 * empty panel).
 */
export interface CreditGrantsProps extends Omit<
  HTMLAttributes<HTMLElement>,
  'style' | 'children' | 'defaultValue'
> {
  /**
   * What `useLedgerSet` (or `useLedger`) returned: entries plus loading and error state, and
   * `refetch` for retry. Grants are read from the whole history, so pass the unfiltered set.
   * @default undefined
   */
  ledger?: CreditGrantsLedger | undefined
  /**
   * The instant statuses, remaining credits and relative expiry times are taken at (ISO-8601).
   * @default now (read once per change of the entries)
   */
  asOf?: string | undefined
  /**
   * A grant expiring within this many days of `asOf` is shown as expiring soon.
   * @default 14
   */
  expiringWithinDays?: number | undefined
  /**
   * Called by a grant's "Show entries from this grant" button: narrow the ledger to the entries
   * drawn from it. The button is offered only where attribution is exact (the provider names the
   * grant on each entry), as an estimate cannot name the entries.
   * @default undefined
   */
  onGrantSelect?: ((grant: CreditGrant) => void) | undefined
  /**
   * Extra classes after the kit's own `uk-root uk-grants`.
   * @default undefined
   */
  className?: string | undefined
  /**
   * Inline styles, applied after the theme's variables (so the host wins).
   * @default undefined
   */
  style?: CSSProperties | undefined
  /**
   * Overrides the provider's theme for this panel.
   * @default the UsageKitProvider's theme
   */
  theme?: UsageKitTheme | undefined
  /**
   * Replacements for any of the panel's strings (`grants.*`, `error.*`).
   * @default undefined
   */
  messages?: MessageOverrides | undefined
}
