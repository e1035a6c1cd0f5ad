import type { LedgerError } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'

/** What a failed read means, in the user's words (never the raw provider body). */
export function describeError(error: LedgerError, t: Translate): string {
  switch (error.kind) {
    case 'rate_limited':
      return error.retryAfterMs === null
        ? t('error.rate_limited_now')
        : t('error.rate_limited', { seconds: Math.ceil(error.retryAfterMs / 1000) })
    case 'malformed':
      return t('error.malformed', { path: error.path ?? '$' })
    case 'invalid_request':
      return t('error.invalid_request', {
        detail: error.providerMessage ?? error.code ?? String(error.status ?? ''),
      })
    default:
      return t(`error.${error.kind}`)
  }
}
