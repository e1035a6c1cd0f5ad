'use client'

import { useId, useState } from 'react'

export interface DayFieldProps {
  label: string
  /** The committed day, `yyyy-MM-dd` or ''. */
  value: string
  /** Receives every edit; the owner ignores text that names no day yet. */
  onCommit: (text: string) => void
  min?: string | undefined
  max?: string | undefined
  className?: string | undefined
}

/**
 * A labelled date input. While it has focus it shows what the user typed, even text that is not a
 * day yet: a controlled date input would otherwise be reset by React to the last committed day at
 * each keystroke of a year typed digit by digit. On blur it shows the committed day again.
 */
export function DayField({ label, value, onCommit, min, max, className }: DayFieldProps) {
  const id = useId()
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <div className={className ? `uk-field ${className}` : 'uk-field'}>
      <label className="uk-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="uk-input uk-filter-bar__date-input"
        value={draft ?? value}
        min={min || undefined}
        max={max || undefined}
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          // A half-typed date reads as ''; only a really empty field clears the bound.
          if (text !== '' || !event.target.validity.badInput) onCommit(text)
        }}
        onBlur={() => setDraft(null)}
      />
    </div>
  )
}
