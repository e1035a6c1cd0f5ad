'use client'

import { ledgerCreditCurrency, type LedgerEntry, type WeekStart } from '@usage-kit/core'
import { useLedgerStatement } from '@usage-kit/react'
import { useId, useMemo } from 'react'
import { stateWithoutEntries } from '../chart/state.js'
import { useFormatters } from '../format/useFormatters.js'
import { PanelSkeleton } from '../grants/PanelSkeleton.js'
import { useMessages } from '../i18n/useMessages.js'
import { KitRoot } from '../primitives/KitRoot.js'
import { ErrorMessage, StateMessage } from '../primitives/StateMessage.js'
import { BalanceCheckLine } from './BalanceCheckLine.js'
import { statementLabels } from './labels.js'
import { StatementTable } from './StatementTable.js'
import type { LedgerStatementProps } from './types.js'

const NO_ENTRIES: LedgerEntry[] = []

/**
 * The ledger as a statement: one row per period (months by default, billing cycles with
 * `cycleAnchor`) with opening, granted, used and closing, newest first; a balance the ledger
 * does not know reads "—" (said "unknown"), never 0. With `balanceCheck`, a line above the table
 * says whether the ledger matches the provider's balance, and by how much it differs when not.
 */
export function LedgerStatement(props: LedgerStatementProps) {
  const {
    ledger,
    period = 'month',
    cycleAnchor,
    balanceCheck = null,
    className,
    style,
    theme,
    messages,
    ...rest
  } = props
  const t = useMessages(messages)
  const formatters = useFormatters()
  const id = useId()
  const entries = ledger?.entries
  const rows = useLedgerStatement(
    { entries: entries ?? NO_ENTRIES },
    {
      period,
      // Weeks start where the usage chart's do: on the locale's first day of the week.
      weekStartsOn: formatters.weekStartsOn as WeekStart,
      ...(cycleAnchor !== undefined ? { cycleAnchor } : {}),
    },
  )
  const currency = useMemo(() => ledgerCreditCurrency(entries ?? NO_ENTRIES), [entries])
  const labels = useMemo(
    () => statementLabels(period, rows, formatters, t),
    [period, rows, formatters, t],
  )
  const state = rows.length > 0 ? 'ready' : stateWithoutEntries(ledger)
  const title = t(`statement.title.${labels.kind}`)

  return (
    <KitRoot
      {...rest}
      as="section"
      part="uk-statement"
      theme={theme}
      className={className}
      style={style}
      data-state={state}
      aria-labelledby={`${id}-title`}
    >
      {state === 'ready' ? null : (
        <p className="uk-statement__title" id={`${id}-title`}>
          {title}
        </p>
      )}
      {balanceCheck && (state === 'ready' || state === 'empty') ? (
        <BalanceCheckLine check={balanceCheck} currency={currency} formatters={formatters} t={t} />
      ) : null}
      {state === 'loading' ? (
        <PanelSkeleton className="uk-statement__skeleton" rows={3} label={t('statement.loading')} />
      ) : state === 'error' && ledger?.error ? (
        <ErrorMessage error={ledger.error} t={t} onRetry={() => void ledger.refetch()} />
      ) : state === 'empty' ? (
        <StateMessage state="empty" title={t('statement.empty')} />
      ) : (
        <StatementTable
          captionId={`${id}-title`}
          caption={title}
          rows={rows}
          label={labels.label}
          currency={currency}
          formatters={formatters}
          t={t}
        />
      )}
    </KitRoot>
  )
}
