'use client'

import type { LedgerError } from '@usage-kit/core'
import type { ReactNode } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import { describeError } from './describeError.js'

export interface StateMessageProps {
  state: 'empty' | 'error'
  title: string
  children?: ReactNode
  action?: ReactNode
}

/** A centred message for empty and error states; errors are announced (role="alert"). */
export function StateMessage({ state, title, children, action }: StateMessageProps) {
  return (
    <div className="uk-state" data-state={state} role={state === 'error' ? 'alert' : 'status'}>
      <p className="uk-state__title">{title}</p>
      {children ? <p className="uk-state__body">{children}</p> : null}
      {action}
    </div>
  )
}

/** The error state every component shows: what happened, in words, and a way to try again. */
export function ErrorMessage({
  error,
  t,
  onRetry,
}: {
  error: LedgerError
  t: Translate
  onRetry?: (() => void) | undefined
}) {
  return (
    <StateMessage
      state="error"
      title={t('error.title')}
      action={
        onRetry ? (
          <button type="button" className="uk-button" data-variant="primary" onClick={onRetry}>
            {t('error.retry')}
          </button>
        ) : null
      }
    >
      {describeError(error, t)}
    </StateMessage>
  )
}
