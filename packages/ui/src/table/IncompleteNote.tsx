import type { Translate } from '../i18n/useMessages.js'

/**
 * Says in words that a history may be missing entries: its read was cut short by a cap, or its
 * provider did not say whether more entries exist (`complete: false` from the reader). The model
 * does not say which end is short, so one message covers both. A status, so a screen reader hears
 * it when it appears without losing its place.
 */
export function IncompleteNote({
  count,
  className,
  t,
}: {
  /** The entries shown. */
  count: number
  className: string
  t: Translate
}) {
  return (
    <p className={className} role="status" data-incomplete="">
      {t('status.incomplete', { count })}
    </p>
  )
}
