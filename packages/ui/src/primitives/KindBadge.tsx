import type { EntryKind } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'
import { dataFlag } from './dataFlag.js'

/** The type of an entry as a coloured badge; pending entries are dashed and say so. */
export function KindBadge({
  kind,
  pending,
  t,
}: {
  kind: EntryKind
  pending: boolean
  t: Translate
}) {
  return (
    <span
      className="uk-badge"
      data-kind={kind}
      data-pending={dataFlag(pending)}
      title={pending ? t('entry.pendingHint') : undefined}
    >
      {t(`kind.${kind}`)}
      {pending ? <span className="uk-badge__pending">· {t('entry.pending')}</span> : null}
    </span>
  )
}
