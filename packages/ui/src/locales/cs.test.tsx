import { render, screen } from '@testing-library/react'
import { UsageKitProvider } from '@usage-kit/react'
import { describe, expect, it } from 'vitest'
import { createFormatters } from '../format/useFormatters.js'
import { en } from '../i18n/en.js'
import { useMessages } from '../i18n/useMessages.js'
import { cs } from './cs.js'

function Label() {
  const t = useMessages()
  return <p>{t('table.label')}</p>
}

describe('the Czech language pack', () => {
  it('translates every message the kit shows', () => {
    expect(Object.keys(cs.messages).sort()).toEqual(Object.keys(en).sort())
    const untranslated = Object.keys(en).filter(
      (key) => cs.messages[key as keyof typeof en] === en[key as keyof typeof en],
    )
    expect(untranslated).toEqual([])
  })

  it('writes dates with Czech month names, and English without the pack', () => {
    const at = '2026-03-12T14:30:00.000Z'
    expect(createFormatters('cs-CZ', 'UTC', cs.dateLocale).fullDateTime(at)).toMatch(
      /^čtvrtek, 12\. března 2026/,
    )
    expect(createFormatters('cs-CZ', 'UTC').fullDateTime(at)).toMatch(/^Thursday, March 12th, 2026/)
  })

  it('spreads onto the provider: text in Czech; the locale alone changes only numbers', () => {
    const { rerender } = render(
      <UsageKitProvider locale="cs-CZ" {...cs}>
        <Label />
      </UsageKitProvider>,
    )
    expect(screen.getByText('Historie kreditů')).toBeInTheDocument()
    rerender(
      <UsageKitProvider locale="cs-CZ">
        <Label />
      </UsageKitProvider>,
    )
    expect(screen.getByText('Credit history')).toBeInTheDocument()
  })
})
