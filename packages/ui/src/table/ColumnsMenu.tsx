'use client'

import type { Column } from '@tanstack/react-table'
import type { LedgerEntry } from '@usage-kit/core'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Translate } from '../i18n/useMessages.js'
import type { LedgerFeatures } from './columns.js'

type LedgerColumn = Column<LedgerFeatures, LedgerEntry, unknown>

/**
 * "Columns": a disclosure button and a panel of checkboxes, one per column. A disclosure
 * rather than an ARIA menu: native checkboxes already have the right keyboard behaviour and
 * announce their state, with no roving focus to get wrong. Escape or a click outside closes it.
 */
export function ColumnsMenu({ columns, t }: { columns: readonly LedgerColumn[]; t: Translate }) {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const visibleCount = columns.filter((column) => column.getIsVisible()).length

  useEffect(() => {
    if (!open) return
    const close = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', close)
    return () => document.removeEventListener('pointerdown', close)
  }, [open])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    event.stopPropagation()
    setOpen(false)
    button.current?.focus()
  }

  return (
    <div className="uk-table__columns" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="uk-button"
        data-variant="ghost"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="uk-table__columns-icon" aria-hidden="true" />
        {t('table.columns')}
      </button>
      {open ? (
        <div
          id={panelId}
          className="uk-table__columns-panel"
          role="group"
          aria-label={t('table.columns')}
        >
          {columns.map((column) => {
            const visible = column.getIsVisible()
            return (
              <label key={column.id} className="uk-table__columns-option">
                <input
                  type="checkbox"
                  className="uk-table__checkbox"
                  checked={visible}
                  // The last visible column stays: a table of no columns shows nothing at all.
                  disabled={visible && visibleCount === 1}
                  onChange={(event) => column.toggleVisibility(event.currentTarget.checked)}
                />
                {column.columnDef.header as string}
              </label>
            )
          })}
        </div>
      ) : null}
    </div>
  )
}
